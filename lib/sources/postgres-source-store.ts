import type { PoolClient } from "pg";
import { validateCapture } from "../capture/parse-capture";
import type { Capture } from "../capture/schema";
import { PostgresDatabase, type PostgresOptions } from "../db/postgres";
import { isStoredSourceId, newSourceId } from "./id";
import {
  RecentSources,
  type SourceLimits,
  type SourceStore,
  type StoredKind,
  type StoredMeta,
  type StoredSource,
} from "./source-store";

interface Row {
  id: string;
  kind: StoredKind;
  label: string;
  created_at: Date;
  expires_at: Date;
  bytes: number;
  capture: string;
}

export type PostgresSourceStoreOptions = PostgresOptions & SourceLimits;

/**
 * Uploaded and scanned captures in PostgreSQL (`DATABASE_URL`): every replica reads every source, and a restart keeps
 * links working until they expire. The same limits as the file store: a time to live, a cap on the stored bytes
 * (oldest go first) and a few parsed captures in memory. Sources never change, so a replica's memory can only be behind
 * on a deletion: a source another replica evicted for space stays readable here until it expires or leaves memory.
 */
export class PostgresSourceStore implements SourceStore {
  private readonly db: PostgresDatabase;
  private readonly memory: RecentSources;
  private readonly now: () => number;

  constructor(private readonly options: PostgresSourceStoreOptions) {
    this.db = new PostgresDatabase(options);
    this.memory = new RecentSources(options.maxMemoryEntries);
    this.now = options.now ?? Date.now;
  }

  async put(capture: Capture, details: { kind: StoredKind; label: string }): Promise<StoredMeta> {
    const text = JSON.stringify(capture);
    const createdAt = this.now();
    const meta: StoredMeta = {
      id: newSourceId(),
      kind: details.kind,
      label: details.label,
      createdAt,
      expiresAt: createdAt + this.options.ttlMs,
      bytes: Buffer.byteLength(text),
    };
    await this.transaction(async (client) => {
      await this.sweepWith(client, meta.bytes);
      await client.query(
        "INSERT INTO sources (id, kind, label, created_at, expires_at, bytes, capture) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        [meta.id, meta.kind, meta.label, new Date(meta.createdAt), new Date(meta.expiresAt), meta.bytes, text],
      );
    });
    this.memory.remember({ meta, capture });
    return meta;
  }

  async has(id: string): Promise<boolean> {
    if (!isStoredSourceId(id)) return false;
    const cached = this.memory.peek(id);
    if (cached) return !this.expired(cached.meta);
    await this.db.ready();
    const { rowCount } = await this.db.pool.query("SELECT 1 FROM sources WHERE id = $1 AND expires_at > $2", [
      id,
      new Date(this.now()),
    ]);
    return (rowCount ?? 0) > 0;
  }

  async get(id: string): Promise<StoredSource | null> {
    if (!isStoredSourceId(id)) return null;
    const cached = this.memory.peek(id) ?? (await this.load(id));
    if (!cached) return null;
    if (this.expired(cached.meta)) {
      this.memory.forget(id);
      await this.db.pool.query("DELETE FROM sources WHERE id = $1", [id]);
      return null;
    }
    this.memory.remember(cached);
    return cached;
  }

  async sweep(incoming = 0): Promise<void> {
    await this.transaction((client) => this.sweepWith(client, incoming));
  }

  close(): Promise<void> {
    return this.db.close();
  }

  private async load(id: string): Promise<StoredSource | null> {
    await this.db.ready();
    const { rows } = await this.db.pool.query<Row>("SELECT * FROM sources WHERE id = $1", [id]);
    const row = rows[0];
    if (!row) return null;
    let capture: ReturnType<typeof validateCapture>;
    try {
      capture = validateCapture(JSON.parse(row.capture));
    } catch {
      return null;
    }
    if (!capture.ok) return null;
    const meta: StoredMeta = {
      id: row.id,
      kind: row.kind,
      label: row.label,
      createdAt: row.created_at.getTime(),
      expiresAt: row.expires_at.getTime(),
      bytes: row.bytes,
    };
    return { meta, capture: capture.capture };
  }

  /**
   * Expired rows go, then the oldest until `incoming` more bytes fit: a row stays only while it and every newer row
   * fit beside the incoming capture.
   */
  private async sweepWith(client: PoolClient, incoming: number): Promise<void> {
    await client.query("DELETE FROM sources WHERE expires_at <= $1", [new Date(this.now())]);
    const { rows } = await client.query<{ id: string }>(
      `DELETE FROM sources WHERE id IN (
         SELECT id FROM (SELECT id, sum(bytes) OVER (ORDER BY created_at DESC, id DESC) AS newer_bytes FROM sources) ranked
         WHERE newer_bytes + $1 > $2)
       RETURNING id`,
      [incoming, this.options.maxBytes],
    );
    for (const { id } of rows) this.memory.forget(id);
  }

  /** Saves and sweeps on all replicas take turns, so two at once cannot both decide there is room. */
  private async transaction(work: (client: PoolClient) => Promise<void>): Promise<void> {
    await this.db.ready();
    const client = await this.db.pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.sources'))");
      await work(client);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  private expired(meta: StoredMeta): boolean {
    return meta.expiresAt <= this.now();
  }
}
