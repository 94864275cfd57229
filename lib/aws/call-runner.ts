import type { AwsError, CaptureCall, Service } from "../capture/schema";
import { allowedEntryFor } from "./allowlist";
import type { CallOrder, CaptureRecorder } from "./capture-recorder";
import type { ClientPool } from "./clients";
import type { ProgressTracker } from "./progress";
import { sendReadOnly } from "./read-only-send";
import { toRecordable, toRecordableObject, toRecordedError } from "./recordable";
import { backoffMs, classifyError, retryAfterMs, type BackoffSettings } from "./retry-policy";
import type { CallScheduler } from "./throttle/rate-scheduler";

export interface CallSpec {
  service: Service;
  /** The capture's region; absent for IAM, which is global. */
  region?: string;
  /** The region the client signs for (IAM's is any region of the partition). */
  clientRegion: string;
  operation: string;
  input: Record<string, unknown>;
  order: CallOrder;
}

export type CallOutcome =
  { output: Record<string, unknown>; error?: undefined } | { output?: undefined; error: AwsError };

export interface RunnerSettings extends BackoffSettings {
  /** Attempts per call when AWS throttles: throttling passes, so it earns patience. */
  maxAttempts: number;
  callTimeoutMs: number;
}

/** Attempts per call for 5xx, timeouts and network errors: a dead endpoint should not hold a scan for minutes. */
const transientAttempts = 3;

export class TimeoutError extends Error {
  override name = "TimeoutError";
}

/**
 * Runs one planned call to its end: waits for its quota bucket, sends it through the read-only gate with a
 * timeout, retries throttling and transient failures with backoff, and records the output or the final error.
 * It never throws for an AWS failure: failures are data. Only cancelling the scan (the signal) rejects.
 */
export class CallRunner {
  constructor(
    private readonly deps: {
      clients: ClientPool;
      scheduler: CallScheduler;
      recorder: CaptureRecorder;
      progress: ProgressTracker;
      settings: RunnerSettings;
      signal?: AbortSignal;
    },
  ) {}

  async run(spec: CallSpec): Promise<CallOutcome> {
    const { progress, recorder } = this.deps;
    const progressRegion = spec.service === "iam" ? null : (spec.region ?? null);
    progress.callPlanned(progressRegion, spec.service, spec.operation);

    const { outcome, attempts } = await this.attempt(spec);
    const call: CaptureCall = {
      service: spec.service,
      ...(spec.region === undefined ? {} : { region: spec.region }),
      operation: spec.operation,
      input: toRecordableObject(spec.input),
      ...(outcome.error ? { error: outcome.error } : { output: outcome.output }),
    };
    recorder.add(spec.order, call);
    progress.callDone(progressRegion, spec.service, spec.operation, { errorName: outcome.error?.name, attempts });
    return outcome;
  }

  private async attempt(spec: CallSpec): Promise<{ outcome: CallOutcome; attempts: number }> {
    const { clients, scheduler, progress, settings, signal } = this.deps;
    const entry = allowedEntryFor(spec.service, spec.operation);
    if (!entry) {
      const error = { name: "CommandNotAllowedError", message: `${spec.service}:${spec.operation} is not allowlisted` };
      return { outcome: { error }, attempts: 0 };
    }
    const client = clients.get(spec.service, spec.clientRegion);
    const bucketRegion = spec.region ?? spec.clientRegion;

    for (let attempt = 1; ; attempt++) {
      await scheduler.acquire(spec.service, spec.operation, bucketRegion, signal, attempt > 1);
      try {
        const command = new entry.Command(spec.input as never);
        const output = await withTimeout(settings.callTimeoutMs, signal, (abortSignal) =>
          sendReadOnly(client, command, { abortSignal }),
        );
        scheduler.succeeded(spec.service, spec.operation, bucketRegion);
        return { outcome: { output: toRecordable(output) as Record<string, unknown> }, attempts: attempt };
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        const kind = classifyError(error);
        if (kind === "throttled") {
          progress.attemptThrottled();
          scheduler.throttled(spec.service, spec.operation, bucketRegion, retryAfterMs(error));
        }
        const limit = kind === "throttled" ? settings.maxAttempts : Math.min(settings.maxAttempts, transientAttempts);
        if (kind === "final" || attempt >= limit) {
          return { outcome: { error: toRecordedError(error) }, attempts: attempt };
        }
        progress.attemptRetried();
        await sleep(backoffMs(attempt, settings), signal);
      }
    }
  }
}

/**
 * Runs `send` with its own abort signal that fires after `ms` or when the scan is cancelled, and settles when
 * that signal fires even if the transport ignores it: a timeout must hold whatever the transport does.
 */
async function withTimeout<T>(
  ms: number,
  outer: AbortSignal | undefined,
  send: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  const onOuterAbort = () => controller.abort(outer?.reason);
  outer?.addEventListener("abort", onOuterAbort, { once: true });
  const timer = setTimeout(() => controller.abort(new TimeoutError(`no answer within ${ms} ms`)), ms);
  const aborted = new Promise<never>((_, reject) => {
    controller.signal.addEventListener("abort", () => reject(controller.signal.reason), { once: true });
  });
  try {
    return await Promise.race([send(controller.signal), aborted]);
  } catch (error) {
    if (controller.signal.reason instanceof TimeoutError) throw controller.signal.reason;
    throw error;
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener("abort", onOuterAbort);
    aborted.catch(() => undefined);
  }
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
