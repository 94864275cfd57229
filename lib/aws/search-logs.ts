import type { CaptureCall } from "../capture/schema";
import { CallRunner } from "./call-runner";
import { CaptureRecorder } from "./capture-recorder";
import { ClientPool, type ClientOverrides } from "./clients";
import { ProgressTracker, type ProgressListener } from "./progress";
import { awsQuotas, type QuotaTable } from "./throttle/quotas";
import { RateScheduler } from "./throttle/rate-scheduler";

/** One log group to search, in its own region, for events matching a filter pattern in a time window. */
export interface LogSearch {
  region: string;
  logGroupName: string;
  filterPattern: string;
  /** Epoch milliseconds, inclusive. */
  startTime: number;
  /** Epoch milliseconds. */
  endTime: number;
}

export interface SearchLogsOptions extends LogContentOptions {
  searches: LogSearch[];
  /**
   * Pages per group before giving up. FilterLogEvents scans a slice of the window per page (a page can be empty
   * and still carry a token), and its quota is 5 requests per second per account and region, so a search of a
   * busy group is bounded; the capture's last page then still carries `nextToken`, which says it stopped early.
   */
  maxPages?: number;
}

export const defaultMaxSearchPages = 10;

/**
 * Runs `logs:FilterLogEvents` for each search through the same read-only gate, rate scheduler and retry policy
 * as a scan, and returns the recorded calls (one per page, the token in the input) to append to a capture.
 * Never part of a scan: only "find a request" asks for log content. Failures (AccessDenied, a missing group) are
 * recorded as the call's error like every other call.
 */
export async function searchLogs(options: SearchLogsOptions): Promise<CaptureCall[]> {
  const maxPages = options.maxPages ?? defaultMaxSearchPages;
  if (!Number.isInteger(maxPages) || maxPages < 1)
    throw new RangeError("maxPages must be a whole number of at least 1");
  return runLogContentCalls(options, (runner) =>
    Promise.all(options.searches.map((search, index) => searchOneGroup(runner, search, index, maxPages))),
  );
}

/** Options every log-content read shares: who asks, how to report, and (tests only) where and how fast. */
export interface LogContentOptions {
  profile?: string;
  onProgress?: ProgressListener;
  signal?: AbortSignal;
  /** Tests only. */
  clientOverrides?: ClientOverrides;
  /** Tests only. */
  tuning?: { retryBaseDelayMs?: number; retryMaxDelayMs?: number; callTimeoutMs?: number; quotas?: QuotaTable };
}

/**
 * Runs log-content calls with the scan's machinery (read-only gate, quotas, retries, recording) outside a scan,
 * and returns what was recorded, in plan order.
 */
export async function runLogContentCalls(
  options: LogContentOptions,
  plan: (runner: CallRunner) => Promise<unknown>,
): Promise<CaptureCall[]> {
  const clients = new ClientPool(options.profile, options.clientOverrides);
  const recorder = new CaptureRecorder();
  const runner = new CallRunner({
    clients,
    recorder,
    progress: new ProgressTracker(options.onProgress),
    scheduler: new RateScheduler({ quotas: options.tuning?.quotas ?? awsQuotas, pacing: 0.95 }),
    settings: {
      maxAttempts: options.clientOverrides?.maxAttempts ?? 8,
      callTimeoutMs: options.tuning?.callTimeoutMs ?? 30_000,
      baseDelayMs: options.tuning?.retryBaseDelayMs ?? 300,
      maxDelayMs: options.tuning?.retryMaxDelayMs ?? 20_000,
    },
    signal: options.signal,
  });
  try {
    await plan(runner);
    return recorder.build({ capturedAt: "", partition: "", regions: [] }).calls;
  } finally {
    clients.destroy();
  }
}

async function searchOneGroup(runner: CallRunner, search: LogSearch, index: number, maxPages: number): Promise<void> {
  const base = {
    logGroupName: search.logGroupName,
    filterPattern: search.filterPattern,
    startTime: search.startTime,
    endTime: search.endTime,
  };
  let token: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const input = token === undefined ? base : { ...base, nextToken: token };
    const outcome = await runner.run({
      service: "cloudwatch-logs",
      region: search.region,
      clientRegion: search.region,
      operation: "FilterLogEvents",
      input,
      order: [index, page],
    });
    const next = outcome.output?.nextToken;
    if (outcome.error || typeof next !== "string" || next === "" || next === token) return;
    token = next;
  }
}
