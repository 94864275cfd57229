type Env = Record<string, string | undefined>;

/** The longest a saver may ask a report to be kept: ten years. */
export const MAX_EXPIRY_DAYS = 3650;
export const DEFAULT_REPORT_EXPIRY_DAYS = 30;
export const DEFAULT_REPORT_STORE_MB = 1024;

/**
 * Days a report is kept when its saver did not choose: `LOG_DOCTOR_REPORT_EXPIRY_DAYS` (0 = keep for good), default
 * 30, so a store nobody tends does not grow forever. null means keep.
 */
export function defaultExpiryDays(env: Env = process.env): number | null {
  const raw = env.LOG_DOCTOR_REPORT_EXPIRY_DAYS;
  const days = raw === undefined || raw.trim() === "" ? DEFAULT_REPORT_EXPIRY_DAYS : Number(raw);
  if (!Number.isInteger(days) || days < 0 || days > MAX_EXPIRY_DAYS) {
    throw new RangeError(
      `LOG_DOCTOR_REPORT_EXPIRY_DAYS must be a whole number of days from 0 (keep) to ${MAX_EXPIRY_DAYS}, not ${JSON.stringify(raw)}`,
    );
  }
  return days === 0 ? null : days;
}

/** The most the report database may hold: `LOG_DOCTOR_REPORTS_MAX_MB` megabytes, default 1024 (1 GB). */
export function reportStoreMaxBytes(env: Env = process.env): number {
  const raw = env.LOG_DOCTOR_REPORTS_MAX_MB;
  const mb = raw === undefined || raw.trim() === "" ? DEFAULT_REPORT_STORE_MB : Number(raw);
  if (!Number.isFinite(mb) || mb <= 0)
    throw new RangeError(
      `LOG_DOCTOR_REPORTS_MAX_MB must be a positive number of megabytes, not ${JSON.stringify(raw)}`,
    );
  return Math.floor(mb * 1024 * 1024);
}
