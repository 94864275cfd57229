import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Capture } from "../capture/schema";
import type { RegionCollectOptions } from "./region-collector";
import { demoCapture } from "./demo-source";
import type { ScanJob, ScanSnapshot, StartOutcome } from "./live-scan";
import { SCAN_STOPPED_MESSAGE, type ScanJobStore } from "./scan-store";
import { describePostgres } from "../../testing/db/describe-postgres";
import { freshSchema } from "../../testing/db/test-database";
import { PostgresScanStore } from "./postgres-scan-store";
import { SqliteScanStore } from "./sqlite-scan-store";

const dir = mkdtempSync(path.join(tmpdir(), "log-doctor-scan-"));
let live: typeof import("./live-scan");
beforeAll(async () => {
  process.env.LOG_DOCTOR_DATA_DIR = dir;
  live = await import("./live-scan");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A collector that serves the demo account region by region, each region held until the test releases it. */
function gatedCollector() {
  const gates = new Map<string, () => void>();
  const started: string[] = [];
  const collectRegion = async ({ region, signal, onProgress }: RegionCollectOptions): Promise<Capture> => {
    started.push(region);
    onProgress({ type: "planned", service: "apigateway", operation: "GetAccount" });
    await new Promise<void>((resolve, reject) => {
      gates.set(region, resolve);
      signal.addEventListener("abort", () => reject(signal.reason), { once: true });
    });
    onProgress({ type: "done", service: "apigateway", operation: "GetAccount", outcome: "output" });
    const demo = demoCapture();
    return {
      ...demo,
      regions: [region],
      calls: demo.calls.filter(
        (c) => c.region === region || c.region === undefined || c.operation === "GetCallerIdentity",
      ),
    };
  };
  return {
    collector: { available: true as const, collectRegion },
    release: (region: string) => gates.get(region)?.(),
    started,
  };
}

const started = (outcome: StartOutcome): ScanJob => {
  if (!outcome.ok) throw new Error(`the scan did not start: ${outcome.reason}`);
  return outcome.job;
};

/** Another server on the same database: a store object of its own, as a second replica or a restarted process opens. */
const replica = (options: { now?: () => number } = {}) =>
  new SqliteScanStore(path.join(dir, "scans.sqlite"), { keepMs: 3_600_000, staleMs: 30_000, ...options });

const pollUntil = async (store: ScanJobStore, id: string, test: (s: ScanSnapshot) => boolean) => {
  for (let i = 0; i < 500; i++) {
    const snapshot = (await store.get(id))?.snapshot;
    if (snapshot && test(snapshot)) return snapshot;
    await new Promise((r) => setTimeout(r, 10));
  }
  return (await store.get(id))?.snapshot;
};

const until = async (job: { snapshot(): ScanSnapshot }, test: (s: ScanSnapshot) => boolean) => {
  for (let i = 0; i < 200 && !test(job.snapshot()); i++) await new Promise((r) => setTimeout(r, 10));
  return job.snapshot();
};

describe("a live scan", () => {
  it("shows a region's problems as soon as that region is read, then stores the whole account", async () => {
    const { collector, release, started: begun } = gatedCollector();
    const job = started(await live.startScan({ regions: ["us-east-1", "eu-west-1", "ap-southeast-2"] }, collector));
    await until(job, () => begun.length === 2);
    expect(begun).toEqual(["us-east-1", "eu-west-1"]);
    release("eu-west-1");
    const partial = await until(job, (s) => s.findings.length > 0);
    expect(partial.status).toBe("running");
    expect(partial.regions.map((r) => r.state)).toEqual(["scanning", "done", "scanning"]);
    expect(partial.findings.map((f) => `${f.region} ${f.label}`)).toContain(
      "eu-west-1 No CloudWatch logging role set for the region",
    );
    expect(partial.findings.every((f) => f.region === "eu-west-1")).toBe(true);
    release("us-east-1");
    await until(job, () => begun.length === 3);
    release("ap-southeast-2");
    const done = await until(job, (s) => s.status === "done");
    expect(done.href).toMatch(/^\/diagnose\/[A-Za-z0-9_-]{22}$/);
    expect(done.regions.every((r) => r.planned === 1 && r.done === 1)).toBe(true);
  });

  it("can be cancelled; the regions that finished are still stored", async () => {
    const { collector, release } = gatedCollector();
    const job = started(await live.startScan({ profile: "prod", regions: ["us-east-1", "eu-west-1"] }, collector));
    await until(job, (s) => s.regions.every((r) => r.state === "scanning"));
    release("eu-west-1");
    await until(job, (s) => s.regions[1].state === "done");
    job.cancel();
    const cancelled = await until(job, (s) => s.status !== "running");
    expect(cancelled.status).toBe("cancelled");
    expect(cancelled.regions.map((r) => r.state)).toEqual(["stopped", "done"]);
    expect(cancelled.href).not.toBeNull();
  });

  it("shows its progress, while running and once done, to a second replica reading the same database", async () => {
    const { collector, release } = gatedCollector();
    const job = started(
      await live.startScan({ profile: "prod", regions: ["us-east-1", "eu-west-1"] }, collector, {
        owner: "ana@example.com",
      }),
    );
    const other = replica();
    try {
      release("eu-west-1");
      const running = await pollUntil(other, job.id, (s) => s.findings.length > 0);
      expect(running).toMatchObject({ id: job.id, status: "running", profile: "prod" });
      expect(running?.regions.map((r) => r.state)).toEqual(["scanning", "done"]);
      expect((await other.get(job.id))?.owner).toBe("ana@example.com");
      release("us-east-1");
      await job.done;
      expect((await other.get(job.id))?.snapshot).toEqual(job.snapshot());
      expect(await live.readScan(job.id, other)).toMatchObject({
        status: "done",
        href: expect.stringMatching(/^\/diagnose\//),
      });
    } finally {
      await other.close();
    }
  });

  it("stops when another replica asks it to (through the database), storing what finished", async () => {
    const { collector, release } = gatedCollector();
    const job = started(await live.startScan({ regions: ["us-east-1", "eu-west-1"] }, collector));
    const other = replica();
    try {
      release("eu-west-1");
      await pollUntil(other, job.id, (s) => s.regions[1].state === "done");
      expect(await other.requestCancel(job.id)).toBe(true);
      await job.done;
      const stored = (await other.get(job.id))?.snapshot;
      expect(stored).toMatchObject({ status: "cancelled", href: expect.stringMatching(/^\/diagnose\//) });
      expect(stored?.regions.map((r) => r.state)).toEqual(["stopped", "done"]);
    } finally {
      await other.close();
    }
  });

  it("after a restart: a finished scan is still shown, one whose server died reads as failed", async () => {
    const { collector, release } = gatedCollector();
    const job = started(await live.startScan({ regions: ["us-east-1"] }, collector));
    release("us-east-1");
    await job.done;
    // A scan whose process died mid-way: its row says running, its last heartbeat is a minute old.
    const past = replica({ now: () => Date.now() - 60_000 });
    const dead = {
      ...job.snapshot(),
      id: "deadscan00000000000000",
      status: "running" as const,
      href: null,
      regions: [{ region: "eu-west-1", state: "scanning" as const, planned: 4, done: 1, errors: 0 }],
    };
    await past.create({ snapshot: dead, owner: null, instance: "gone" }, 2);
    await past.close();

    const restarted = replica();
    try {
      expect(await live.readScan(job.id, restarted)).toMatchObject({ status: "done", href: job.snapshot().href });
      expect(await live.readScan(dead.id, restarted)).toMatchObject({
        status: "failed",
        error: SCAN_STOPPED_MESSAGE,
        regions: [{ region: "eu-west-1", state: "stopped" }],
      });
    } finally {
      await restarted.close();
    }
  });
});

describePostgres("a live scan on PostgreSQL (two replicas)", () => {
  it("shows its progress to the other replica while running, and stops when that replica cancels it", async () => {
    const { url, schema, drop } = await freshSchema();
    const options = { url, schema, keepMs: 3_600_000, staleMs: 30_000 };
    const [runner, other] = [new PostgresScanStore(options), new PostgresScanStore(options)];
    try {
      const { collector, release } = gatedCollector();
      const job = started(
        await live.startScan({ regions: ["us-east-1", "eu-west-1"] }, collector, {
          store: runner,
          owner: "ana@example.com",
          limit: 2,
        }),
      );
      release("eu-west-1");
      const running = await pollUntil(other, job.id, (s) => s.regions[1].state === "done");
      expect(running).toMatchObject({ status: "running", regions: [{ state: "scanning" }, { state: "done" }] });
      expect(await other.running("ana@example.com")).toBe(1);
      expect(await live.cancelScan("BBBBBBBBBBBBBBBBBBBBBB", other)).toBeNull();
      expect(await other.requestCancel(job.id)).toBe(true);
      await job.done;
      expect((await other.get(job.id))?.snapshot).toMatchObject({
        status: "cancelled",
        regions: [{ state: "stopped" }, { state: "done" }],
      });
      expect(await other.running("ana@example.com")).toBe(0);
    } finally {
      await Promise.all([runner.close(), other.close()]);
      await drop();
    }
  });
});
