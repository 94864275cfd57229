import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ScanSnapshot } from "../../lib/sources/scan-snapshot";
import { SCAN_STOPPED_MESSAGE, type ScanJobStore, type ScanStoreOptions } from "../../lib/sources/scan-store";

/** One database for one test: `open` gives a new store object on it each call (a restart, or another replica). */
export interface ScanStoreHarness {
  open(options: ScanStoreOptions): ScanJobStore;
  dispose(): Promise<void>;
}

let counter = 0;
/** A running snapshot with a fresh 22-character id. */
export function runningSnapshot(overrides: Partial<ScanSnapshot> = {}): ScanSnapshot {
  counter += 1;
  return {
    id: `scan${String(counter).padStart(18, "0")}`,
    status: "running",
    profile: "prod",
    regions: [
      { region: "us-east-1", state: "done", planned: 3, done: 3, errors: 0 },
      { region: "eu-west-1", state: "scanning", planned: 3, done: 1, errors: 0 },
      { region: "ap-south-1", state: "waiting", planned: 0, done: 0, errors: 0 },
    ],
    findings: [
      {
        key: "0-x",
        region: "us-east-1",
        status: "fail",
        label: "No CloudWatch logging role set for the region",
        where: "whole region",
      },
    ],
    problemCount: 1,
    startedAt: 1_700_000_000_000,
    error: null,
    href: null,
    ...overrides,
  };
}

/** What every ScanJobStore promises (SQLite and PostgreSQL alike), run by each implementation's test file. */
export function describeScanStore(name: string, makeHarness: () => Promise<ScanStoreHarness>): void {
  describe(`${name} (ScanJobStore contract)`, () => {
    let harness: ScanStoreHarness;
    let now: number;
    const open: ScanJobStore[] = [];
    const store = (options: Partial<ScanStoreOptions> = {}): ScanJobStore => {
      const opened = harness.open({ keepMs: 3_600_000, staleMs: 30_000, now: () => now, ...options });
      open.push(opened);
      return opened;
    };

    beforeEach(async () => {
      harness = await makeHarness();
      now = Date.now();
    });
    afterEach(async () => {
      await Promise.all(open.splice(0).map((opened) => opened.close()));
      await harness.dispose();
    });

    it("records a running scan and shows each written snapshot to a second store object (another replica)", async () => {
      const [runner, replica] = [store(), store()];
      const snapshot = runningSnapshot();
      expect(await runner.create({ snapshot, owner: "ana", instance: "a" }, 2)).toBe(true);
      expect(await replica.get(snapshot.id)).toEqual({
        id: snapshot.id,
        owner: "ana",
        snapshot,
        createdAt: now,
        updatedAt: now,
        cancelRequested: false,
        instance: "a",
        heartbeatAt: now,
      });
      now += 1000;
      const later = { ...snapshot, problemCount: 2 };
      await runner.write(snapshot.id, "a", later);
      expect(await replica.get(snapshot.id)).toMatchObject({ snapshot: later, updatedAt: now, heartbeatAt: now });
      now += 1000;
      await runner.write(snapshot.id, "a", null);
      expect(await replica.get(snapshot.id)).toMatchObject({
        snapshot: later,
        updatedAt: now - 1000,
        heartbeatAt: now,
      });
    });

    it("keeps a finished scan for a new store object (a restart), found by the source it stored too", async () => {
      const snapshot = runningSnapshot();
      const first = store();
      await first.create({ snapshot, owner: null, instance: "a" }, 2);
      const done: ScanSnapshot = { ...snapshot, status: "done", href: "/diagnose/AAAAAAAAAAAAAAAAAAAAAA" };
      await first.write(snapshot.id, "a", done);
      await first.close();
      now += 10 * 60_000;
      const restarted = store();
      expect((await restarted.get(snapshot.id))?.snapshot).toEqual(done);
      expect((await restarted.bySource("AAAAAAAAAAAAAAAAAAAAAA"))?.snapshot.profile).toBe("prod");
      expect(await restarted.bySource("BBBBBBBBBBBBBBBBBBBBBB")).toBeNull();
    });

    it("reads a running scan whose process stopped writing as failed, its unfinished regions stopped", async () => {
      const snapshot = runningSnapshot();
      const s = store();
      await s.create({ snapshot, owner: null, instance: "a" }, 2);
      now += 30_001;
      const dead = await store().get(snapshot.id);
      expect(dead?.snapshot).toMatchObject({ status: "failed", error: SCAN_STOPPED_MESSAGE });
      expect(dead?.snapshot.regions.map((r) => r.state)).toEqual(["done", "stopped", "stopped"]);
      expect(await s.running(null)).toBe(0);
    });

    it("passes a cancel asked for on one store object to the process writing on another", async () => {
      const [runner, replica] = [store(), store()];
      const snapshot = runningSnapshot();
      await runner.create({ snapshot, owner: null, instance: "a" }, 2);
      expect(await runner.write(snapshot.id, "a", null)).toEqual({ cancelRequested: false });
      expect(await replica.requestCancel(snapshot.id)).toBe(true);
      expect(await runner.write(snapshot.id, "a", null)).toEqual({ cancelRequested: true });
      await runner.write(snapshot.id, "a", { ...snapshot, status: "cancelled" });
      expect(await replica.requestCancel(snapshot.id)).toBe(false);
      expect(await replica.requestCancel("BBBBBBBBBBBBBBBBBBBBBB")).toBe(false);
    });

    it("only the process named in the row writes it", async () => {
      const s = store();
      const snapshot = runningSnapshot();
      await s.create({ snapshot, owner: null, instance: "a" }, 2);
      await s.write(snapshot.id, "b", { ...snapshot, status: "done" });
      expect((await s.get(snapshot.id))?.snapshot.status).toBe("running");
    });

    it("counts running scans per owner, anonymous use as one owner, and refuses one past the limit", async () => {
      const [a, b] = [store(), store()];
      expect(await a.create({ snapshot: runningSnapshot(), owner: "ana", instance: "a" }, 2)).toBe(true);
      expect(await b.create({ snapshot: runningSnapshot(), owner: "ana", instance: "b" }, 2)).toBe(true);
      expect(await a.create({ snapshot: runningSnapshot(), owner: "ana", instance: "a" }, 2)).toBe(false);
      expect(await a.create({ snapshot: runningSnapshot(), owner: "bo", instance: "a" }, 2)).toBe(true);
      const anonymous = runningSnapshot();
      expect(await a.create({ snapshot: anonymous, owner: null, instance: "a" }, 1)).toBe(true);
      expect(await b.create({ snapshot: runningSnapshot(), owner: null, instance: "b" }, 1)).toBe(false);
      expect([await a.running("ana"), await b.running("bo"), await b.running(null)]).toEqual([2, 1, 1]);
      await a.write(anonymous.id, "a", { ...anonymous, status: "done" });
      expect(await b.create({ snapshot: runningSnapshot(), owner: null, instance: "b" }, 1)).toBe(true);
    });

    it("sweeps scans not written for the keep time, and answers null for them and for malformed ids", async () => {
      const s = store({ keepMs: 60_000 });
      const old = runningSnapshot();
      await s.create({ snapshot: old, owner: null, instance: "a" }, 5);
      await s.write(old.id, "a", { ...old, status: "done" });
      now += 30_000;
      const young = runningSnapshot();
      await s.create({ snapshot: young, owner: null, instance: "a" }, 5);
      now += 30_001;
      expect(await s.get(old.id)).toBeNull();
      expect(await s.sweep()).toBe(1);
      expect(await s.get(young.id)).not.toBeNull();
      for (const id of ["", "../x", "' OR '1'='1' --", "A".repeat(100_000)]) expect(await s.get(id)).toBeNull();
    });
  });
}
