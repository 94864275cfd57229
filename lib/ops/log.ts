/**
 * The server's own log lines: one JSON object per line ({time, level, type, message, …}), which a container's log
 * collector (CloudWatch Logs, Loki, Datadog) indexes without a parser. Messages and fields are names, ids and reasons
 * only — never a credential, a token or log content — and every string is cut short here as a second guard.
 */
export type LogLevel = "info" | "warn" | "error";

export type LogFields = Record<string, string | number | boolean | undefined>;

const MAX_VALUE = 500;

export function logLine(level: LogLevel, type: string, fields: LogFields, now = new Date()): string {
  const safe: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    safe[key] = typeof value === "string" ? value.slice(0, MAX_VALUE) : value;
  }
  return JSON.stringify({ time: now.toISOString(), level, type, ...safe });
}

/** Info on stdout; warnings and errors on stderr, where process supervisors expect them. */
export function log(level: LogLevel, type: string, message: string, fields: LogFields = {}): void {
  const line = logLine(level, type, { message, ...fields });
  if (level === "info") console.log(line);
  else console.error(line);
}
