/** How the collector's own retry loop treats an SDK error (the SDK's retry is off: `maxAttempts: 1`). */
export type ErrorKind = "throttled" | "transient" | "final";

const throttlingNames = new Set([
  "TooManyRequestsException",
  "ThrottlingException",
  "Throttling",
  "ThrottledException",
  "RequestLimitExceeded",
  "RequestThrottled",
  "RequestThrottledException",
  "SlowDown",
  "LimitExceededException",
]);

const transientNames = new Set([
  "TimeoutError",
  "RequestTimeout",
  "RequestTimeoutException",
  "ServiceUnavailable",
  "ServiceUnavailableException",
  "InternalFailure",
  "InternalServerError",
  "InternalServiceError",
  "ECONNRESET",
  "ECONNREFUSED",
  "EPIPE",
  "ETIMEDOUT",
  "EAI_AGAIN",
  "ENOTFOUND",
]);

interface ErrorLike {
  name?: string;
  code?: string;
  $metadata?: { httpStatusCode?: number };
  $retryable?: { throttling?: boolean };
  $response?: { headers?: Record<string, string | undefined> };
  retryAfterSeconds?: string | number;
}

export function classifyError(error: unknown): ErrorKind {
  const e = (error ?? {}) as ErrorLike;
  const status = e.$metadata?.httpStatusCode;
  // CloudWatch Logs answers `LimitExceededException` for resource limits too, but only on writes we never send.
  if (throttlingNames.has(e.name ?? "") || e.$retryable?.throttling || status === 429) return "throttled";
  if (transientNames.has(e.name ?? "") || transientNames.has(e.code ?? "") || (status !== undefined && status >= 500)) {
    return "transient";
  }
  return "final";
}

/** `Retry-After` (seconds or an HTTP date) from the raw response, or the member API Gateway models for it. */
export function retryAfterMs(error: unknown, now = Date.now()): number | undefined {
  const e = (error ?? {}) as ErrorLike;
  const header = e.$response?.headers?.["retry-after"] ?? e.retryAfterSeconds;
  if (header === undefined || header === "") return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(String(header));
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export interface BackoffSettings {
  baseDelayMs: number;
  maxDelayMs: number;
}

/** Exponential backoff with full jitter (AWS's recommendation), so retries of many calls do not align. */
export function backoffMs(attempt: number, settings: BackoffSettings, random = Math.random): number {
  const ceiling = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(random() * ceiling);
}
