import { Pool } from "pg";
import { log } from "../ops/log";
import { migrate } from "./migrations";

export interface PostgresOptions {
  /** postgres://… (DATABASE_URL). */
  url: string;
  /** A schema to use instead of the server's default search_path; tests give every run its own. */
  schema?: string;
  /** Connections this store may hold open. */
  maxConnections?: number;
  /** How long a connection or a query may take before it fails (default 10 s to connect, queries unbounded). */
  timeoutMs?: number;
  /** Idle connections do not keep the process alive (a CLI scan that paced its calls here can exit). */
  allowExitOnIdle?: boolean;
}

/**
 * A connection pool whose schema is migrated as soon as the pool is opened, before any query of the store that opened
 * it. Callers await `ready()` before each query; while the database cannot be
 * reached or migrated they fail with its reason, and the next call tries again, so a database that comes back later
 * needs no restart of Log Doctor.
 */
export class PostgresDatabase {
  readonly pool: Pool;
  private migration: Promise<void> | null = null;
  private closed = false;

  constructor(options: PostgresOptions) {
    if (options.schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(options.schema))
      throw new Error(`not a schema name: ${options.schema}`);
    this.pool = new Pool({
      connectionString: options.url,
      max: options.maxConnections ?? 4,
      // A server that does not answer fails the request with a reason instead of holding it forever.
      connectionTimeoutMillis: options.timeoutMs ?? 10_000,
      ...(options.timeoutMs !== undefined ? { query_timeout: options.timeoutMs } : {}),
      allowExitOnIdle: options.allowExitOnIdle ?? false,
      ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    });
    // An idle connection dropped by the server (restart, failover) must not crash the process; the next query
    // opens a new one.
    this.pool.on("error", (error) => log("error", "database", `connection lost: ${error.message}`));
    this.ready().catch(() => undefined); // reported to whoever awaits it next, not as an unhandled rejection
  }

  ready(): Promise<void> {
    this.migration ??= migrate(this.pool).catch((error: unknown) => {
      this.migration = null;
      throw error;
    });
    return this.migration;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.migration?.catch(() => undefined);
    await this.pool.end();
  }
}
