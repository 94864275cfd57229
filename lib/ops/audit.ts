import { logLine } from "./log";

/**
 * One JSON line per security-relevant action, on stdout where the container's log collector reads it: who (the
 * signed-in user, or "local" on a laptop without sign-in), what, when. Callers pass names and ids only — never a
 * token, cookie, credential or log content — and every value is cut to a short string here as a second guard.
 */
export type AuditAction =
  "sign-in" | "sign-in-refused" | "sign-out" | "live-diagnosis" | "runbook-run" | "report-save" | "access-refused";

export type AuditFields = Record<string, string | number | boolean | undefined>;

export function auditLine(
  action: AuditAction,
  who: string | undefined,
  fields: AuditFields = {},
  now = new Date(),
): string {
  const short: AuditFields = {};
  for (const [key, value] of Object.entries(fields))
    short[key] = typeof value === "string" ? value.slice(0, 200) : value;
  return logLine("info", "audit", { action, who: (who ?? "local").slice(0, 200), ...short }, now);
}

export function audit(action: AuditAction, who: string | undefined, fields: AuditFields = {}): void {
  console.log(auditLine(action, who, fields));
}
