import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { describePostgres } from "../../../testing/db/describe-postgres";
import { admin, freshSchema, TEST_DATABASE_URL } from "../../../testing/db/test-database";
import { PostgresTimeline } from "./postgres-timeline";
import { awsQuotas, type QuotaTable } from "./quotas";
import type { Slot, SlotTimeline } from "./slot-timeline";
import { TimelineScheduler } from "./timeline-scheduler";

const account = "aws account 123456789012";
// 1000 calls a second and no burst: a 1 ms interval (1000 µs in the database), so tests reserve many slots quickly.
const fast: QuotaTable = { ...awsQuotas, apigateway: { rate: 1000, burst: 1 } };
const stages = ["apigateway", "GetStages"] as const;

/** A timeline that remembers the slots the database gave out, which is what the tests assert on. */
function recording(timeline: SlotTimeline, onSlot: (slots: Slot[]) => void): SlotTimeline & { slots: Slot[] } {
  const slots: Slot[] = [];
  return {
    slots,
    reserve: async (key, intervalMs, burstWindowMs) => {
      const slot = await timeline.reserve(key, intervalMs, burstWindowMs);
      slots.push(slot);
      onSlot(slots);
      return slot;
    },
    hold: (key, ms) => timeline.hold(key, ms),
  };
}

describePostgres("TimelineScheduler on PostgreSQL", () => {
  let schema = "";
  let drop = async () => {};
  const opened: PostgresTimeline[] = [];
  beforeEach(async () => ({ schema, drop } = await freshSchema()));
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((timeline) => timeline.close()));
    await drop();
  });

  /** One replica: its own pool on the shared schema, its own scheduler. */
  function replica(key = account, quotas = fast, onSlot: (slots: Slot[]) => void = () => {}) {
    const timeline = new PostgresTimeline({ url: TEST_DATABASE_URL, schema });
    opened.push(timeline);
    const recorded = recording(timeline, onSlot);
    return { scheduler: new TimelineScheduler(key, recorded, { quotas, pacing: 1 }), slots: recorded.slots };
  }

  it("gives two replicas of one account and region slots that never overlap, one interval apart overall", async () => {
    // 50 a second: a 20 ms interval, longer than a reservation's round trip, so each replica alone would go sooner.
    const quotas: QuotaTable = { ...awsQuotas, apigateway: { rate: 50, burst: 1 } };
    const [a, b] = [replica(account, quotas), replica(account, quotas)];
    const calls = (r: typeof a) => Array.from({ length: 8 }, () => r.scheduler.acquire(...stages, "us-east-1"));
    await Promise.all([...calls(a), ...calls(b)]);

    const slots = [...a.slots, ...b.slots].map((slot) => slot.atMicros).sort((x, y) => x - y);
    expect(slots).toHaveLength(16);
    for (let i = 1; i < slots.length; i++) expect(slots[i] - slots[i - 1]).toBeGreaterThanOrEqual(20_000);
    // Both replicas took part, and every reservation moved the timeline by exactly the quota's interval.
    expect(a.scheduler.grantedCalls()).toEqual({ "apigateway@us-east-1": 8 });
    expect(b.scheduler.grantedCalls()).toEqual({ "apigateway@us-east-1": 8 });
    expect([...a.slots, ...b.slots].every((slot) => slot.nextMicros - slot.atMicros === 20_000)).toBe(true);
    const { rows } = await admin(`SELECT key, calls FROM ${schema}.rate_slots`);
    expect(rows).toEqual([{ key: `${account} apigateway@us-east-1`, calls: "16" }]);
  });

  it("keeps one timeline per account, quota and region", async () => {
    const [a, b] = [replica(account), replica("aws account 210987654321")];
    await Promise.all([
      a.scheduler.acquire(...stages, "us-east-1"),
      a.scheduler.acquire(...stages, "us-east-1"),
      a.scheduler.acquire(...stages, "eu-west-1"),
      a.scheduler.acquire("iam", "GetRole", "eu-west-1"),
      b.scheduler.acquire(...stages, "us-east-1"),
    ]);
    const { rows } = await admin(`SELECT key, calls FROM ${schema}.rate_slots ORDER BY key`);
    expect(rows).toEqual([
      { key: `${account} apigateway@eu-west-1`, calls: "1" },
      { key: `${account} apigateway@us-east-1`, calls: "2" },
      { key: `${account} iam@global`, calls: "1" },
      { key: "aws account 210987654321 apigateway@us-east-1", calls: "1" },
    ]);
  });

  it("lengthens the throttled replica's interval, and pushes every replica's next slot past Retry-After", async () => {
    const [a, b] = [replica(), replica()];
    await a.scheduler.acquire(...stages, "us-east-1");
    const before = a.slots[0];
    expect(before.nextMicros - before.atMicros).toBe(1000);

    a.scheduler.throttled(...stages, "us-east-1", 50);
    // The hold is sent without waiting; the row shows when the database has it.
    const nextAt = async () =>
      Number(
        (await admin(`SELECT (extract(epoch FROM next_at) * 1000000)::bigint AS at FROM ${schema}.rate_slots`)).rows[0]
          .at,
      );
    await expect.poll(nextAt, { timeout: 30_000 }).toBeGreaterThanOrEqual(before.atMicros + 50_000);

    await b.scheduler.acquire(...stages, "us-east-1");
    await a.scheduler.acquire(...stages, "us-east-1");
    // B never saw the 429 and keeps its interval, but its slot comes after the Retry-After A was given.
    expect(b.slots[0].atMicros - before.atMicros).toBeGreaterThanOrEqual(50_000);
    expect(b.slots[0].nextMicros - b.slots[0].atMicros).toBe(1000);
    // A reserves at half the rate from now on.
    expect(a.slots[1].nextMicros - a.slots[1].atMicros).toBe(2000);
  });

  it("rejects a waiting call with the scan's reason when it is cancelled, and gives its slot to the next call", async () => {
    const slow: QuotaTable = { ...awsQuotas, apigateway: { rate: 2, burst: 1 } };
    const controller = new AbortController();
    // Cancelled as soon as its slot is reserved, while it waits for it.
    const a = replica(account, slow, (slots) => slots.length === 2 && controller.abort(new Error("scan cancelled")));
    await a.scheduler.acquire(...stages, "us-east-1");
    const cancelled = a.scheduler.acquire(...stages, "us-east-1", controller.signal);
    const next = a.scheduler.acquire(...stages, "us-east-1");

    await expect(cancelled).rejects.toThrow("scan cancelled");
    await next;
    expect(a.slots).toHaveLength(2);
    expect(a.scheduler.grantedCalls()).toEqual({ "apigateway@us-east-1": 2 });
  });

  it("does not reserve at all for a call whose scan was already cancelled", async () => {
    const a = replica();
    const controller = new AbortController();
    controller.abort(new Error("gone"));
    await expect(a.scheduler.acquire(...stages, "us-east-1", controller.signal)).rejects.toThrow("gone");
    expect(a.slots).toEqual([]);
  });

  it("deletes timelines idle for over an hour, at a process's first reservation, and keeps the rest", async () => {
    const a = replica();
    await a.scheduler.acquire(...stages, "us-east-1");
    await admin(
      `INSERT INTO ${schema}.rate_slots (key, next_at, calls) VALUES
         ('gone apigateway@us-east-1', clock_timestamp() - interval '2 hours', 5),
         ('recent apigateway@us-east-1', clock_timestamp() - interval '10 minutes', 5)`,
    );
    // The first replica pruned at its own first call, before these rows existed; a newly started one prunes now.
    const b = replica();
    await b.scheduler.acquire(...stages, "eu-west-1");
    const keys = (await admin(`SELECT key FROM ${schema}.rate_slots ORDER BY key`)).rows.map((row) => row.key);
    expect(keys).toEqual([
      `${account} apigateway@eu-west-1`,
      `${account} apigateway@us-east-1`,
      "recent apigateway@us-east-1",
    ]);
    // Its next calls within ten minutes do not prune again.
    await admin(
      `UPDATE ${schema}.rate_slots SET next_at = clock_timestamp() - interval '2 hours' WHERE key LIKE 'recent%'`,
    );
    await b.scheduler.acquire(...stages, "eu-west-1");
    expect((await admin(`SELECT count(*)::int AS n FROM ${schema}.rate_slots`)).rows[0].n).toBe(3);
  });
});

it("paces in its own process, and says so once, when the database cannot be reached", async () => {
  const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
  const timeline = new PostgresTimeline({ url: "postgres://nobody@127.0.0.1:1/none" });
  try {
    const scheduler = new TimelineScheduler(account, timeline, { quotas: fast, pacing: 1 });
    for (let i = 0; i < 3; i++) await scheduler.acquire(...stages, "us-east-1");
    scheduler.throttled(...stages, "us-east-1");
    await scheduler.acquire(...stages, "us-east-1");
    expect(scheduler.grantedCalls()).toEqual({ "apigateway@us-east-1": 4 });
    expect(
      warn.mock.calls.filter(([message]) => /rate_slots table cannot be reached/.test(String(message))),
    ).toHaveLength(1);
  } finally {
    warn.mockRestore();
    await timeline.close();
  }
});
