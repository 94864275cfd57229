/** Quotes a value for a POSIX shell so a hostile API or stage name cannot break out of a suggested command. */
export function shellQuote(value: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(value)) return value;
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

/** A YAML scalar that is always a string: JSON's string syntax is valid YAML. */
export function yamlString(value: string): string {
  return JSON.stringify(value);
}

/** An HCL string literal: JSON escapes plus Terraform's `${`/`%{` template markers. */
export function hclString(value: string): string {
  return JSON.stringify(value).replace(/\$\{/g, "$$${").replace(/%\{/g, "%%{");
}
