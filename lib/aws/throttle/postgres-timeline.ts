import { PostgresDatabase } from "../../db/postgres";
import type { Slot, SlotTimeline } from "./slot-timeline";

/** After a failure the table is left alone this long: every call meanwhile is paced in its own process at once. */
const RETRY_AFTER_FAILURE_MS = 30_000;
/** A pacing query that takes longer than this is worse than pacing locally. */
const QUERY_TIMEOUT_MS = 2_000;
/** How often each process clears idle rows, so the table holds only timelines in use, not every account ever scanned. */
const PRUNE_EVERY_MS = 10 * 60_000;

/** The timeline did not answer; the caller paces in its own process instead. */
export class TimelineUnavailableError extends Error {}

/**
 * GCRA in one statement, on the database's clock so replicas' clocks never matter: the slot is the later of the
 * timeline's next slot and "now minus the burst window" (an idle timeline's unused burst), and the timeline moves on
 * by the caller's interval. Concurrent reservations of one key queue on its row lock, so no two get the same slot.
 */
const RESERVE = `
  INSERT INTO rate_slots AS s (key, next_at)
  VALUES ($1, clock_timestamp() - make_interval(secs => $3::float8) + make_interval(secs => $2::float8))
  ON CONFLICT (key) DO UPDATE
    SET next_at = greatest(s.next_at, clock_timestamp() - make_interval(secs => $3::float8)) + make_interval(secs => $2::float8),
        calls = s.calls + 1
  RETURNING
    (extract(epoch FROM s.next_at - make_interval(secs => $2::float8)) * 1000000)::bigint::text AS at_us,
    (extract(epoch FROM s.next_at) * 1000000)::bigint::text AS next_us,
    greatest(0, extract(epoch FROM s.next_at - make_interval(secs => $2::float8) - clock_timestamp()) * 1000)::float8 AS wait_ms`;

/**
 * A row whose next slot is an hour past holds no state: any burst window is far shorter, so the next reservation would
 * start that timeline afresh exactly as if the row were missing. Deleting it changes no one's pace.
 */
const PRUNE = `DELETE FROM rate_slots WHERE next_at < clock_timestamp() - interval '1 hour'`;

const HOLD = `UPDATE rate_slots SET next_at = greatest(next_at, clock_timestamp() + make_interval(secs => $2::float8)) WHERE key = $1`;

/**
 * The `rate_slots` table (migration 4) as the timeline every replica on one database shares. It must never fail a
 * scan: when the database does not answer, reservations fail at once with `TimelineUnavailableError` for a while
 * (the schedulers then pace in their own process), and the outage is logged once, not once per call.
 */
export class PostgresTimeline implements SlotTimeline {
  private readonly db: PostgresDatabase;
  private downUntil = 0;
  private down = false;
  private pruneAt = 0;

  constructor(options: { url: string; schema?: string }) {
    this.db = new PostgresDatabase({
      ...options,
      maxConnections: 4,
      timeoutMs: QUERY_TIMEOUT_MS,
      allowExitOnIdle: true,
    });
  }

  async reserve(key: string, intervalMs: number, burstWindowMs: number): Promise<Slot> {
    if (performance.now() < this.downUntil) throw new TimelineUnavailableError("the pacing table is not reachable");
    try {
      await this.db.ready();
      if (performance.now() >= this.pruneAt) await this.prune();
      const { rows } = await this.db.pool.query<{ at_us: string; next_us: string; wait_ms: number }>(RESERVE, [
        key,
        intervalMs / 1000,
        burstWindowMs / 1000,
      ]);
      if (this.down)
        console.warn("log-doctor: the rate_slots table answers again; AWS calls are paced across replicas again");
      this.down = false;
      return { atMicros: Number(rows[0].at_us), nextMicros: Number(rows[0].next_us), waitMs: rows[0].wait_ms };
    } catch (error) {
      this.failed(error);
      throw new TimelineUnavailableError("the pacing table is not reachable", { cause: error });
    }
  }

  async hold(key: string, ms: number): Promise<void> {
    if (performance.now() < this.downUntil) return;
    try {
      await this.db.ready();
      await this.db.pool.query(HOLD, [key, ms / 1000]);
    } catch (error) {
      this.failed(error);
    }
  }

  /** Deletes idle timelines (see PRUNE); the first reservation of a process and one every ten minutes do it. */
  async prune(): Promise<number> {
    this.pruneAt = performance.now() + PRUNE_EVERY_MS;
    const { rowCount } = await this.db.pool.query(PRUNE);
    return rowCount ?? 0;
  }

  close(): Promise<void> {
    return this.db.close();
  }

  private failed(error: unknown): void {
    this.downUntil = performance.now() + RETRY_AFTER_FAILURE_MS;
    if (this.down) return;
    this.down = true;
    console.warn(
      `log-doctor: the rate_slots table cannot be reached (${(error as Error).message}); AWS calls are paced per process until it answers, so replicas may together exceed the account's quotas`,
    );
  }
}

// One pool per database and process, on globalThis so development reloads keep it.
const state = globalThis as typeof globalThis & { __logDoctorTimelines?: Map<string, PostgresTimeline> };

/** The timeline of the database at `url`, shared by every scheduler of this process. */
export function sharedTimeline(url: string): PostgresTimeline {
  const timelines = (state.__logDoctorTimelines ??= new Map());
  let timeline = timelines.get(url);
  if (!timeline) {
    timeline = new PostgresTimeline({ url });
    timelines.set(url, timeline);
  }
  return timeline;
}
