import type { ScanRegion, ScanSnapshot } from "./scan-snapshot";

/** What a reader sees of a scan whose process stopped writing: it will never finish. */
export const SCAN_STOPPED_MESSAGE = "The server running this scan stopped before it finished.";

/** One live scan as every replica sees it. */
export interface ScanRecord {
  id: string;
  /** The signed-in user who started it (display name), or null for anonymous loopback use. */
  owner: string | null;
  snapshot: ScanSnapshot;
  createdAt: number;
  updatedAt: number;
  cancelRequested: boolean;
  /** The process that runs it, and when that process last wrote. */
  instance: string;
  heartbeatAt: number;
}

export interface ScanStoreOptions {
  now?: () => number;
  /** How long a finished scan stays readable after its last write. */
  keepMs: number;
  /** A running scan whose process has not written for this long is taken as dead. */
  staleMs: number;
}

/**
 * Live scans shared by every replica: the SQLite file in the data dir by default (`sqlite-scan-store.ts`),
 * PostgreSQL with `DATABASE_URL` (`postgres-scan-store.ts`). Only the process named in a row writes its snapshot;
 * any process may read it or ask it to stop.
 */
export interface ScanJobStore {
  /** Adds a running scan, unless its owner already has `limit` running (dead ones do not count): false then. */
  create(scan: { snapshot: ScanSnapshot; owner: string | null; instance: string }, limit: number): Promise<boolean>;
  /**
   * The running process's write: a changed snapshot (and its status), or null for the heartbeat alone; answers
   * whether someone asked it to stop.
   */
  write(id: string, instance: string, snapshot: ScanSnapshot | null): Promise<{ cancelRequested: boolean }>;
  /** The scan, a dead one reading as failed; null when unknown, malformed or expired. */
  get(id: string): Promise<ScanRecord | null>;
  /** The scan that stored this source (for the profile it used), or null. */
  bySource(sourceId: string): Promise<ScanRecord | null>;
  /** Asks the process running the scan to stop; false when no such scan is running. */
  requestCancel(id: string): Promise<boolean>;
  /** Running scans of one owner (null: the anonymous user), dead ones left out. */
  running(owner: string | null): Promise<number>;
  /** Deletes finished scans, and dead ones, not written for `keepMs`; returns how many. */
  sweep(): Promise<number>;
  close(): Promise<void>;
}

/** A running row whose heartbeat is older than `staleMs` reads as failed, its unfinished regions as stopped. */
export function withLiveness(record: ScanRecord, now: number, staleMs: number): ScanRecord {
  if (record.snapshot.status !== "running" || record.heartbeatAt + staleMs > now) return record;
  const stopped = (region: ScanRegion): ScanRegion =>
    region.state === "waiting" || region.state === "scanning" ? { ...region, state: "stopped" } : region;
  return {
    ...record,
    snapshot: {
      ...record.snapshot,
      status: "failed",
      error: SCAN_STOPPED_MESSAGE,
      regions: record.snapshot.regions.map(stopped),
    },
  };
}

/** The stored source a finished snapshot links to (`/diagnose/<id>`), or null. */
export function sourceIdOf(snapshot: ScanSnapshot): string | null {
  return snapshot.href?.match(/^\/diagnose\/([A-Za-z0-9_-]{22})$/)?.[1] ?? null;
}
