import type { Service } from "../capture/schema";

/** Calls of one region (null: the global IAM calls). */
export interface RegionProgress {
  region: string | null;
  planned: number;
  done: number;
  errors: number;
}

interface CallEventBase {
  region: string | null;
  service: Service;
  operation: string;
  /** Running totals over the whole scan, so a listener can draw a bar without counting. */
  planned: number;
  done: number;
}

export type ProgressEvent =
  | ({ type: "planned" } & CallEventBase)
  | ({ type: "done"; outcome: "output" | "error"; errorName?: string; attempts: number } & CallEventBase)
  | {
      type: "summary";
      planned: number;
      done: number;
      errors: number;
      /** Throttling answers received (each was retried or, when retries ran out, recorded). */
      throttled: number;
      retries: number;
      durationMs: number;
      regions: RegionProgress[];
    };

export type ProgressListener = (event: ProgressEvent) => void;

/** Counts calls as they are planned and finished, and tells the listener; a failing listener cannot stop a scan. */
export class ProgressTracker {
  private planned = 0;
  private done = 0;
  private errors = 0;
  private throttled = 0;
  private retries = 0;
  private readonly regions = new Map<string | null, RegionProgress>();
  private readonly startedAt = performance.now();

  constructor(private readonly listener: ProgressListener | undefined) {}

  callPlanned(region: string | null, service: Service, operation: string): void {
    this.planned += 1;
    this.regionOf(region).planned += 1;
    this.emit({ type: "planned", region, service, operation, planned: this.planned, done: this.done });
  }

  callDone(
    region: string | null,
    service: Service,
    operation: string,
    result: { errorName?: string; attempts: number },
  ): void {
    this.done += 1;
    const regional = this.regionOf(region);
    regional.done += 1;
    if (result.errorName !== undefined) {
      this.errors += 1;
      regional.errors += 1;
    }
    this.emit({
      type: "done",
      region,
      service,
      operation,
      outcome: result.errorName === undefined ? "output" : "error",
      ...(result.errorName === undefined ? {} : { errorName: result.errorName }),
      attempts: result.attempts,
      planned: this.planned,
      done: this.done,
    });
  }

  attemptThrottled(): void {
    this.throttled += 1;
  }

  attemptRetried(): void {
    this.retries += 1;
  }

  summary(): Extract<ProgressEvent, { type: "summary" }> {
    const event = {
      type: "summary" as const,
      planned: this.planned,
      done: this.done,
      errors: this.errors,
      throttled: this.throttled,
      retries: this.retries,
      durationMs: Math.round(performance.now() - this.startedAt),
      regions: [...this.regions.values()].map((entry) => ({ ...entry })),
    };
    this.emit(event);
    return event;
  }

  private regionOf(region: string | null): RegionProgress {
    let entry = this.regions.get(region);
    if (!entry) {
      entry = { region, planned: 0, done: 0, errors: 0 };
      this.regions.set(region, entry);
    }
    return entry;
  }

  private emit(event: ProgressEvent): void {
    try {
      this.listener?.(event);
    } catch {
      // A listener's bug must not turn a scan into a crash; the events are a view, the capture is the result.
    }
  }
}
