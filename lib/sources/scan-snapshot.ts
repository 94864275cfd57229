import type { Status } from "../diagnosis/types";

/** What the scan page shows of a live scan, and what the scan store keeps: bounded (at most 60 findings listed). */
export type ScanStatus = "running" | "done" | "failed" | "cancelled";

export interface ScanRegion {
  region: string;
  state: "waiting" | "scanning" | "done" | "failed" | "stopped";
  planned: number;
  done: number;
  errors: number;
}

/** A problem found so far: shown while the other regions are still being scanned. */
export interface ScanFinding {
  key: string;
  region: string;
  status: Status;
  label: string;
  where: string;
}

export interface ScanSnapshot {
  id: string;
  status: ScanStatus;
  profile: string | null;
  regions: ScanRegion[];
  findings: ScanFinding[];
  /** All problems found so far (`findings` shows the first ones). */
  problemCount: number;
  startedAt: number;
  error: string | null;
  /** The diagnosis of what was collected, once it is stored. */
  href: string | null;
}
