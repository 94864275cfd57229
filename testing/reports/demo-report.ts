import { readFileSync } from "node:fs";
import { parseCapture } from "../../lib/capture/parse-capture";
import type { Capture } from "../../lib/capture/schema";
import { analyze, type Analysis } from "../../lib/engine/analyze";
import { buildReport, type ReportRequest } from "../../lib/reports/create-report";
import type { Report } from "../../lib/reports/report";

/** The demo account the wizard opens with (fixtures/demo-account.capture.json). */
export function demoCapture(): Capture {
  const parsed = parseCapture(readFileSync("fixtures/demo-account.capture.json", "utf8"));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.capture;
}

/** A stored-looking report (redacted, like every default save) of an analysis. */
export function reportOf(analysis: Analysis, request: Partial<ReportRequest> = {}): Report {
  return {
    kind: "log-doctor/report",
    version: 1,
    id: "AAAAAAAAAAAAAAAAAAAAAA",
    ...buildReport({ analysis, now: new Date("2026-11-22T10:05:00Z"), ...request }),
  };
}

export function demoReport(request: Partial<ReportRequest> = {}): Report {
  return reportOf(analyze(demoCapture()), request);
}
