import { findJsonError, type JsonError } from "./json-validate";
import { quote } from "./quote";
import type { ScannedReference } from "./scan";
import type { ApiType } from "./types";
import { sampleValue, valueType, type ValueType } from "./value-types";

export interface JsonFormatError {
  /** Offset in the original format. */
  offset: number;
  /** What is wrong there, one clause, offending text quoted. */
  reason: string;
  /** The variable whose value breaks the JSON, when one does. */
  variable?: string;
}

export function looksLikeJson(format: string): boolean {
  const first = format.trimStart()[0];
  return first === "{" || first === "[";
}

interface Replacement {
  reference: ScannedReference;
  type: ValueType;
  filledStart: number;
  filledEnd: number;
}

/**
 * Fills `$context` variables with stand-in values of their types and keeps everything else literally, which is
 * how API Gateway leaves anything it does not substitute.
 */
function fill(format: string, references: readonly ScannedReference[], apiType: ApiType) {
  const parts: string[] = [];
  const replacements: Replacement[] = [];
  let filledLength = 0;
  let from = 0;
  for (const reference of references) {
    if (reference.kind !== "context") continue;
    const type = valueType(reference.name, apiType);
    const value = sampleValue(type);
    const before = format.slice(from, reference.start);
    parts.push(before, value);
    filledLength += before.length;
    replacements.push({ reference, type, filledStart: filledLength, filledEnd: filledLength + value.length });
    filledLength += value.length;
    from = reference.end;
  }
  parts.push(format.slice(from));
  return { text: parts.join(""), replacements };
}

function replacementAt(replacements: readonly Replacement[], filledOffset: number): Replacement | undefined {
  let low = 0;
  let high = replacements.length - 1;
  let found: Replacement | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (replacements[mid].filledStart <= filledOffset) {
      found = replacements[mid];
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

// Name the usual mistakes plainly; anything else gets the parser's reason, pointed at the variable.
function reasonInside(replacement: Replacement, error: JsonError, format: string): string {
  const name = quote(replacement.reference.name);
  const insideQuotes = format[replacement.reference.start - 1] === '"';
  if (replacement.type === "quoted-string" && insideQuotes) {
    return `${name} is written with its own double quotes, so it must not sit inside quotes`;
  }
  if (
    replacement.type === "string" &&
    error.offset === replacement.filledStart &&
    error.reason.startsWith("a value is expected")
  ) {
    return `${name} is written as bare text, so it needs double quotes around it`;
  }
  return `${error.reason} at ${name}`;
}

/** Where `format`, with its variables filled in, stops being JSON; null when it stays JSON. */
export function checkJsonFormat(
  format: string,
  references: readonly ScannedReference[],
  apiType: ApiType,
): JsonFormatError | null {
  const { text, replacements } = fill(format, references, apiType);
  const error = findJsonError(text);
  if (!error) return null;
  const replacement = replacementAt(replacements, error.offset);
  if (replacement && error.offset < replacement.filledEnd) {
    return {
      offset: replacement.reference.start,
      reason: reasonInside(replacement, error, format),
      variable: replacement.reference.name,
    };
  }
  const offset = replacement ? replacement.reference.end + (error.offset - replacement.filledEnd) : error.offset;
  const reason =
    offset >= format.length ? error.reason : `${error.reason} at ${quote(format.slice(offset, offset + 24), 20)}`;
  return { offset, reason };
}
