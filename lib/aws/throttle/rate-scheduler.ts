import { AdaptiveRate } from "./adaptive-rate";
import { awsQuotas, quotaKeyOf, bucketIdOf, type QuotaTable } from "./quotas";
import { TokenBucket } from "./token-bucket";

export interface SchedulerSettings {
  quotas: QuotaTable;
  /**
   * Share of each quota the scheduler aims for. Our bucket and AWS's do not tick in step (requests reach AWS a
   * little later, and not in the order they left), so pacing at exactly the quota earns occasional 429s.
   */
  pacing: number;
  clock?: () => number;
}

interface Waiter {
  resolve(): void;
  reject(reason: unknown): void;
  detach(): void;
}

/**
 * Paces calls per (quota, region) bucket, in FIFO order, and adapts to throttling (`AdaptiveRate`): a throttled call
 * also empties the bucket, since AWS's is empty whatever ours says.
 */
class AdaptiveBucket {
  private readonly queue: Waiter[] = [];
  private readonly bucket: TokenBucket;
  private readonly rate: AdaptiveRate;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(rate: number, burst: number, clock: () => number) {
    this.rate = new AdaptiveRate(rate, clock);
    this.bucket = new TokenBucket(rate, Math.max(1, Math.floor(burst)), clock);
  }

  acquire(signal: AbortSignal | undefined, first: boolean): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const onAbort = () => {
        const index = this.queue.indexOf(waiter);
        if (index >= 0) this.queue.splice(index, 1);
        reject(signal?.reason);
      };
      const waiter: Waiter = { resolve, reject, detach: () => signal?.removeEventListener("abort", onAbort) };
      signal?.addEventListener("abort", onAbort, { once: true });
      if (first) this.queue.unshift(waiter);
      else this.queue.push(waiter);
      this.pump();
    });
  }

  throttled(retryAfterMs: number | undefined): void {
    this.bucket.empty();
    this.rate.throttled(retryAfterMs);
    this.bucket.setRate(this.rate.current);
  }

  succeeded(): void {
    this.rate.succeeded();
    this.bucket.setRate(this.rate.current);
  }

  private pump(): void {
    if (this.timer !== undefined) return;
    while (this.queue.length > 0) {
      const pause = this.rate.pauseLeft();
      if (pause > 0) return this.wake(pause);
      const wait = this.bucket.take();
      if (wait > 0) return this.wake(wait);
      const waiter = this.queue.shift()!;
      waiter.detach();
      waiter.resolve();
    }
  }

  private wake(ms: number): void {
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.pump();
    }, Math.ceil(ms));
  }
}

/** What a scan's calls need of a scheduler: their turn, and what AWS said about the pace. */
export interface CallScheduler {
  acquire(
    service: string,
    operation: string,
    region: string | undefined,
    signal?: AbortSignal,
    retry?: boolean,
  ): Promise<void>;
  throttled(service: string, operation: string, region: string | undefined, retryAfterMs?: number): void;
  succeeded(service: string, operation: string, region: string | undefined): void;
}

export class RateScheduler implements CallScheduler {
  private readonly buckets = new Map<string, AdaptiveBucket>();
  private readonly granted = new Map<string, number>();
  private readonly settings: Required<SchedulerSettings>;

  constructor(settings: Partial<SchedulerSettings> = {}) {
    this.settings = {
      quotas: settings.quotas ?? awsQuotas,
      pacing: settings.pacing ?? 0.95,
      clock: settings.clock ?? (() => performance.now()),
    };
  }

  /** Waits for the call's turn. Retries go to the front: they were already waiting once. */
  async acquire(
    service: string,
    operation: string,
    region: string | undefined,
    signal?: AbortSignal,
    retry = false,
  ): Promise<void> {
    await this.bucketFor(service, operation, region).acquire(signal, retry);
    const id = bucketIdOf(service, operation, region);
    this.granted.set(id, (this.granted.get(id) ?? 0) + 1);
  }

  /** Calls let through so far, by bucket (`apigateway@us-east-1`): how one sees who shares this scheduler's pace. */
  grantedCalls(): Record<string, number> {
    return Object.fromEntries(this.granted);
  }

  throttled(service: string, operation: string, region: string | undefined, retryAfterMs?: number): void {
    this.bucketFor(service, operation, region).throttled(retryAfterMs);
  }

  succeeded(service: string, operation: string, region: string | undefined): void {
    this.bucketFor(service, operation, region).succeeded();
  }

  private bucketFor(service: string, operation: string, region: string | undefined): AdaptiveBucket {
    const id = bucketIdOf(service, operation, region);
    let bucket = this.buckets.get(id);
    if (!bucket) {
      const quota = this.settings.quotas[quotaKeyOf(service, operation)];
      const { pacing, clock } = this.settings;
      bucket = new AdaptiveBucket(quota.rate * pacing, quota.burst * pacing, clock);
      this.buckets.set(id, bucket);
    }
    return bucket;
  }
}
