import Database from "better-sqlite3";
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SqliteReportStore } from "./sqlite-store";
import { ReportStoreFullError } from "./store";
import { describeReportStore } from "../../testing/reports/report-store-contract";
import { sampleReport } from "../../testing/reports/sample-report";

const run = promisify(execFile);
let dir: string;
let file: string;
const open: SqliteReportStore[] = [];

function openStore(now?: () => number, maxBytes?: number): SqliteReportStore {
  const store = new SqliteReportStore(file, { now, maxBytes });
  open.push(store);
  return store;
}

describeReportStore("SqliteReportStore", async () => {
  const root = mkdtempSync(path.join(tmpdir(), "reports-contract-"));
  const database = path.join(root, "data", "reports.sqlite");
  return {
    open: (now, maxBytes) => new SqliteReportStore(database, { now, maxBytes }),
    dispose: async () => rmSync(root, { recursive: true, force: true }),
  };
});

describe("SqliteReportStore (file)", () => {
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "reports-store-"));
    file = path.join(dir, "data", "reports.sqlite");
  });

  afterEach(async () => {
    await Promise.all(open.splice(0).map((store) => store.close()));
    rmSync(dir, { recursive: true, force: true });
  });

  it("uses WAL mode and a private file", async () => {
    openStore();
    const db = new Database(file, { readonly: true });
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    db.close();
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
  });

  it("stays whole when four processes save 25 reports each at the same time", async () => {
    openStore();
    const child = fileURLToPath(new URL("../../testing/reports/save-many.ts", import.meta.url));
    const outputs = await Promise.all(
      ["a", "b", "c", "d"].map((tag) =>
        run(process.execPath, ["--import", "tsx", child, file, "25", tag], { timeout: 60_000 }),
      ),
    );
    const ids = outputs.flatMap(({ stdout }) => JSON.parse(stdout.trim()) as string[]);
    expect(new Set(ids).size).toBe(100);
    const store = openStore();
    const titles = await Promise.all(ids.map(async (id) => (await store.get(id))?.title));
    expect(titles.filter((t) => t !== undefined).sort()).toEqual(
      ["a", "b", "c", "d"].flatMap((tag) => Array.from({ length: 25 }, (_, i) => `${tag} ${i}`)).sort(),
    );
    const db = new Database(file, { readonly: true });
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    db.close();
  });

  it("refuses a database written by a newer schema instead of misreading it", async () => {
    const store = openStore();
    await store.close();
    const db = new Database(file);
    db.pragma("user_version = 99");
    db.close();
    expect(() => new SqliteReportStore(file)).toThrow(/newer Log Doctor/);
  });

  it("refuses a save past its size limit with a clear error, writing nothing, after making room from expired reports", async () => {
    let now = Date.parse("2026-11-22T10:05:00Z");
    const report = sampleReport("03-role-deleted");
    // What one report takes in pages, measured on a scratch database.
    const probe = new SqliteReportStore(path.join(dir, "probe.sqlite"));
    const empty = probe.usedBytes();
    await probe.save(report);
    const size = probe.usedBytes() - empty;
    await probe.close();
    const limit = empty + Math.floor(2.5 * size);
    const store = openStore(() => now, limit);
    const expiring = await store.save({ ...report, expiresAt: "2026-11-23T10:05:00.000Z" });
    await store.save(report);
    const error = await store.save(report).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ReportStoreFullError);
    expect((error as Error).message).toMatch(
      /^the report store is full: it holds [\d.]+ KB of its [\d.]+ KB limit and this report needs [\d.]+ KB \(.*LOG_DOCTOR_REPORTS_MAX_MB raises the limit\)$/,
    );
    const db = new Database(file, { readonly: true });
    expect(db.prepare("SELECT count(*) AS n FROM reports").get()).toEqual({ n: 2 });
    db.close();

    // Once the first report has expired, its room is reused.
    now = Date.parse("2026-11-23T10:05:00Z");
    const saved = await store.save(report);
    expect(await store.get(saved.id)).not.toBeNull();
    expect(await store.get(expiring.id)).toBeNull();
    expect(store.usedBytes()).toBeLessThanOrEqual(limit);
  });
});
