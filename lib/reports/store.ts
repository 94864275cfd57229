import type { NewReport, Report } from "./report";

/**
 * Where reports live. The embedded SQLite store (`sqlite-store.ts`) is the default; a server database can replace
 * it behind this interface. A store never changes a saved report: there is no update.
 */
export interface ReportStore {
  /** Stores the report under a new unguessable id and returns it as it will be read back. */
  save(report: NewReport): Promise<Report>;
  /** The report, or null when the id is malformed, unknown or expired (all three look the same to a caller). */
  get(id: string): Promise<Report | null>;
  /** Deletes every report whose expiry has passed; returns how many. */
  deleteExpired(): Promise<number>;
  close(): Promise<void>;
}

/** A save that would take the store past its size limit: nothing was written; the message says what to do. */
export class ReportStoreFullError extends Error {
  override name = "ReportStoreFullError";
}
