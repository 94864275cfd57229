// Characters that would hide or reorder text where a user reads the command (bidi overrides, controls).
const invisible = /[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/g;
const hex4 = (c: string) => c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");

/**
 * Quotes a value for a POSIX shell so a hostile API or stage name cannot break out of a suggested command. A value
 * with invisible characters uses bash's $'…' quoting, so the command stays both readable and exact.
 */
export function shellQuote(value: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(value)) return value;
  if (invisible.test(value)) {
    invisible.lastIndex = 0;
    const escaped = value.replace(/[\\']/g, (c) => `\\${c}`).replace(invisible, (c) => `\\u${hex4(c)}`);
    return `$'${escaped}'`;
  }
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** `aws <service> <command> --flag value …` with every value quoted as needed. */
export function awsCli(service: string, command: string, flags: Record<string, string | undefined>): string {
  const parts = ["aws", service, command];
  for (const [flag, value] of Object.entries(flags)) {
    if (value === undefined) continue;
    parts.push(`--${flag}`, shellQuote(value));
  }
  return parts.join(" ");
}

/** JSON string syntax with invisible characters escaped: valid YAML and HCL double-quoted strings too. */
function quotedString(value: string): string {
  return JSON.stringify(value).replace(invisible, (c) => `\\u${hex4(c)}`);
}

/** A YAML scalar that is always a string. */
export function yamlString(value: string): string {
  return quotedString(value);
}

/** An HCL string literal: JSON escapes plus Terraform's `${`/`%{` template markers. */
export function hclString(value: string): string {
  return quotedString(value).replace(/\$\{/g, "$$${").replace(/%\{/g, "%%{");
}
