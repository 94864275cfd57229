import path from "node:path";
import { reportStoreMaxBytes } from "./report-limits";
import { SqliteReportStore } from "./sqlite-store";
import type { ReportStore } from "./store";

type Env = Record<string, string | undefined>;

/** `LOG_DOCTOR_DATA_DIR` (default `./.data`, resolved against the working directory) holds the report database. */
export function reportDatabaseFile(env: Env = process.env): string {
  return path.resolve(env.LOG_DOCTOR_DATA_DIR || ".data", "reports.sqlite");
}

// One open database per file and process, kept on globalThis so development reloads do not reopen it each time.
const state = globalThis as typeof globalThis & { __logDoctorReportStores?: Map<string, ReportStore> };

/** The store the web server and the CLI share: the same file, whichever process opens it. */
export function defaultReportStore(env: Env = process.env): ReportStore {
  const file = reportDatabaseFile(env);
  state.__logDoctorReportStores ??= new Map();
  let store = state.__logDoctorReportStores.get(file);
  if (!store) {
    store = new SqliteReportStore(file, { maxBytes: reportStoreMaxBytes(env) });
    state.__logDoctorReportStores.set(file, store);
  }
  return store;
}

/** Closes and forgets every store this process opened (the CLI before it exits, tests between cases). */
export async function closeReportStores(): Promise<void> {
  const stores = [...(state.__logDoctorReportStores?.values() ?? [])];
  state.__logDoctorReportStores?.clear();
  await Promise.all(stores.map((store) => store.close()));
}
