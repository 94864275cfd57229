import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { capture } from "../capture-builder";
import type { SourceLimits, SourceStore } from "../../lib/sources/source-store";

/** One database for one test: `open` gives a new store object on it each call (a restart, or another replica). */
export interface SourceStoreHarness {
  open(limits: SourceLimits): SourceStore;
  dispose(): Promise<void>;
}

/** What every SourceStore promises (files and PostgreSQL alike), run by each implementation's test file. */
export function describeSourceStore(name: string, makeHarness: () => Promise<SourceStoreHarness>): void {
  describe(`${name} (SourceStore contract)`, () => {
    let harness: SourceStoreHarness;
    let now: number;
    const open: SourceStore[] = [];
    const store = (limits: Partial<SourceLimits> = {}): SourceStore => {
      const opened = harness.open({
        ttlMs: 60_000,
        maxBytes: 10_000_000,
        maxMemoryEntries: 2,
        now: () => now,
        ...limits,
      });
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

    it("stores a capture under a new id and reads it back, also from a new store object (a restart)", async () => {
      const input = capture().restApi("a1").stage("prod").build();
      const first = store();
      const meta = await first.put(input, { kind: "upload", label: "prod.json" });
      expect(meta).toMatchObject({ kind: "upload", label: "prod.json", createdAt: now, expiresAt: now + 60_000 });
      expect(meta.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
      await first.close();
      const restarted = store();
      expect(await restarted.get(meta.id)).toEqual({ meta, capture: input });
      expect(await restarted.has(meta.id)).toBe(true);
      expect(await restarted.has("AAAAAAAAAAAAAAAAAAAAAA")).toBe(false);
    });

    it("serves a source from either of two store objects open on one database (two servers)", async () => {
      const [a, b] = [store(), store()];
      const fromA = await a.put(capture().restApi("a1").stage("prod").build(), {
        kind: "scan",
        label: "default in us-east-1",
      });
      const fromB = await b.put(capture().restApi("b2").stage("dev").build(), { kind: "upload", label: "dev.json" });
      expect((await b.get(fromA.id))?.meta).toEqual(fromA);
      expect((await a.get(fromB.id))?.meta).toEqual(fromB);
      expect(await a.has(fromB.id)).toBe(true);
    });

    it("answers null for malformed, traversing or unknown ids", async () => {
      const s = store();
      await s.put(capture().build(), { kind: "upload", label: "a" });
      for (const id of [
        "../secret",
        "..%2Fsecret",
        "",
        "demo",
        "x".repeat(22),
        "' OR '1'='1' --",
        "A".repeat(100_000),
      ]) {
        expect(await s.get(id)).toBeNull();
        expect(await s.has(id)).toBe(false);
      }
    });

    it("does not serve an upload stored before the capture limits: 10,000 made-up regions read as gone", async () => {
      const poisoned = {
        ...capture().restApi("a1").stage("prod").build(),
        regions: Array.from({ length: 10_000 }, (_, i) => `r${i}`),
      };
      const meta = await store().put(poisoned, { kind: "upload", label: "regions.json" });
      expect(await store().get(meta.id)).toBeNull();
    });

    it("forgets sources after their time to live, in memory and in storage", async () => {
      const s = store();
      const meta = await s.put(capture().build(), { kind: "upload", label: "a" });
      now += 60_001;
      expect(await s.has(meta.id)).toBe(false);
      expect(await s.get(meta.id)).toBeNull();
      expect(await store().get(meta.id)).toBeNull();
      now -= 60_001;
      expect(await store().get(meta.id)).toBeNull();
    });

    it("deletes the oldest sources when the byte cap would be exceeded", async () => {
      const big = capture().restApi("a1").stage("prod").build();
      const size = JSON.stringify(big).length + 300;
      const s = store({ maxBytes: size * 2 });
      const ids: string[] = [];
      for (const label of ["1", "2", "3"]) {
        ids.push((await s.put(big, { kind: "upload", label })).id);
        // Files are ordered by modification time, rows by creation time: both must tell the three apart.
        await new Promise((resolve) => setTimeout(resolve, 20));
        now += 20;
      }
      const fresh = store();
      expect(await fresh.get(ids[0])).toBeNull();
      expect((await fresh.get(ids[1]))?.meta.label).toBe("2");
      expect((await fresh.get(ids[2]))?.meta.label).toBe("3");
    });
  });
}
