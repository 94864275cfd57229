import { PostgresDatabase, type PostgresOptions } from "../db/postgres";
import { isStoredSourceId } from "./id";
import type { ScanSnapshot } from "./scan-snapshot";
import { sourceIdOf, withLiveness, type ScanJobStore, type ScanRecord, type ScanStoreOptions } from "./scan-store";

interface Row {
  id: string;
  status: string;
  owner: string | null;
  snapshot: string;
  source_id: string | null;
  created_at: Date;
  updated_at: Date;
  cancel_requested: boolean;
  instance: string;
  heartbeat_at: Date;
}

/** Live scans in PostgreSQL (`DATABASE_URL`): every replica shows every scan's progress and can cancel it. */
export class PostgresScanStore implements ScanJobStore {
  private readonly db: PostgresDatabase;
  private readonly now: () => number;

  constructor(private readonly options: PostgresOptions & ScanStoreOptions) {
    this.db = new PostgresDatabase(options);
    this.now = options.now ?? Date.now;
  }

  async create(
    scan: { snapshot: ScanSnapshot; owner: string | null; instance: string },
    limit: number,
  ): Promise<boolean> {
    await this.db.ready();
    const now = new Date(this.now());
    const client = await this.db.pool.connect();
    try {
      await client.query("BEGIN");
      // Starts take turns, so two replicas cannot both count below the limit and both insert.
      await client.query("SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.scans'))");
      const { rows } = await client.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM scans WHERE status = 'running' AND owner IS NOT DISTINCT FROM $1 AND heartbeat_at > $2",
        [scan.owner, new Date(now.getTime() - this.options.staleMs)],
      );
      if (rows[0].n >= limit) {
        await client.query("ROLLBACK");
        return false;
      }
      await client.query(
        "INSERT INTO scans (id, status, owner, snapshot, source_id, created_at, updated_at, instance, heartbeat_at) VALUES ($1, $2, $3, $4, $5, $6, $6, $7, $6)",
        [
          scan.snapshot.id,
          scan.snapshot.status,
          scan.owner,
          JSON.stringify(scan.snapshot),
          sourceIdOf(scan.snapshot),
          now,
          scan.instance,
        ],
      );
      await client.query("COMMIT");
      return true;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async write(id: string, instance: string, snapshot: ScanSnapshot | null): Promise<{ cancelRequested: boolean }> {
    await this.db.ready();
    const now = new Date(this.now());
    const { rows } = snapshot
      ? await this.db.pool.query<{ cancel_requested: boolean }>(
          "UPDATE scans SET status = $1, snapshot = $2, source_id = $3, updated_at = $4, heartbeat_at = $4 WHERE id = $5 AND instance = $6 RETURNING cancel_requested",
          [snapshot.status, JSON.stringify(snapshot), sourceIdOf(snapshot), now, id, instance],
        )
      : await this.db.pool.query<{ cancel_requested: boolean }>(
          "UPDATE scans SET heartbeat_at = $1 WHERE id = $2 AND instance = $3 RETURNING cancel_requested",
          [now, id, instance],
        );
    return { cancelRequested: rows[0]?.cancel_requested === true };
  }

  async get(id: string): Promise<ScanRecord | null> {
    if (!isStoredSourceId(id)) return null;
    await this.db.ready();
    return this.read((await this.db.pool.query<Row>("SELECT * FROM scans WHERE id = $1", [id])).rows[0]);
  }

  async bySource(sourceId: string): Promise<ScanRecord | null> {
    if (!isStoredSourceId(sourceId)) return null;
    await this.db.ready();
    return this.read(
      (
        await this.db.pool.query<Row>("SELECT * FROM scans WHERE source_id = $1 ORDER BY updated_at DESC LIMIT 1", [
          sourceId,
        ])
      ).rows[0],
    );
  }

  async requestCancel(id: string): Promise<boolean> {
    if (!isStoredSourceId(id)) return false;
    await this.db.ready();
    const { rowCount } = await this.db.pool.query(
      "UPDATE scans SET cancel_requested = true WHERE id = $1 AND status = 'running'",
      [id],
    );
    return (rowCount ?? 0) > 0;
  }

  async running(owner: string | null): Promise<number> {
    await this.db.ready();
    const { rows } = await this.db.pool.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM scans WHERE status = 'running' AND owner IS NOT DISTINCT FROM $1 AND heartbeat_at > $2",
      [owner, new Date(this.now() - this.options.staleMs)],
    );
    return rows[0].n;
  }

  async sweep(): Promise<number> {
    await this.db.ready();
    const { rowCount } = await this.db.pool.query("DELETE FROM scans WHERE greatest(updated_at, heartbeat_at) <= $1", [
      new Date(this.now() - this.options.keepMs),
    ]);
    return rowCount ?? 0;
  }

  close(): Promise<void> {
    return this.db.close();
  }

  private read(row: Row | undefined): ScanRecord | null {
    if (!row) return null;
    const now = this.now();
    const updatedAt = row.updated_at.getTime();
    const heartbeatAt = row.heartbeat_at.getTime();
    if (Math.max(updatedAt, heartbeatAt) + this.options.keepMs <= now) return null;
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
      createdAt: row.created_at.getTime(),
      updatedAt,
      cancelRequested: row.cancel_requested,
      instance: row.instance,
      heartbeatAt,
    };
    return withLiveness(record, now, this.options.staleMs);
  }
}
