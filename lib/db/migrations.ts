import type { Pool, PoolClient } from "pg";

/**
 * The PostgreSQL schema, one step per version, never edited once released: a new need is a new step. Text columns
 * hold JSON as written (not jsonb), so a report's export is byte for byte what was saved and `\u0000` escapes stay
 * legal.
 */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: "reports",
    sql: `
      CREATE TABLE reports (
        id text PRIMARY KEY CHECK (length(id) = 22),
        title text NOT NULL,
        created_at timestamptz NOT NULL,
        expires_at timestamptz,
        engine_version text NOT NULL,
        redacted boolean NOT NULL,
        body text NOT NULL
      );
      CREATE INDEX reports_expires_at ON reports (expires_at) WHERE expires_at IS NOT NULL;`,
  },
  {
    version: 2,
    name: "sources",
    sql: `
      CREATE TABLE sources (
        id text PRIMARY KEY CHECK (length(id) = 22),
        kind text NOT NULL CHECK (kind IN ('upload', 'scan')),
        label text NOT NULL,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        bytes integer NOT NULL CHECK (bytes >= 0),
        capture text NOT NULL
      );
      CREATE INDEX sources_created_at ON sources (created_at);`,
  },
  {
    version: 3,
    name: "scans",
    sql: `
      CREATE TABLE scans (
        id text PRIMARY KEY CHECK (length(id) = 22),
        status text NOT NULL CHECK (status IN ('running', 'done', 'failed', 'cancelled')),
        owner text,
        snapshot text NOT NULL,
        source_id text,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        cancel_requested boolean NOT NULL DEFAULT false,
        instance text NOT NULL,
        heartbeat_at timestamptz NOT NULL
      );
      CREATE INDEX scans_running_owner ON scans (owner) WHERE status = 'running';
      CREATE INDEX scans_source_id ON scans (source_id) WHERE source_id IS NOT NULL;
      CREATE INDEX scans_updated_at ON scans (updated_at);`,
  },
  {
    version: 4,
    name: "rate slots",
    // One row per (scheduler key, quota bucket, region): the time the next AWS call of that timeline may go, which
    // every replica advances in one statement (lib/aws/throttle/postgres-timeline.ts).
    sql: `
      CREATE TABLE rate_slots (
        key text PRIMARY KEY,
        next_at timestamptz NOT NULL,
        calls bigint NOT NULL DEFAULT 1
      );`,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

/**
 * Brings the database (the first schema on the connection's search_path) up to SCHEMA_VERSION in one transaction.
 * An advisory lock makes replicas that start together take turns; a database written by a newer Log Doctor is refused
 * rather than misread.
 */
export async function migrate(pool: Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.log_doctor_migrations'))");
    await client.query(
      "CREATE TABLE IF NOT EXISTS log_doctor_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())",
    );
    const current = await currentVersion(client);
    if (current > SCHEMA_VERSION) {
      throw new Error(
        `the report database was written by a newer Log Doctor (schema ${current}, this one reads ${SCHEMA_VERSION})`,
      );
    }
    for (const step of MIGRATIONS.filter((m) => m.version > current)) {
      await client.query(step.sql);
      await client.query("INSERT INTO log_doctor_migrations (version, name) VALUES ($1, $2)", [
        step.version,
        step.name,
      ]);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function currentVersion(client: PoolClient): Promise<number> {
  const { rows } = await client.query<{ version: number | null }>(
    "SELECT max(version) AS version FROM log_doctor_migrations",
  );
  return rows[0]?.version ?? 0;
}
