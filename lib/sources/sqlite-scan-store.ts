import Database from "better-sqlite3";
import { closeSync, mkdirSync, openSync } from "node:fs";
import path from "node:path";
import { isStoredSourceId } from "./id";
import type { ScanSnapshot } from "./scan-snapshot";
import { sourceIdOf, withLiveness, type ScanJobStore, type ScanRecord, type ScanStoreOptions } from "./scan-store";

/** Bumped with each change to the table below; a newer file is refused rather than misread. */
const SCHEMA_VERSION = 1;

const schema = `
  CREATE TABLE IF NOT EXISTS scans (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 22),
    status TEXT NOT NULL CHECK (status IN ('running', 'done', 'failed', 'cancelled')),
    owner TEXT,
    snapshot TEXT NOT NULL,
    source_id TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    cancel_requested INTEGER NOT NULL DEFAULT 0 CHECK (cancel_requested IN (0, 1)),
    instance TEXT NOT NULL,
    heartbeat_at INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX IF NOT EXISTS scans_running_owner ON scans (owner) WHERE status = 'running';
  CREATE INDEX IF NOT EXISTS scans_source_id ON scans (source_id) WHERE source_id IS NOT NULL;
  CREATE INDEX IF NOT EXISTS scans_updated_at ON scans (updated_at);
`;

interface Row {
  id: string;
  status: string;
  owner: string | null;
  snapshot: string;
  source_id: string | null;
  created_at: number;
  updated_at: number;
  cancel_requested: number;
  instance: string;
  heartbeat_at: number;
}

/**
 * Live scans in a SQLite file of the data dir (WAL, like the report file), so a restarted server still shows a scan's
 * result, and a scan whose server died reads as failed instead of running forever.
 */
export class SqliteScanStore implements ScanJobStore {
  private readonly db: Database.Database;
  private readonly now: () => number;

  constructor(
    file: string,
    private readonly options: ScanStoreOptions,
  ) {
    this.now = options.now ?? Date.now;
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    closeSync(openSync(file, "a", 0o600));
    this.db = new Database(file, { timeout: 10_000 });
    try {
      this.db.pragma("journal_mode = WAL");
      this.db.pragma("synchronous = NORMAL");
      this.migrate();
    } catch (error) {
      this.db.close();
      throw error;
    }
  }

  async create(
    scan: { snapshot: ScanSnapshot; owner: string | null; instance: string },
    limit: number,
  ): Promise<boolean> {
    const now = this.now();
    // IMMEDIATE: two servers on one file cannot both count below the limit and both insert.
    return this.db
      .transaction(() => {
        if (this.countRunning(scan.owner, now) >= limit) return false;
        this.db
          .prepare(
            "INSERT INTO scans (id, status, owner, snapshot, source_id, created_at, updated_at, instance, heartbeat_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          )
          .run(
            scan.snapshot.id,
            scan.snapshot.status,
            scan.owner,
            JSON.stringify(scan.snapshot),
            sourceIdOf(scan.snapshot),
            now,
            now,
            scan.instance,
            now,
          );
        return true;
      })
      .immediate();
  }

  async write(id: string, instance: string, snapshot: ScanSnapshot | null): Promise<{ cancelRequested: boolean }> {
    const now = this.now();
    const row = snapshot
      ? this.db
          .prepare<unknown[], { cancel_requested: number }>(
            "UPDATE scans SET status = ?, snapshot = ?, source_id = ?, updated_at = ?, heartbeat_at = ? WHERE id = ? AND instance = ? RETURNING cancel_requested",
          )
          .get(snapshot.status, JSON.stringify(snapshot), sourceIdOf(snapshot), now, now, id, instance)
      : this.db
          .prepare<unknown[], { cancel_requested: number }>(
            "UPDATE scans SET heartbeat_at = ? WHERE id = ? AND instance = ? RETURNING cancel_requested",
          )
          .get(now, id, instance);
    return { cancelRequested: row?.cancel_requested === 1 };
  }

  async get(id: string): Promise<ScanRecord | null> {
    if (!isStoredSourceId(id)) return null;
    return this.read(this.db.prepare<[string], Row>("SELECT * FROM scans WHERE id = ?").get(id));
  }

  async bySource(sourceId: string): Promise<ScanRecord | null> {
    if (!isStoredSourceId(sourceId)) return null;
    return this.read(
      this.db
        .prepare<[string], Row>("SELECT * FROM scans WHERE source_id = ? ORDER BY updated_at DESC LIMIT 1")
        .get(sourceId),
    );
  }

  async requestCancel(id: string): Promise<boolean> {
    if (!isStoredSourceId(id)) return false;
    return (
      this.db.prepare("UPDATE scans SET cancel_requested = 1 WHERE id = ? AND status = 'running'").run(id).changes > 0
    );
  }

  async running(owner: string | null): Promise<number> {
    return this.countRunning(owner, this.now());
  }

  async sweep(): Promise<number> {
    return this.db
      .prepare("DELETE FROM scans WHERE max(updated_at, heartbeat_at) <= ?")
      .run(this.now() - this.options.keepMs).changes;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private countRunning(owner: string | null, now: number): number {
    const row = this.db
      .prepare<unknown[], { n: number }>(
        "SELECT count(*) AS n FROM scans WHERE status = 'running' AND owner IS ? AND heartbeat_at > ?",
      )
      .get(owner, now - this.options.staleMs);
    return row?.n ?? 0;
  }

  private read(row: Row | undefined): ScanRecord | null {
    if (!row) return null;
    const now = this.now();
    if (Math.max(row.updated_at, row.heartbeat_at) + this.options.keepMs <= now) return null;
    let snapshot: ScanSnapshot;
    try {
      snapshot = JSON.parse(row.snapshot) as ScanSnapshot;
    } catch {
      return null;
    }
    const record: ScanRecord = {
      id: row.id,
      owner: row.owner,
      snapshot,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      cancelRequested: row.cancel_requested === 1,
      instance: row.instance,
      heartbeatAt: row.heartbeat_at,
    };
    return withLiveness(record, now, this.options.staleMs);
  }

  private migrate(): void {
    this.db
      .transaction(() => {
        const version = this.db.pragma("user_version", { simple: true }) as number;
        if (version > SCHEMA_VERSION)
          throw new Error(
            `the scan database was written by a newer Log Doctor (schema ${version}, this one reads ${SCHEMA_VERSION})`,
          );
        if (version < SCHEMA_VERSION) {
          this.db.exec(schema);
          this.db.pragma(`user_version = ${SCHEMA_VERSION}`);
        }
      })
      .immediate();
  }
}
