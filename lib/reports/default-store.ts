import path from "node:path";
import { postgresUrl } from "../db/database-url";
import { PostgresReportStore } from "./postgres-store";
import { reportStoreMaxBytes } from "./report-limits";
import { SqliteReportStore } from "./sqlite-store";
import type { ReportStore } from "./store";

type Env = Record<string, string | undefined>;

/** `LOG_DOCTOR_DATA_DIR` (default `./.data`, resolved against the working directory) holds the report database. */
export function reportDatabaseFile(env: Env = process.env): string {
  return path.resolve(env.LOG_DOCTOR_DATA_DIR || ".data", "reports.sqlite");
}

// One open database per file (or server URL) and process, kept on globalThis so development reloads do not reopen it.
const state = globalThis as typeof globalThis & { __logDoctorReportStores?: Map<string, ReportStore> };

/**
 * The store the web server and the CLI share: PostgreSQL when `DATABASE_URL` names one (a team's server), otherwise
 * the SQLite file under `LOG_DOCTOR_DATA_DIR`, whichever process opens it.
 */
export function defaultReportStore(env: Env = process.env): ReportStore {
  const url = postgresUrl(env);
  const key = url ? `postgres ${url}` : `sqlite ${reportDatabaseFile(env)}`;
  state.__logDoctorReportStores ??= new Map();
  let store = state.__logDoctorReportStores.get(key);
  if (!store) {
    const maxBytes = reportStoreMaxBytes(env);
    store = url
      ? new PostgresReportStore({ url, maxBytes })
      : new SqliteReportStore(reportDatabaseFile(env), { maxBytes });
    state.__logDoctorReportStores.set(key, store);
  }
  return store;
}

/** Closes and forgets every store this process opened (the CLI before it exits, tests between cases). */
export async function closeReportStores(): Promise<void> {
  const stores = [...(state.__logDoctorReportStores?.values() ?? [])];
  state.__logDoctorReportStores?.clear();
  await Promise.all(stores.map((store) => store.close()));
}
