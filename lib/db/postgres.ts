import { Pool } from "pg";
import { migrate } from "./migrations";

export interface PostgresOptions {
  /** postgres://… (DATABASE_URL). */
  url: string;
  /** A schema to use instead of the server's default search_path; tests give every run its own. */
  schema?: string;
  /** Connections this store may hold open. */
  maxConnections?: number;
}

/**
 * A connection pool whose schema is migrated as soon as it is opened (so a server finds a missing or too new schema
 * at start, not on a user's first save). Callers await `ready` before each query; a failed migration fails them all
 * with its own message.
 */
export class PostgresDatabase {
  readonly pool: Pool;
  readonly ready: Promise<void>;
  private closed = false;

  constructor(options: PostgresOptions) {
    if (options.schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(options.schema)) throw new Error(`not a schema name: ${options.schema}`);
    this.pool = new Pool({
      connectionString: options.url,
      max: options.maxConnections ?? 4,
      ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    });
    // An idle connection dropped by the server (restart, failover) must not crash the process; the next query
    // opens a new one.
    this.pool.on("error", (error) => console.error(`log-doctor: database connection lost: ${error.message}`));
    this.ready = migrate(this.pool);
    this.ready.catch(() => undefined); // reported to whoever awaits it, not as an unhandled rejection
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.ready.catch(() => undefined);
    await this.pool.end();
  }
}
