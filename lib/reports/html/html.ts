/** Markup that is already safe: only `html` makes one, so every other value reaching a template is escaped. */
export class Markup {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

type Value = string | number | Markup | readonly Value[] | null | undefined | false;

const entities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text for an element or a quoted attribute: the five characters that could end either are entities. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c]);
}

function part(value: Value): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof Markup) return value.text;
  if (Array.isArray(value)) return value.map(part).join("");
  return escapeHtml(String(value));
}

/**
 * A tagged template that escapes every interpolated value unless it is Markup from another `html` call. Escaping is
 * the default, not a step to remember: a hostile API name can only ever arrive as a string, and strings become text.
 */
export function html(strings: TemplateStringsArray, ...values: Value[]): Markup {
  return new Markup(strings.reduce((out, s, i) => out + s + (i < values.length ? part(values[i]) : ""), ""));
}

/** An href for a link in the file: http(s) only (a `javascript:` URL from a capture must never become a link). */
export function safeHref(url: string | null | undefined): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}
