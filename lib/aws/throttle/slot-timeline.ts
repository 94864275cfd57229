/** A call's reserved turn on a shared timeline, in the timeline's own clock. */
export interface Slot {
  /** When the call may go, in microseconds since the epoch. */
  atMicros: number;
  /** When the call after it may go, unless a throttled call pushes it later. */
  nextMicros: number;
  /** How long the caller still has to wait for its slot (0 when it is already due). */
  waitMs: number;
}

/**
 * Turns shared by every process that paces the same AWS account: each reservation takes the next slot of a
 * timeline (one per scheduler key, quota bucket and region) and moves it on by the caller's interval.
 */
export interface SlotTimeline {
  /**
   * Reserves the next slot, `intervalMs` after the previous one; a timeline that was idle lets up to
   * `burstWindowMs / intervalMs + 1` calls go at once, as a full token bucket does.
   */
  reserve(key: string, intervalMs: number, burstWindowMs: number): Promise<Slot>;
  /** AWS throttled a call: nobody's next slot comes sooner than `ms` from now. Never rejects. */
  hold(key: string, ms: number): Promise<void>;
}
