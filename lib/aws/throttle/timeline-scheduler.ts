import { AdaptiveRate } from "./adaptive-rate";
import { awsQuotas, bucketIdOf, quotaKeyOf } from "./quotas";
import { RateScheduler, type CallScheduler, type SchedulerSettings } from "./rate-scheduler";
import type { SlotTimeline } from "./slot-timeline";

/** A scheduler scans share: it paces calls and counts the ones it let through, by bucket. */
export interface PacedScheduler extends CallScheduler {
  grantedCalls(): Record<string, number>;
}

interface Waiter {
  resolve(): void;
  reject(reason: unknown): void;
  detach(): void;
  /** Takes the call's turn from the in-process scheduler instead, when the timeline does not answer. */
  fallBack(): Promise<void>;
}

const sleep = (ms: number) =>
  ms > 0 ? new Promise<void>((resolve) => setTimeout(resolve, Math.ceil(ms))) : Promise.resolve();

/**
 * One bucket's calls in this process, in FIFO order (retries first), each waiting for a slot of the shared timeline.
 * Only the head of the queue holds a reservation: a cancelled scan leaves at most one unused slot behind, and a
 * throttled call's slower rate applies to the very next reservation. A slot whose waiter gave up goes to the next.
 */
class TimelineBucket {
  private readonly queue: Waiter[] = [];
  private pumping = false;

  constructor(
    private readonly key: string,
    readonly rate: AdaptiveRate,
    private readonly burst: number,
    private readonly timeline: SlotTimeline,
  ) {}

  acquire(signal: AbortSignal | undefined, first: boolean, fallBack: () => Promise<void>): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const onAbort = () => {
        const index = this.queue.indexOf(waiter);
        if (index >= 0) this.queue.splice(index, 1);
        reject(signal?.reason);
      };
      const waiter: Waiter = { resolve, reject, fallBack, detach: () => signal?.removeEventListener("abort", onAbort) };
      signal?.addEventListener("abort", onAbort, { once: true });
      if (first) this.queue.unshift(waiter);
      else this.queue.push(waiter);
      void this.pump();
    });
  }

  /** The interval this process's next reservation moves the timeline by. */
  intervalMs(): number {
    return 1000 / this.rate.current;
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.queue.length > 0) {
        const pause = this.rate.pauseLeft();
        if (pause > 0) {
          await sleep(pause);
          continue;
        }
        const interval = this.intervalMs();
        const slot = await this.timeline.reserve(this.key, interval, (this.burst - 1) * interval).catch(() => null);
        if (!slot) return this.fallBackAll();
        await sleep(slot.waitMs);
        const waiter = this.queue.shift();
        waiter?.detach();
        waiter?.resolve();
      }
    } finally {
      this.pumping = false;
    }
  }

  private fallBackAll(): void {
    for (const waiter of this.queue.splice(0)) {
      waiter.detach();
      waiter.fallBack().then(waiter.resolve, waiter.reject);
    }
  }
}

/**
 * The pace of one account (or one set of credentials) shared by every replica on one database: each call reserves
 * its slot on the timeline of its (quota, region) bucket, then waits for it here. Throttling feedback stays local to
 * the replica that saw it (its rate halves) but also pushes the shared timeline back, so every replica slows down.
 * When the timeline does not answer, calls are paced by an in-process `RateScheduler` as without a database.
 */
export class TimelineScheduler implements PacedScheduler {
  private readonly buckets = new Map<string, TimelineBucket>();
  private readonly granted = new Map<string, number>();
  private readonly local: RateScheduler;
  private readonly settings: Required<SchedulerSettings>;

  constructor(
    private readonly key: string,
    private readonly timeline: SlotTimeline,
    settings: Partial<SchedulerSettings> = {},
  ) {
    this.settings = {
      quotas: settings.quotas ?? awsQuotas,
      pacing: settings.pacing ?? 0.95,
      clock: settings.clock ?? (() => performance.now()),
    };
    this.local = new RateScheduler(this.settings);
  }

  async acquire(
    service: string,
    operation: string,
    region: string | undefined,
    signal?: AbortSignal,
    retry = false,
  ): Promise<void> {
    const fallBack = () => this.local.acquire(service, operation, region, signal, retry);
    await this.bucketFor(service, operation, region).acquire(signal, retry, fallBack);
    const id = bucketIdOf(service, operation, region);
    this.granted.set(id, (this.granted.get(id) ?? 0) + 1);
  }

  grantedCalls(): Record<string, number> {
    return Object.fromEntries(this.granted);
  }

  throttled(service: string, operation: string, region: string | undefined, retryAfterMs?: number): void {
    const bucket = this.bucketFor(service, operation, region);
    bucket.rate.throttled(retryAfterMs);
    void this.timeline.hold(
      this.timelineKey(service, operation, region),
      Math.max(retryAfterMs ?? 0, bucket.intervalMs()),
    );
    this.local.throttled(service, operation, region, retryAfterMs);
  }

  succeeded(service: string, operation: string, region: string | undefined): void {
    this.bucketFor(service, operation, region).rate.succeeded();
    this.local.succeeded(service, operation, region);
  }

  private timelineKey(service: string, operation: string, region: string | undefined): string {
    return `${this.key} ${bucketIdOf(service, operation, region)}`;
  }

  private bucketFor(service: string, operation: string, region: string | undefined): TimelineBucket {
    const id = bucketIdOf(service, operation, region);
    let bucket = this.buckets.get(id);
    if (!bucket) {
      const quota = this.settings.quotas[quotaKeyOf(service, operation)];
      const { pacing, clock } = this.settings;
      const rate = new AdaptiveRate(quota.rate * pacing, clock);
      bucket = new TimelineBucket(
        this.timelineKey(service, operation, region),
        rate,
        Math.max(1, Math.floor(quota.burst * pacing)),
        this.timeline,
      );
      this.buckets.set(id, bucket);
    }
    return bucket;
  }
}
