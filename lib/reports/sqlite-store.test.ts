import Database from "better-sqlite3";
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SqliteReportStore } from "./sqlite-store";
import { describeReportStore } from "./testing/report-store-contract";

const run = promisify(execFile);
let dir: string;
let file: string;
const open: SqliteReportStore[] = [];

function openStore(now?: () => number): SqliteReportStore {
  const store = new SqliteReportStore(file, { now });
  open.push(store);
  return store;
}

describeReportStore("SqliteReportStore", async () => {
  const root = mkdtempSync(path.join(tmpdir(), "reports-contract-"));
  const database = path.join(root, "data", "reports.sqlite");
  return {
    open: (now) => new SqliteReportStore(database, { now }),
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
    const child = fileURLToPath(new URL("./testing/save-many.ts", import.meta.url));
    const outputs = await Promise.all(
      ["a", "b", "c", "d"].map((tag) => run(process.execPath, ["--import", "tsx", child, file, "25", tag], { timeout: 60_000 })),
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
});
