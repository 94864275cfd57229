// Control characters, bidirectional overrides and line separators can hide or reorder text in a terminal or a
// rendered ticket (e.g. an API named "\u202Egnp.exe"); they are shown as visible escapes instead.
const invisible = /[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/g;

export const MAX_INLINE = 300;

/** Text safe to print on one line: invisible characters escaped, very long values shortened with a count. */
export function visible(text: string, max = MAX_INLINE): string {
  const shortened = text.length > max ? `${text.slice(0, max)}… (${text.length - max} more characters)` : text;
  return shortened.replace(invisible, (c) => {
    if (c === "\n") return "\\n";
    if (c === "\t") return "\\t";
    if (c === "\r") return "\\r";
    return `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
  });
}

/** Inline Markdown text: visible() plus every character Markdown or HTML would interpret escaped. */
export function markdownText(text: string, max = MAX_INLINE): string {
  return visible(text, max)
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/**
 * An http(s) URL as a Markdown autolink (`<https://…>`): unescaped, so the text copied from the raw Markdown is the
 * URL itself (escaping the `_` of a report id would break it); `<`, `>`, white space and control characters are
 * percent-encoded so the URL cannot end the autolink early. Anything else is plain Markdown text.
 */
export function markdownUrl(url: string): string {
  if (!/^https?:\/\//.test(url)) return markdownText(url, 2000);
  return `<${url.replace(/[<>\s\u0000-\u001F\u007F]/g, encodeURIComponent)}>`;
}

/** A fenced code block whose fence is longer than any backtick run inside, so content cannot close it. */
export function markdownCode(code: string, language = ""): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const safe = code.replace(invisible, (c) =>
    c === "\n" ? "\n" : `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`,
  );
  return `${fence}${language}\n${safe}\n${fence}`;
}
