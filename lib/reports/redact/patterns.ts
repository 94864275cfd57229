// What counts as a sensitive value in text. Each pattern is bounded so it never matches inside a longer token
// (a 13-digit epoch, a 56-digit sequence token, a version string), and none matches a mask, so redacting twice
// changes nothing.

/**
 * An AWS account id: exactly 12 digits, not part of a longer number, nor the last group of a UUID (CloudTrail event
 * ids such as `…-4000-8000-000000000011` would otherwise lose their shape).
 */
export const accountIdPattern = /(?<!\d|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-)\d{12}(?!\d)/g;

/** Long-term (AKIA) and temporary (ASIA) access key ids. AWS documents 20 characters; examples run longer. */
export const accessKeyPattern = /(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{12,}(?![A-Za-z0-9])/g;

/** IAM unique ids of users (AIDA) and roles (AROA): CloudTrail's principalId and GetCallerIdentity's UserId. */
export const uniqueIdPattern = /(?<![A-Za-z0-9])(?:AIDA|AROA)[A-Z0-9]{12,}(?![A-Za-z0-9])/g;

const octet = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
/** Dotted IPv4; not when it continues a dotted token (`1.2.3.4.5`, `v1.2.3.4`), but a sentence's full stop may follow. */
export const ipv4Pattern = new RegExp(`(?<![\\w.])(?:${octet}\\.){3}${octet}(?![\\w]|\\.\\d)`, "g");

/**
 * Text shaped like an IPv6 address; `isIpv6` decides (times like `10:00:00` have the shape but not the groups). Not
 * after a dash: `us-east-1::` is a region and an ARN's empty account field.
 */
export const ipv6CandidatePattern =
  /(?<![\w:.-])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:\d{1,3}(?:\.\d{1,3}){3}|[0-9A-Fa-f]{0,4})(?![\w:])/g;

export function isIpv6(text: string): boolean {
  let groups = text;
  const embedded = /^(.*:)(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text);
  if (embedded) {
    if (!new RegExp(`^(?:${octet}\\.){3}${octet}$`).test(embedded[2])) return false;
    groups = `${embedded[1]}0:0`;
  }
  const halves = groups.split("::");
  if (halves.length > 2) return false;
  const parts = halves.flatMap((half) => (half === "" ? [] : half.split(":")));
  if (!parts.every((part) => /^[0-9A-Fa-f]{1,4}$/.test(part))) return false;
  // A bare "::" is a legal address but far more often punctuation (`arn:aws:iam::aws:policy`): leave it.
  return halves.length === 2 ? parts.length >= 1 && parts.length <= 7 : parts.length === 8;
}

/**
 * An ARN: partition, service, region, account (12 digits or empty), resource. The resource stops at whitespace,
 * quotes and brackets, so an ARN inside a sentence or a JSON string ends where it does.
 */
export const arnPattern = /\barn:(aws[a-z-]*):([a-z0-9-]*):([a-z0-9-]*):(\d{12})?:([^\s"'`<>\\,;()[\]{}|]+)/g;

/** Names IAM allows for users, roles and sessions. */
export const principalNameCharacters = "[\\w+=,.@-]";

/** What a mask looks like: `account-1`, `access-key-2`, `ip-3`, `principal-4`, `unique-id-5`. */
export const maskPattern = /^(?:account|access-key|ip|principal|unique-id)-\d+$/;
