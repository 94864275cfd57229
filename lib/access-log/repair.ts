import { looksLikeJson } from "./json-format";
import { lintAccessLogFormat } from "./lint";
import type { ApiType } from "./types";

export interface RepairedFormat {
  /** The user's format with only what was wrong changed; null when that cannot be done without losing fields. */
  format: string | null;
  /** What was changed, one short clause each, in the order applied. */
  changes: string[];
}

const REQUEST_ID = "$context.requestId";

/**
 * Mends an access log format the way a careful engineer would: the user's own fields and style stay (CLF stays CLF,
 * JSON stays JSON), and only the problems the linter found are changed — a line break becomes a space, a variable
 * with a documented near-namesake is renamed, one this API type does not have is removed, `$context.requestId` is
 * added.
 * Returns `format: null` when an error remains that only a person can mend (invalid JSON, an over-long format).
 */
export function repairAccessLogFormat(
  format: string,
  apiType: ApiType,
  problems = lintAccessLogFormat(format, apiType),
): RepairedFormat {
  if (problems.length === 0) return { format, changes: [] };
  if (problems.some((p) => p.code === "empty")) return { format: null, changes: [] };
  const changes: string[] = [];
  let text = format;

  // Edits at positions, from the end backwards so earlier offsets stay true.
  const placed = problems.filter((p) => p.variable !== undefined && text.startsWith(p.variable, p.position.offset));
  for (const problem of [...placed].sort((a, b) => b.position.offset - a.position.offset)) {
    const variable = problem.variable!;
    const at = problem.position.offset;
    if (problem.code === "unknown-variable" && problem.suggestion) {
      text = `${text.slice(0, at)}${problem.suggestion}${text.slice(at + variable.length)}`;
      changes.push(`${variable} → ${problem.suggestion}`);
    } else if (problem.code === "not-context-variable" || problem.code === "unknown-variable") {
      // One of the spaces around a removed CLF field goes with it.
      const end = at + variable.length;
      const spaced = /\s/.test(text[at - 1] ?? "") && (end === text.length || /\s/.test(text[end]));
      text = `${text.slice(0, spaced ? at - 1 : at)}${text.slice(end)}`;
      changes.push(
        `removed ${variable} (${problem.code === "not-context-variable" ? "only $context variables are logged" : `not a variable of ${apiType} APIs`})`,
      );
    }
  }
  if (problems.some((p) => p.code === "multi-line")) {
    // A trailing line break is allowed; any other becomes one space, which neither JSON nor CLF minds between fields.
    text = text.replace(/[\r\n]+$/, "").replace(/[ \t]*(?:\r\n|\r|\n)[ \t]*/g, " ");
    changes.push("joined onto one line");
  }
  if (problems.some((p) => p.code === "no-request-id") && !text.includes(REQUEST_ID)) {
    text = withRequestId(text);
    changes.push(`added ${REQUEST_ID}`);
  }
  const left = lintAccessLogFormat(text, apiType).filter(
    (p) => p.severity === "error" || p.code === "invalid-json" || p.code === "too-long",
  );
  return left.length > 0 || text === format ? { format: null, changes } : { format: text, changes };
}

/** JSON gets a first member `"requestId"` (another key if that one is taken); anything else gets it at the end, as in AWS's CLF example. */
function withRequestId(format: string): string {
  if (looksLikeJson(format) && format.trimStart().startsWith("{")) {
    const open = format.indexOf("{");
    let key = "requestId";
    while (format.includes(`"${key}"`)) key = `_${key}`;
    const rest = format.slice(open + 1);
    const separator = rest.trimStart().startsWith("}") ? "" : ",";
    return `${format.slice(0, open + 1)}"${key}":"${REQUEST_ID}"${separator}${rest}`;
  }
  return `${format.replace(/\s+$/, "")} ${REQUEST_ID}`;
}
