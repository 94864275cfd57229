import { isIP } from "node:net";

export interface Leak {
  kind: "account id" | "access key id" | "IPv4 address" | "IPv6 address" | "named secret";
  value: string;
}

/**
 * Everything in `text` that redaction should have masked, found independently of the redactor: 12-digit runs,
 * access key ids, and any token Node itself accepts as an IP address, plus the given known values.
 */
export function findLeaks(text: string, known: readonly string[] = []): Leak[] {
  const leaks: Leak[] = [];
  // The last group of a UUID (a CloudTrail event id) can be 12 digits too; it is an id of the event, not an account.
  for (const [match] of text.matchAll(/(?<!\d|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-)\d{12}(?!\d)/gi))
    leaks.push({ kind: "account id", value: match });
  for (const [match] of text.matchAll(/(?:AKIA|ASIA)[A-Z0-9]{12,}/g))
    leaks.push({ kind: "access key id", value: match });
  for (const [match] of text.matchAll(/(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?!\d)/g)) {
    if (isIP(match) === 4) leaks.push({ kind: "IPv4 address", value: match });
  }
  // Not after a letter, digit or dash: `iam::acc` and `us-east-1::` (an ARN's empty fields) are not addresses.
  for (const [match] of text.matchAll(/(?<![\w:.-])[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(?![\w:])/g)) {
    const candidate = match.replace(/\.+$/, "");
    if (candidate !== "::" && isIP(candidate) === 6) leaks.push({ kind: "IPv6 address", value: candidate });
  }
  for (const secret of known) if (text.includes(secret)) leaks.push({ kind: "named secret", value: secret });
  return leaks;
}
