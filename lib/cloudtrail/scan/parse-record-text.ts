import JSON5 from "json5";
import type { TextPosition } from "../types";

export type ParsedText =
  { ok: true; value: unknown; relaxed: boolean } | { ok: false; reason: string; at: TextPosition };

/**
 * One record's text: strict JSON first (CloudTrail files are strict and JSON.parse is fastest), then JSON5 for the
 * relaxed form AWS's guides print (unquoted keys, trailing commas). A failure names the exact line and column in the
 * whole input, from JSON5's position inside the record.
 */
export function parseRecordText(text: string, at: TextPosition): ParsedText {
  try {
    return { ok: true, value: JSON.parse(text), relaxed: false };
  } catch {
    // Not strict JSON: try the relaxed form before giving up.
  }
  try {
    return { ok: true, value: JSON5.parse(text), relaxed: true };
  } catch (error) {
    const { lineNumber, columnNumber } = error as { lineNumber?: number; columnNumber?: number };
    const reason = String((error as Error).message ?? error)
      .replace(/^JSON5: /, "")
      .replace(/ at \d+:\d+$/, "");
    if (typeof lineNumber !== "number" || typeof columnNumber !== "number") return { ok: false, reason, at };
    return { ok: false, reason, at: absolute(text, at, lineNumber, columnNumber) };
  }
}

/** A line/column inside `text` (which starts at `at`) as a position in the whole input. */
function absolute(text: string, at: TextPosition, line: number, column: number): TextPosition {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf("\n", offset);
    if (next < 0) break;
    offset = next + 1;
  }
  offset += column - 1;
  return line === 1
    ? { line: at.line, column: at.column + column - 1, offset: at.offset + offset }
    : { line: at.line + line - 1, column, offset: at.offset + offset };
}
