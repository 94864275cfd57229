import type { Capture } from "../capture/schema";
import type { RegionTimeline } from "../cloudtrail/types";
import type { Diagnosis } from "../diagnosis/types";
import type { StageLogFacts } from "../diagnosis/stage-log-places";
import type { StageFocus } from "./focus-stage";

export const REPORT_KIND = "log-doctor/report";

/** What a report shows: a Diagnosis, and what the user chose to keep beside it. */
export interface ReportContent {
  diagnosis: Diagnosis;
  /** The Capture the diagnosis was made from, when the user chose to include it. */
  capture: Capture | null;
  /** lib/cloudtrail's change timeline of the scanned regions, when a capture was at hand to build it. */
  timeline: RegionTimeline[] | null;
  /**
   * Where each stage's logs are and their newest events (lib/diagnosis/stage-log-places), when a capture was at hand.
   * Added within version 1: optional, so reports saved before it still read (absent or null: not kept).
   */
  logs?: StageLogFacts[] | null;
  /** The one stage a report shared from a stage page covers ("Share this stage"); absent for a whole diagnosis. */
  focus?: StageFocus | null;
}

export interface ReportMeta {
  title: string;
  /** ISO-8601, when the report was saved (not when the account was scanned: that is `diagnosis.capturedAt`). */
  createdAt: string;
  /** ISO-8601; after it the report answers 404. null: kept until deleted. */
  expiresAt: string | null;
  /** package.json version of the Log Doctor that made the diagnosis. */
  engineVersion: string;
  /** Account ids, access keys, IP addresses and principal names were masked before the report was stored. */
  redacted: boolean;
}

/** A saved report: an immutable snapshot, found only by its unguessable id. Also the JSON export's shape. */
export interface Report extends ReportMeta, ReportContent {
  kind: typeof REPORT_KIND;
  version: 1;
  id: string;
}

/** A report as handed to a store, which gives it its id. */
export type NewReport = ReportMeta & ReportContent;
