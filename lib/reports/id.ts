import { randomBytes } from "node:crypto";

/** 16 random bytes in base64url: 22 characters of [A-Za-z0-9_-], no padding. */
export const REPORT_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

/**
 * A report is found only by whoever was given its link, so its id is 128 random bits from the OS CSPRNG — not a
 * counter, a timestamp or a hash of the content, any of which could be guessed or enumerated.
 */
export function newReportId(): string {
  return randomBytes(16).toString("base64url");
}

/** Checked before any lookup: nothing but this exact shape ever reaches the database (or a log line). */
export function isReportId(value: unknown): value is string {
  return typeof value === "string" && REPORT_ID_PATTERN.test(value);
}
