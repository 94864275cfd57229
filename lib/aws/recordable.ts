import type { AwsError } from "../capture/schema";

/** Members that hold secrets: the STS probe returns `Credentials`; none of them may reach a capture. */
const secretKeys = new Set(["Credentials", "SecretAccessKey", "SessionToken"]);

/**
 * An SDK input or output as capture JSON: `$metadata` (request ids, which come from headers) and credentials
 * dropped at any depth, Dates as ISO strings, undefined members left out.
 */
export function toRecordable(value: unknown): unknown {
  if (value instanceof Date) return formatTimestamp(value);
  if (value instanceof Uint8Array) return Buffer.from(value).toString("base64");
  if (Array.isArray(value)) return value.map(toRecordable);
  if (typeof value !== "object" || value === null) return value;
  const result: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    if (key === "$metadata" || secretKeys.has(key) || member === undefined) continue;
    result[key] = toRecordable(member);
  }
  return result;
}

export function toRecordableObject(value: unknown): Record<string, unknown> {
  const recorded = toRecordable(value);
  return typeof recorded === "object" && recorded !== null && !Array.isArray(recorded)
    ? (recorded as Record<string, unknown>)
    : {};
}

/** ISO-8601 in UTC; whole seconds without a `.000` fraction, the way AWS and the AWS CLI print them. */
export function formatTimestamp(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith(".000Z") ? `${iso.slice(0, -5)}Z` : iso;
}

/** The parts of an SDK error a capture keeps: never headers, request ids or the raw response. */
export function toRecordedError(error: unknown): AwsError {
  const source = (typeof error === "object" && error !== null ? error : {}) as {
    name?: unknown;
    code?: unknown;
    message?: unknown;
    $metadata?: { httpStatusCode?: unknown };
  };
  const genericName = typeof source.name !== "string" || source.name === "" || source.name === "Error";
  const name = genericName && typeof source.code === "string" ? source.code : String(source.name || "Error");
  const recorded: AwsError = { name, message: typeof source.message === "string" ? source.message : String(error) };
  const status = source.$metadata?.httpStatusCode;
  if (typeof status === "number") recorded.httpStatusCode = status;
  return recorded;
}
