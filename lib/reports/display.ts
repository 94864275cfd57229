// Characters that change how the text around them reads without showing themselves: C0/C1 controls (newline and tab
// excepted), bidirectional overrides and isolates (U+202E makes "gpj.exe" read "exe.jpg"), zero-width characters.
// A name in a report may be an attacker's: they are shown as visible codes, and very long values are cut.
const invisible = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/g;

/** Text from a report, safe to lay out: invisible characters as `[U+202E]`, at most `max` characters. */
export function displayText(text: string, max = 300): string {
  const shown = text.replace(invisible, (c) => `[U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}]`);
  return shown.length > max ? `${shown.slice(0, max)}… (${(shown.length - max).toLocaleString("en-US")} more characters)` : shown;
}
