import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import path from "node:path";
import { postgresUrl } from "../db/database-url";
import { PostgresScanStore } from "./postgres-scan-store";
import type { ScanJobStore, ScanStoreOptions } from "./scan-store";
import { SqliteScanStore } from "./sqlite-scan-store";

type Env = Record<string, string | undefined>;

/**
 * A finished scan stays readable as long as the source it stored (24 hours, see sources.ts): its page's only lasting
 * use is the link to that source, and find-request needs the profile it was made with for as long as the link works.
 */
export const KEEP_SCANS_MS = 24 * 60 * 60 * 1000;
/** A running scan writes at least once a second; thirty seconds of silence means its process is gone. */
export const STALE_SCAN_MS = 30_000;

const state = globalThis as typeof globalThis & {
  __logDoctorScanStores?: Map<string, ScanJobStore>;
  __logDoctorInstance?: string;
};

/** This process, as named in the rows of the scans it runs. */
export function instanceId(): string {
  return (state.__logDoctorInstance ??= `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`);
}

export function scanDatabaseFile(env: Env = process.env): string {
  return path.resolve(env.LOG_DOCTOR_DATA_DIR || ".data", "scans.sqlite");
}

/** PostgreSQL when `DATABASE_URL` names one (every replica sees every scan), else `scans.sqlite` in the data dir. */
export function defaultScanStore(env: Env = process.env): ScanJobStore {
  const url = postgresUrl(env);
  const key = url ? `postgres ${url}` : `sqlite ${scanDatabaseFile(env)}`;
  state.__logDoctorScanStores ??= new Map();
  let store = state.__logDoctorScanStores.get(key);
  if (!store) {
    const options: ScanStoreOptions = { keepMs: KEEP_SCANS_MS, staleMs: STALE_SCAN_MS };
    store = url ? new PostgresScanStore({ url, ...options }) : new SqliteScanStore(scanDatabaseFile(env), options);
    state.__logDoctorScanStores.set(key, store);
  }
  return store;
}

/** Closes and forgets every scan store this process opened (tests between cases). */
export async function closeScanStores(): Promise<void> {
  const stores = [...(state.__logDoctorScanStores?.values() ?? [])];
  state.__logDoctorScanStores?.clear();
  await Promise.all(stores.map((store) => store.close()));
}
