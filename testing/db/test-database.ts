import { randomBytes } from "node:crypto";
import pg from "pg";

/**
 * A real PostgreSQL server for the store tests (never a mock): `LOG_DOCTOR_TEST_DATABASE_URL`, which `.ci/run` sets
 * after starting Debian's cluster, or the local default below. Each test gets its own schema, dropped after it, so
 * parallel runs and files never see each other's rows.
 */
export const TEST_DATABASE_URL = process.env.LOG_DOCTOR_TEST_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/test";

export type TestDatabaseStatus = { reachable: true } | { reachable: false; reason: string };

/** Whether the server answers; with the reason when it does not. */
export async function probeTestDatabase(): Promise<TestDatabaseStatus> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return { reachable: true };
  } catch (error) {
    return {
      reachable: false,
      reason: `PostgreSQL is not reachable at ${redacted(TEST_DATABASE_URL)}: ${(error as Error).message}`,
    };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A new, empty schema; `drop` removes it with everything in it. */
export async function freshSchema(): Promise<{ url: string; schema: string; drop: () => Promise<void> }> {
  const schema = `log_doctor_test_${process.pid}_${randomBytes(6).toString("hex")}`;
  await admin(`CREATE SCHEMA ${schema}`);
  return {
    url: TEST_DATABASE_URL,
    schema,
    drop: async () => void (await admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)),
  };
}

/** One statement on its own connection (tests use it to age or tamper with rows behind a store's back). */
export async function admin(sql: string, params: unknown[] = []): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    return await client.query(sql, params);
  } finally {
    await client.end();
  }
}

function redacted(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}
