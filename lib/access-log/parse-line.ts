import { looksLikeJson } from "./json-format";
import { scanReferences } from "./scan";
import type { ApiType } from "./types";

export interface AccessLineField {
  /** The name the user reads: the JSON key for JSON formats, the variable without `$context.` otherwise. */
  name: string;
  /** The variable that filled it, e.g. `$context.status`; null for a JSON key whose value is not one variable. */
  variable: string | null;
  value: string;
}

/**
 * One access-log line read back into fields with the stage's format: JSON lines by their keys (each key mapped to
 * the variable its template value holds), any other template (CLF, CSV, XML) by matching the line against the
 * format, variables as captures and everything else literally. Null when the line does not fit the format (it
 * was written with another format, or a value holds the separator).
 */
export function parseAccessLine(line: string, format: string, apiType?: ApiType): AccessLineField[] | null {
  return looksLikeJson(format) ? parseJsonLine(line, format, apiType) : parseTemplateLine(line, format, apiType);
}

/** The value of `variable` in parsed fields, e.g. `$context.status` → "403". */
export function fieldOf(fields: readonly AccessLineField[], variable: string): string | undefined {
  return fields.find((field) => field.variable === variable)?.value;
}

function parseJsonLine(line: string, format: string, apiType?: ApiType): AccessLineField[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return null;
  const variableOfKey = new Map<string, string>();
  for (const reference of scanReferences(format, apiType)) {
    // `"key": "$context.x"` or `"key": $context.x`: the key is the last one before the reference.
    const key = /"((?:[^"\\]|\\.)*)"\s*:\s*"?$/.exec(format.slice(0, reference.start))?.[1];
    const wholeValue = /^"?\s*[,}\]]/.test(format.slice(reference.end));
    if (key !== undefined && wholeValue && !variableOfKey.has(key))
      variableOfKey.set(key, reference.unbraced ?? reference.name);
  }
  return Object.entries(parsed as Record<string, unknown>).map(([name, value]) => ({
    name,
    variable: variableOfKey.get(name) ?? null,
    value: typeof value === "string" ? value : JSON.stringify(value),
  }));
}

function parseTemplateLine(line: string, format: string, apiType?: ApiType): AccessLineField[] | null {
  const references = scanReferences(format, apiType);
  if (references.length === 0) return null;
  let pattern = "^";
  let at = 0;
  references.forEach((reference, index) => {
    pattern += escapeRegExp(format.slice(at, reference.start));
    // Lazy captures, the last one greedy: a literal separator after each variable decides where it ends.
    pattern += index === references.length - 1 ? "(.*)" : "(.*?)";
    at = reference.end;
  });
  pattern += `${escapeRegExp(format.slice(at).trimEnd())}\\s*$`;
  const match = new RegExp(pattern, "s").exec(line);
  if (!match) return null;
  return references.map((reference, index) => {
    const variable = reference.unbraced ?? reference.name;
    return { name: variable.replace(/^\$context\./, ""), variable, value: match[index + 1] };
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
