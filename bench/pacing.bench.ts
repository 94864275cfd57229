// Two replicas on one PostgreSQL database, each making 60 API Gateway calls of one account and region at the default
// quotas (10/s, burst 40, paced at 95%): the pace they keep together, read from the slots the database gave out.
// Without the database each would keep that pace on its own, twice the quota together. Needs the test database
// (LOG_DOCTOR_TEST_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test); says so and skips without it.
import { freshSchema, probeTestDatabase, TEST_DATABASE_URL } from "../testing/db/test-database";
import { PostgresTimeline } from "../lib/aws/throttle/postgres-timeline";
import { awsQuotas } from "../lib/aws/throttle/quotas";
import type { Slot, SlotTimeline } from "../lib/aws/throttle/slot-timeline";
import { TimelineScheduler } from "../lib/aws/throttle/timeline-scheduler";

const CALLS_PER_REPLICA = 60;

/** `pacing: 2 replicas on PostgreSQL, <N> calls after a burst of <b>: <r> calls/s let through (slots <r>/s; quota …), wall <s> s`. */
export async function run(): Promise<void> {
  const status = await probeTestDatabase();
  if (!status.reachable) return console.log(`pacing: skipped (${status.reason})`);
  const { schema, drop } = await freshSchema();
  const timelines = [0, 1].map(() => new PostgresTimeline({ url: TEST_DATABASE_URL, schema }));
  try {
    const slots: Slot[] = [];
    const replicas = timelines.map((timeline) => new TimelineScheduler("bench account", recording(timeline, slots)));
    const granted: number[] = [];
    const started = performance.now();
    await Promise.all(
      replicas.flatMap((replica) =>
        Array.from({ length: CALLS_PER_REPLICA }, () =>
          replica.acquire("apigateway", "GetStages", "us-east-1").then(() => granted.push(performance.now() * 1000)),
        ),
      ),
    );
    const wallSeconds = (performance.now() - started) / 1000;

    const burst = Math.floor(awsQuotas.apigateway.burst * 0.95);
    const reservedRate = rateAfter(
      burst,
      slots.map((slot) => slot.atMicros),
    );
    console.log(
      `pacing: 2 replicas on PostgreSQL, ${slots.length} calls after a burst of ${burst}: ${rateAfter(burst, granted).toFixed(2)} calls/s let through (slots ${reservedRate.toFixed(2)}/s; quota ${awsQuotas.apigateway.rate}/s, paced at 95%), wall ${wallSeconds.toFixed(1)} s`,
    );
  } finally {
    await Promise.all(timelines.map((timeline) => timeline.close()));
    await drop();
  }
}

/** Calls per second after the first `burst`, from their times in microseconds. */
function rateAfter(burst: number, micros: number[]): number {
  const paced = [...micros].sort((a, b) => a - b).slice(burst);
  return (paced.length - 1) / ((paced[paced.length - 1] - paced[0]) / 1e6);
}

function recording(timeline: SlotTimeline, slots: Slot[]): SlotTimeline {
  return {
    reserve: async (key, intervalMs, burstWindowMs) => {
      const slot = await timeline.reserve(key, intervalMs, burstWindowMs);
      slots.push(slot);
      return slot;
    },
    hold: (key, ms) => timeline.hold(key, ms),
  };
}
