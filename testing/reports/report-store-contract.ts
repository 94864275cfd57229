import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ReportStoreFullError, type ReportStore } from "../../lib/reports/store";
import { sampleReport } from "./sample-report";

/** One database for one test: `open` gives a new store object on it each call (another process, or a replica). */
export interface ReportStoreHarness {
  open(now?: () => number, maxBytes?: number): ReportStore;
  dispose(): Promise<void>;
}

/**
 * What every ReportStore promises, run against each implementation (SQLite and PostgreSQL) by its own test file, so
 * the two cannot drift apart.
 */
export function describeReportStore(name: string, makeHarness: () => Promise<ReportStoreHarness>): void {
  describe(`${name} (ReportStore contract)`, () => {
    let harness: ReportStoreHarness;
    const open: ReportStore[] = [];
    const openStore = (now?: () => number, maxBytes?: number): ReportStore => {
      const store = harness.open(now, maxBytes);
      open.push(store);
      return store;
    };

    beforeEach(async () => {
      harness = await makeHarness();
    });
    afterEach(async () => {
      await Promise.all(open.splice(0).map((store) => store.close()));
      await harness.dispose();
    });

    it("reads back exactly what was saved, under a fresh unguessable id", async () => {
      const store = openStore();
      const input = sampleReport();
      const saved = await store.save(input);
      expect(saved.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
      expect(saved).toEqual({ kind: "log-doctor/report", version: 1, id: saved.id, ...input });
      expect(await store.get(saved.id)).toEqual(saved);
    });

    it("keeps text exactly: emoji, right-to-left script, a NUL escape and a backslash", async () => {
      const store = openStore();
      const input = sampleReport("01-healthy-rest-delivered", { title: "prod 🚀 مرحبا \\ end" });
      input.diagnosis = { ...input.diagnosis, regions: ["us-east-1", "odd\u0000region"] };
      const saved = await store.save(input);
      const read = await openStore().get(saved.id);
      expect(read).toEqual(saved);
      expect(JSON.stringify(read)).toBe(JSON.stringify(saved));
    });

    it("keeps reports across a restart (a new store object on the same database)", async () => {
      const first = openStore();
      const saved = await first.save(sampleReport("01-healthy-rest-delivered"));
      await first.close();
      expect(await openStore().get(saved.id)).toEqual(saved);
    });

    it("serves every report from two store objects open on one database at once (two servers)", async () => {
      const [a, b] = [openStore(), openStore()];
      const fromA = await a.save(sampleReport("03-role-deleted", { title: "saved by a" }));
      const fromB = await b.save(sampleReport("01-healthy-rest-delivered", { title: "saved by b" }));
      expect(await b.get(fromA.id)).toEqual(fromA);
      expect(await a.get(fromB.id)).toEqual(fromB);
    });

    it.each([
      ["an unknown id", "AAAAAAAAAAAAAAAAAAAAAA"],
      ["a path", "../../../../etc/passwd"],
      ["an encoded path", "%2e%2e%2F%2e%2e%2Fetc%2Fpasswd"],
      ["a very long id", "A".repeat(100_000)],
      ["SQL", "' OR '1'='1' --"],
      ["an empty id", ""],
    ])("answers null for %s", async (_name, id) => {
      const store = openStore();
      await store.save(sampleReport());
      expect(await store.get(id)).toBeNull();
    });

    it("hides a report once it expires and deletes it on request", async () => {
      let now = Date.parse("2026-11-22T10:05:00Z");
      const store = openStore(() => now);
      const expiring = await store.save(sampleReport("03-role-deleted", { expiresAt: "2026-11-23T10:05:00.000Z" }));
      const kept = await store.save(sampleReport());
      expect(await store.get(expiring.id)).toEqual(expiring);

      now = Date.parse("2026-11-23T10:05:00Z");
      expect(await store.get(expiring.id)).toBeNull();
      expect(await store.deleteExpired()).toBe(1);
      expect(await store.deleteExpired()).toBe(0);
      expect(await store.get(kept.id)).toEqual(kept);
      now = Date.parse("2026-11-22T10:05:00Z");
      expect(await store.get(expiring.id)).toBeNull();
    });

    it("refuses a save past its size limit with ReportStoreFullError and a message saying what to do, writing nothing", async () => {
      const roomy = openStore();
      const kept = await roomy.save(sampleReport());
      const tiny = openStore(undefined, 1024);
      const error = await tiny.save(sampleReport("01-healthy-rest-delivered")).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ReportStoreFullError);
      expect((error as Error).message).toMatch(
        /^the report store is full: it holds .* of its 1 KB limit and this report needs .*LOG_DOCTOR_REPORTS_MAX_MB raises the limit\)$/,
      );
      expect(await tiny.get(kept.id)).toEqual(kept);
    });

    it("stores 100 parallel saves from two store objects intact", async () => {
      const stores = [openStore(), openStore()];
      const inputs = Array.from({ length: 100 }, (_, i) =>
        sampleReport(i % 2 ? "03-role-deleted" : "05-http-no-access-websocket-errors-only", { title: `report ${i}` }),
      );
      const saved = await Promise.all(inputs.map((input, i) => stores[i % 2].save(input)));
      expect(new Set(saved.map((r) => r.id)).size).toBe(100);
      const reopened = openStore();
      for (const [i, report] of saved.entries()) {
        expect(await reopened.get(report.id)).toEqual({
          kind: "log-doctor/report",
          version: 1,
          id: report.id,
          ...inputs[i],
        });
      }
    });
  });
}
