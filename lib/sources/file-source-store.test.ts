import { mkdtemp, readdir, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { capture } from "../../testing/capture-builder";
import { FileSourceStore } from "./file-source-store";
import { describeSourceStore } from "../../testing/sources/source-store-contract";

let dir: string;
let now: number;
const store = (overrides: Partial<ConstructorParameters<typeof FileSourceStore>[0]> = {}) =>
  new FileSourceStore({
    dir,
    ttlMs: 60_000,
    maxDiskBytes: 10_000_000,
    maxMemoryEntries: 2,
    now: () => now,
    ...overrides,
  });

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "log-doctor-store-"));
  now = Date.now();
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describeSourceStore("FileSourceStore", async () => {
  const root = await mkdtemp(path.join(tmpdir(), "log-doctor-sources-"));
  return {
    open: ({ maxBytes, ...limits }) =>
      new FileSourceStore({ dir: path.join(root, "sources"), maxDiskBytes: maxBytes, ...limits }),
    dispose: () => rm(root, { recursive: true, force: true }),
  };
});

describe("FileSourceStore (files)", () => {
  it("stores a capture under a new id and reads it back, also from a fresh process (disk)", async () => {
    const input = capture().restApi("a1").stage("prod").build();
    const meta = await store().put(input, { kind: "upload", label: "prod.json" });
    expect(meta.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect((await store().get(meta.id))?.capture).toEqual(input);
    expect(await store().has(meta.id)).toBe(true);
    expect(await store().has("AAAAAAAAAAAAAAAAAAAAAA")).toBe(false);
    expect(await readdir(dir)).toEqual([`${meta.id}.json`]);
  });

  it("answers null for malformed, traversing or unknown ids without touching the file system outside its dir", async () => {
    await writeFile(path.join(path.dirname(dir), "secret.json"), "{}");
    const s = store();
    for (const id of ["../secret", "..%2Fsecret", "", "demo", "x".repeat(22)]) expect(await s.get(id)).toBeNull();
  });

  it("does not serve an upload stored before the capture limits: 10,000 made-up regions read as gone", async () => {
    const poisoned = {
      ...capture().restApi("a1").stage("prod").build(),
      regions: Array.from({ length: 10_000 }, (_, i) => `r${i}`),
    };
    const meta = await store().put(poisoned, { kind: "upload", label: "regions.json" });
    expect(await store().get(meta.id)).toBeNull();
  });

  it("forgets sources after their time to live", async () => {
    const s = store();
    const meta = await s.put(capture().build(), { kind: "upload", label: "a" });
    now += 60_001;
    expect(await s.has(meta.id)).toBe(false);
    expect(await s.get(meta.id)).toBeNull();
    expect(await readdir(dir)).toEqual([]);
  });

  it("deletes the oldest sources when the disk cap would be exceeded", async () => {
    const big = capture().restApi("a1").stage("prod").build();
    const size = JSON.stringify(big).length + 300;
    const s = store({ maxDiskBytes: size * 2 });
    const first = await s.put(big, { kind: "upload", label: "1" });
    await new Promise((r) => setTimeout(r, 20));
    await s.put(big, { kind: "upload", label: "2" });
    await new Promise((r) => setTimeout(r, 20));
    await s.put(big, { kind: "upload", label: "3" });
    expect(await readdir(dir)).toHaveLength(2);
    expect(await store().get(first.id)).toBeNull();
  });

  it("ignores a tampered file that is not a capture", async () => {
    const s = store();
    const meta = await s.put(capture().build(), { kind: "upload", label: "a" });
    await writeFile(path.join(dir, `${meta.id}.json`), `{"meta":${JSON.stringify(meta)},"capture":{"kind":"nope"}}`);
    expect(await store().get(meta.id)).toBeNull();
  });

  it("removes partial files a crash left (older than a write takes) and counts the others against the disk cap", async () => {
    const big = capture().restApi("a1").stage("prod").build();
    const size = JSON.stringify(big).length + 300;
    const old = path.join(dir, "AAAAAAAAAAAAAAAAAAAAAA.json.tmp");
    const inProgress = path.join(dir, "BBBBBBBBBBBBBBBBBBBBBB.json.tmp");
    await writeFile(old, "x".repeat(15_000));
    await writeFile(inProgress, "y".repeat(size));
    const elevenMinutesAgo = new Date(now - 11 * 60 * 1000);
    await utimes(old, elevenMinutesAgo, elevenMinutesAgo);

    const s = store({ maxDiskBytes: size * 2 });
    expect(await s.cleanLeftovers()).toEqual({ files: 1, bytes: 15_000 });
    expect((await readdir(dir)).sort()).toEqual(["BBBBBBBBBBBBBBBBBBBBBB.json.tmp"]);

    // The write in progress takes room: two more sources do not fit beside it, so the older one goes.
    const first = await s.put(big, { kind: "upload", label: "1" });
    await new Promise((r) => setTimeout(r, 20));
    const second = await s.put(big, { kind: "upload", label: "2" });
    expect(await store().get(first.id)).toBeNull();
    expect((await readdir(dir)).sort()).toEqual([`${second.id}.json`, "BBBBBBBBBBBBBBBBBBBBBB.json.tmp"].sort());
  });
});
