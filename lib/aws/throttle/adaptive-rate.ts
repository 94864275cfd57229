/**
 * A bucket's rate under AWS's feedback, the same for the in-process buckets and the database timeline's: a throttled
 * call halves it (at most once a second, so one burst of 429s is one signal, and never below a tenth of the target)
 * and pauses the bucket for any `Retry-After`; each success wins back a twentieth.
 */
export class AdaptiveRate {
  private rate: number;
  private lastDecrease = -Infinity;
  private pausedUntil = 0;

  constructor(
    readonly target: number,
    private readonly clock: () => number,
  ) {
    this.rate = target;
  }

  get current(): number {
    return this.rate;
  }

  /** Milliseconds this process was told to wait before its next call (0 when none). */
  pauseLeft(): number {
    return Math.max(0, this.pausedUntil - this.clock());
  }

  throttled(retryAfterMs: number | undefined): void {
    const now = this.clock();
    if (now - this.lastDecrease >= 1000) {
      this.rate = Math.max(this.target / 10, this.rate / 2);
      this.lastDecrease = now;
    }
    if (retryAfterMs !== undefined) this.pausedUntil = Math.max(this.pausedUntil, now + retryAfterMs);
  }

  succeeded(): void {
    if (this.rate < this.target) this.rate = Math.min(this.target, this.rate + this.target / 20);
  }
}
