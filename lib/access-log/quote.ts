export const QUOTE_LIMIT = 80;

// Characters that would let a hostile format hide or reorder text in a message: C0/C1 controls, DEL, bidi
// embeddings, overrides and isolates, zero-width characters, line/paragraph separators and the BOM.
function mustEscape(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x061c ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x2028 && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2069) ||
    code === 0xfeff ||
    (code >= 0xd800 && code <= 0xdfff) // only reached for lone surrogates: pairs are read as one code point
  );
}

function escapeCodePoint(code: number): string {
  return `\\u{${code.toString(16).toUpperCase().padStart(4, "0")}}`;
}

/**
 * `text` in double quotes, safe to show as plain text: invisible and direction-changing characters are written
 * as `\u{…}` escapes, and anything past `limit` code points becomes `…`.
 */
export function quote(text: string, limit = QUOTE_LIMIT): string {
  let out = "";
  let count = 0;
  let i = 0;
  while (i < text.length) {
    if (count === limit) return `"${out}…"`;
    const code = text.codePointAt(i) ?? 0;
    out += mustEscape(code) ? escapeCodePoint(code) : String.fromCodePoint(code);
    i += code > 0xffff ? 2 : 1;
    count++;
  }
  return `"${out}"`;
}

/** The last `limit` code points before `end`, quoted, with `…` when cut; for showing what precedes a problem. */
export function quoteBefore(text: string, end: number, limit = 40): string {
  let start = end;
  let count = 0;
  while (start > 0 && count < limit) {
    const low = text.charCodeAt(start - 1);
    const pair = low >= 0xdc00 && low <= 0xdfff && start > 1 && (text.charCodeAt(start - 2) & 0xfc00) === 0xd800;
    start -= pair ? 2 : 1;
    count++;
  }
  const quoted = quote(text.slice(start, end), limit);
  return start > 0 ? `"…${quoted.slice(1)}` : quoted;
}
