import { groupDiagnosis } from "../diagnosis/group";
import { bySeverity } from "../diagnosis/severity";
import { diagnosisSummary } from "../render/summary";
import type { ApiVerdicts, Diagnosis, Finding, StageVerdicts } from "../diagnosis/types";

export interface VerdictRow {
  region: string;
  api: ApiVerdicts;
  /** null when the API's stages could not be read. */
  stage: StageVerdicts | null;
  firstCause: string | null;
}

export interface StageSection {
  region: string;
  api: ApiVerdicts;
  stage: StageVerdicts;
  /** The findings behind the verdicts, in checklist order; region-wide ones (api null) are shown above and referenced. */
  causes: Finding[];
  /** Warnings that are not verdict causes (data tracing, a CloudTrail change), then could-not-check and explanations. */
  notes: Finding[];
}

/**
 * What a report shows, in reading order: the verdict table, region-wide problems, problems of whole APIs, each stage
 * with something to say, and the requests API Gateway never logs. The page and both exports are built from this, so
 * they show the same stages, verdicts and findings. Passed checks are left out: a report is about what is wrong.
 * Rows and stages come worst first (missing, partial, could not tell, healthy), in region order within each.
 */
export interface ReportView {
  /** One sentence: how many stages lose logs and the most common cause (diagnosisSummary). */
  summary: string;
  rows: VerdictRow[];
  regions: { region: string; findings: Finding[] }[];
  apis: { region: string; api: ApiVerdicts; findings: Finding[] }[];
  stages: StageSection[];
  global: Finding[];
}

const notPassed = (finding: Finding) => finding.status !== "pass";
const noteOrder: Record<Finding["status"], number> = { fail: 0, warn: 1, unknown: 2, info: 3, pass: 4 };

export function reportView(diagnosis: Diagnosis): ReportView {
  const grouped = groupDiagnosis(diagnosis);
  const view: ReportView = {
    summary: diagnosisSummary(diagnosis),
    rows: [],
    regions: [],
    apis: [],
    stages: [],
    global: grouped.global,
  };
  for (const region of grouped.regions) {
    const wide = region.findings.filter(notPassed);
    if (wide.length > 0) view.regions.push({ region: region.region, findings: wide });
    for (const { api, stages, findings } of region.apis) {
      if (api.stages === null) view.rows.push({ region: region.region, api, stage: null, firstCause: null });
      const own = findings.filter(notPassed);
      if (own.length > 0) view.apis.push({ region: region.region, api, findings: own });
      for (const { stage, causes, other } of stages) {
        view.rows.push({ region: region.region, api, stage, firstCause: causes[0]?.check ?? null });
        const notes = other.filter(notPassed).sort((a, b) => noteOrder[a.status] - noteOrder[b.status]);
        if (causes.length > 0 || notes.length > 0)
          view.stages.push({ region: region.region, api, stage, causes, notes });
      }
    }
  }
  return {
    ...view,
    rows: bySeverity(view.rows, (row) => row.stage),
    stages: bySeverity(view.stages, (section) => section.stage),
  };
}

/** Every finding the view shows in full (region-wide causes are shown once, in their region). */
export function shownFindings(view: ReportView): Finding[] {
  return [
    ...view.regions.flatMap((r) => r.findings),
    ...view.apis.flatMap((a) => a.findings),
    ...view.stages.flatMap((s) => [...s.causes.filter((f) => f.api !== null), ...s.notes]),
    ...view.global,
  ];
}
