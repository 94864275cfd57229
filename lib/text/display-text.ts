// Characters that change how text around them looks or reads without showing themselves: C0/C1 controls (tab
// and newline excepted), bidirectional overrides and isolates (U+202E can make "gpj.exe" read "exe.jpg"), and
// zero-width characters. Names from a capture are the API owner's, or an attacker's: show these as visible codes.
// Also the other characters that draw nothing: soft hyphen, combining grapheme joiner, Mongolian vowel separator,
// Hangul fillers, line and paragraph separators, interlinear annotation marks, and the tag characters
// (U+E0000–U+E007F) that can carry hidden text.
const invisible =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u00AD\u034F\u061C\u115F\u1160\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u2069\u3164\uFEFF\uFFA0\uFFF9-\uFFFB\u{E0000}-\u{E007F}]/gu;

export function revealInvisible(text: string): string {
  return text.replace(invisible, (ch) => `[U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}]`);
}

/** A region name as shown: region names are checked against the partition's pattern, this is the second guard. */
export function displayRegion(region: string): string {
  return displayName(region, 40);
}

/** At most `max` characters, saying how many were left out, so a 100 KB name cannot take over the page. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const more = text.length - max;
  return `${text.slice(0, max)}… (${more.toLocaleString("en-US")} more character${more === 1 ? "" : "s"})`;
}

/** A name from a capture, safe to lay out: invisible characters shown as codes, long names cut. */
export function displayName(text: string, max = 120): string {
  return shorten(revealInvisible(text), max);
}

/** An evidence value as text: strings as they are, everything else as JSON. */
export function formatValue(value: unknown, max = 4000): string {
  const text =
    typeof value === "string"
      ? value
      : value === undefined
        ? "(absent)"
        : (JSON.stringify(value, null, 2) ?? String(value));
  return shorten(revealInvisible(text), max);
}
