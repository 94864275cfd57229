import { apiTypesKnowing, catalogIndex } from "./catalogs";
import { checkJsonFormat, looksLikeJson } from "./json-format";
import { positionLookup } from "./position";
import { quote, quoteBefore } from "./quote";
import { scanReferences, type ScannedReference } from "./scan";
import { accessLogTemplateLimitBytes, measureUtf8, v2FormatLimitCharacters } from "./size-limit";
import { closestVariable } from "./suggest";
import type { ApiType, FormatProblem, ProblemCode } from "./types";

const codeOrder: readonly ProblemCode[] = [
  "empty",
  "multi-line",
  "no-request-id",
  "not-context-variable",
  "unknown-variable",
  "too-long",
  "invalid-json",
];

const severities: Record<ProblemCode, FormatProblem["severity"]> = {
  empty: "error",
  "multi-line": "error",
  "no-request-id": "error",
  "not-context-variable": "error",
  "unknown-variable": "warning",
  "too-long": "warning",
  "invalid-json": "warning",
};

const labels: Record<ApiType, string> = { REST: "REST", HTTP: "HTTP", WEBSOCKET: "WebSocket" };

const REQUEST_IDS = new Set(["$context.requestId", "$context.extendedRequestId"]);

type Draft = Omit<FormatProblem, "severity" | "position"> & { offset: number };

function listOf(types: readonly ApiType[]): string {
  const names = types.map((t) => labels[t]);
  return names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

// AWS: "new line character is allowed only at end of the format" (UpdateStage's error); "\r" counts as a break.
function multiLine(format: string): Draft | null {
  for (let i = 0; i < format.length; i++) {
    const code = format.charCodeAt(i);
    if (code !== 0x0a && code !== 0x0d) continue;
    if (code === 0x0a && i === format.length - 1) return null;
    return {
      code: "multi-line",
      offset: i,
      message: `Access log format must be a single line, but it breaks after ${quoteBefore(format, i)}; only one newline at the very end is allowed.`,
    };
  }
  return null;
}

function noRequestId(format: string, references: readonly ScannedReference[]): Draft | null {
  if (references.some((r) => r.kind === "context" && REQUEST_IDS.has(r.name))) return null;
  return {
    code: "no-request-id",
    offset: 0,
    message: `Access log format ${quote(format)} has neither $context.requestId nor $context.extendedRequestId, and API Gateway requires at least one of them.`,
  };
}

function notContext(reference: ScannedReference): Draft {
  const name = quote(reference.name);
  const unbraced = reference.unbraced;
  if (reference.kind === "braced" && unbraced?.startsWith("$context")) {
    return {
      code: "not-context-variable",
      offset: reference.start,
      variable: reference.name,
      suggestion: unbraced,
      message: `${name} uses braces, which AWS does not document for access log formats; write ${quote(unbraced)} instead.`,
    };
  }
  return {
    code: "not-context-variable",
    offset: reference.start,
    variable: reference.name,
    message: `${name} is not a $context variable, and access log formats can only use $context variables.`,
  };
}

function unknownVariable(
  reference: ScannedReference,
  apiType: ApiType,
  suggest: (name: string) => string | undefined,
): Draft {
  const elsewhere = apiTypesKnowing(reference.name);
  const suggestion = suggest(reference.name);
  const belongs = elsewhere.length > 0 ? ` (it is one for ${listOf(elsewhere)} APIs)` : "";
  const hint = suggestion ? `; did you mean ${quote(suggestion)}?` : ".";
  return {
    code: "unknown-variable",
    offset: reference.start,
    variable: reference.name,
    ...(suggestion ? { suggestion } : {}),
    message: `${quote(reference.name)} is not a documented $context variable for ${labels[apiType]} APIs${belongs}${hint}`,
  };
}

function tooLong(format: string, apiType: ApiType): Draft | null {
  if (apiType !== "REST" && format.length > v2FormatLimitCharacters) {
    return {
      code: "too-long",
      offset: v2FormatLimitCharacters,
      message: `Access log format is ${format.length} characters, over the ${v2FormatLimitCharacters} characters Log Doctor's catalog allows for ${labels[apiType]} API formats; the excess starts at ${quote(format.slice(v2FormatLimitCharacters, v2FormatLimitCharacters + 40), 20)}.`,
    };
  }
  const limit = accessLogTemplateLimitBytes[apiType];
  const { bytes, firstOverflow } = measureUtf8(format, limit);
  if (firstOverflow === null) return null;
  return {
    code: "too-long",
    offset: firstOverflow,
    message: `Access log format is ${bytes} bytes, over the 3 KB (${limit}-byte) access log template quota AWS documents for ${labels[apiType]} APIs; the excess starts at ${quote(format.slice(firstOverflow, firstOverflow + 40), 20)}.`,
  };
}

function invalidJson(format: string, references: readonly ScannedReference[], apiType: ApiType): Draft | null {
  if (!looksLikeJson(format)) return null;
  const error = checkJsonFormat(format, references, apiType);
  if (!error) return null;
  return {
    code: "invalid-json",
    offset: error.offset,
    ...(error.variable ? { variable: error.variable } : {}),
    message: `Access log format looks like JSON but is not valid JSON once API Gateway fills in the variables: ${error.reason}.`,
  };
}

/**
 * Every problem with an access log format for one API type, ordered by position then code; [] means valid.
 * Runs in time linear in the format (plus sorting the problems), so a 100 KB hostile format is fine.
 */
export function lintAccessLogFormat(format: string, apiType: ApiType): FormatProblem[] {
  const index = catalogIndex(apiType);
  const text = typeof format === "string" ? format : "";
  const at = positionLookup(text);
  const finish = (drafts: Draft[]): FormatProblem[] =>
    drafts
      .map(({ offset, ...rest }) => ({ ...rest, severity: severities[rest.code], position: at(offset) }))
      .sort((a, b) => a.position.offset - b.position.offset || codeOrder.indexOf(a.code) - codeOrder.indexOf(b.code));

  // Nothing else is worth saying about a format with nothing in it.
  if (text.trim() === "") {
    return finish([
      {
        code: "empty",
        offset: 0,
        message: `Access log format ${quote(text)} is empty or only whitespace, so nothing can be logged.`,
      },
    ]);
  }

  const references = scanReferences(text, apiType);
  const suggestions = new Map<string, string | undefined>();
  const suggest = (name: string) => {
    if (!suggestions.has(name)) suggestions.set(name, closestVariable(name, index.exactNames));
    return suggestions.get(name);
  };
  const drafts: (Draft | null)[] = [
    multiLine(text),
    noRequestId(text, references),
    tooLong(text, apiType),
    invalidJson(text, references, apiType),
  ];
  for (const reference of references) {
    if (reference.kind !== "context") drafts.push(notContext(reference));
    else if (!reference.known) drafts.push(unknownVariable(reference, apiType, suggest));
  }
  return finish(drafts.filter((d): d is Draft => d !== null));
}
