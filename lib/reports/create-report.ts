import type { Capture } from "../capture/schema";
import type { Diagnosis } from "../diagnosis/types";
import type { Analysis } from "../engine/analyze";
import { engineVersion } from "./engine-version";
import type { StageFocus } from "./focus-stage";
import { redactReport } from "./redact";
import { defaultExpiryDays, MAX_EXPIRY_DAYS } from "./report-limits";
import type { NewReport, Report } from "./report";
import type { ReportStore } from "./store";

export const MAX_TITLE_LENGTH = 200;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface ReportRequest {
  /** What the report shows: the diagnosis and its change timelines, as `analyze` made them for the capture. */
  analysis: Analysis;
  /** The capture the analysis was made from; stored only with `includeCapture`. */
  capture?: Capture | null;
  includeCapture?: boolean;
  title?: string;
  /** Mask account ids, access keys, IP addresses and principal names before storing. Default: true. */
  redact?: boolean;
  /** Days until the report answers 404; null or absent: kept by buildReport, the server's default in saveReport. */
  expiresInDays?: number | null;
  now?: Date;
  /** The one stage the analysis was cut down to (focusAnalysis), for a stage page's "Share this stage". */
  focus?: StageFocus;
}

/** The snapshot a store keeps: redacted (unless turned off) before it ever reaches the store. */
export function buildReport(request: ReportRequest): NewReport {
  const now = request.now ?? new Date();
  const days = request.expiresInDays ?? null;
  if (days !== null && !(Number.isInteger(days) && days >= 1 && days <= MAX_EXPIRY_DAYS)) {
    throw new RangeError(`expiry must be a whole number of days from 1 to ${MAX_EXPIRY_DAYS}`);
  }
  const capture = request.capture ?? null;
  const report: NewReport = {
    title: cleanTitle(request.title) || defaultTitle(request.analysis.diagnosis, request.focus),
    createdAt: now.toISOString(),
    expiresAt: days === null ? null : new Date(now.getTime() + days * DAY_MS).toISOString(),
    engineVersion,
    redacted: false,
    diagnosis: request.analysis.diagnosis,
    timeline: request.analysis.timelines,
    logs: request.analysis.logs ?? null,
    capture: request.includeCapture && capture ? capture : null,
    ...(request.focus ? { focus: request.focus } : {}),
  };
  return request.redact === false ? report : redactReport(report);
}

/** Stores the report; without a chosen expiry it gets the server's default (`LOG_DOCTOR_REPORT_EXPIRY_DAYS`). */
export async function saveReport(
  store: ReportStore,
  request: ReportRequest,
  env: Record<string, string | undefined> = process.env,
): Promise<Report> {
  const expiresInDays = request.expiresInDays ?? defaultExpiryDays(env);
  const report = await store.save(buildReport({ ...request, expiresInDays }));
  // Expired reports go on the next save: no timer, and a store nobody writes to stays as it is.
  await store.deleteExpired();
  return report;
}

/** One line of at most MAX_TITLE_LENGTH characters, with no control, bidirectional or zero-width characters. */
export function cleanTitle(title: string | undefined): string {
  return (title ?? "")
    .replace(/[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_TITLE_LENGTH);
}

function defaultTitle(diagnosis: Diagnosis, focus: StageFocus | undefined): string {
  const focused = focus && diagnosis.apis.find((a) => a.region === focus.region && a.id === focus.apiId);
  if (focus && focused) return cleanTitle(`Stage ${focus.stage} of ${focused.name} (${focused.id}) in ${focus.region}`);
  const regions = diagnosis.regions.join(", ") || "no region";
  if (diagnosis.apis.length === 1) {
    const [api] = diagnosis.apis;
    const stages = api.stages?.map((stage) => stage.name) ?? [];
    return cleanTitle(`${api.name} (${api.id})${stages.length === 1 ? ` stage ${stages[0]}` : ""} in ${api.region}`);
  }
  return cleanTitle(`${diagnosis.apis.length} APIs in ${regions}`);
}
