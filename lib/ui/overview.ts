import { groupDiagnosis } from "../diagnosis/group";
import type { ApiType, Diagnosis, Finding, Status, Verdict } from "../diagnosis/types";
import { causeLabel } from "./cause-labels";
import { displayName } from "./display-text";
import { stageHref, stepHref } from "./routes";
import { stepOfCheck } from "./steps";

export type RowHealth = "missing" | "partial" | "unknown" | "ok";

/** One table row: a stage, or an API whose stages could not be read. Kept small: 3,000 of these go to the browser. */
export interface OverviewRow {
  key: string;
  region: string;
  apiId: string;
  apiName: string;
  apiType: ApiType;
  /** null when the API's stages could not be read. */
  stage: string | null;
  execution: Verdict;
  access: Verdict;
  health: RowHealth;
  cause: { label: string; status: Status; href: string | null } | null;
  causeCount: number;
  href: string | null;
}

export interface RegionProblem {
  key: string;
  region: string;
  check: string;
  status: Status;
  label: string;
  message: string;
  href: string | null;
}

export interface OverviewSummary {
  regions: number;
  apis: number;
  stages: number;
  missing: number;
  partial: number;
  unknown: number;
  ok: number;
  unreadableApis: number;
}

export interface Overview {
  summary: OverviewSummary;
  regionProblems: RegionProblem[];
  rows: OverviewRow[];
}

const problemStatuses = new Set<Status>(["fail", "warn", "unknown"]);

export function healthOf(execution: Verdict, access: Verdict): RowHealth {
  const both = [execution, access];
  if (both.includes("missing")) return "missing";
  if (both.includes("partial")) return "partial";
  if (both.includes("unknown")) return "unknown";
  return "ok";
}

export function buildOverview(source: string, diagnosis: Diagnosis): Overview {
  const view = groupDiagnosis(diagnosis);
  const rows: OverviewRow[] = [];
  const regionProblems: RegionProblem[] = [];
  for (const region of view.regions) {
    const firstRoleUser = region.apis.flatMap((a) => a.stages.map((s, index) => ({ s, index }))).find(({ s }) => s.api.type !== "HTTP");
    for (const finding of region.findings.filter((f) => problemStatuses.has(f.status))) {
      const step = stepOfCheck(finding.check);
      const address = firstRoleUser && { source, region: region.region, apiId: firstRoleUser.s.api.id, stage: firstRoleUser.s.stage.name, index: firstRoleUser.index };
      regionProblems.push({
        key: `${region.region}/${finding.check}/${finding.target ?? ""}`,
        region: region.region,
        check: finding.check,
        status: finding.status,
        label: causeLabel(finding.check),
        message: displayName(finding.message, 600),
        href: address && step ? stepHref(address, step.slug) : null,
      });
    }
    for (const apiView of region.apis) {
      const { api } = apiView;
      const base = { region: region.region, apiId: displayName(api.id, 40), apiName: displayName(api.name), apiType: api.type };
      if (api.stages === null) {
        const reason = apiView.findings.find((f) => f.status === "unknown");
        rows.push({ ...base, key: `${rows.length}`, stage: null, execution: "unknown", access: "unknown", health: "unknown", cause: { label: reason ? "Stages could not be read" : "No stages listed", status: "unknown", href: null }, causeCount: 0, href: null });
        continue;
      }
      apiView.stages.forEach((stageView, index) => {
        const { stage, causes } = stageView;
        const address = { source, region: region.region, apiId: api.id, stage: stage.name, index };
        const first: Finding | undefined = causes.find((f) => f.status === "fail") ?? causes[0];
        const step = first && stepOfCheck(first.check);
        rows.push({
          ...base,
          key: `${rows.length}`,
          stage: displayName(stage.name, 60),
          execution: stage.execution.verdict,
          access: stage.access.verdict,
          health: healthOf(stage.execution.verdict, stage.access.verdict),
          cause: first ? { label: causeLabel(first.check), status: first.status, href: step ? stepHref(address, step.slug) : stageHref(address) } : null,
          causeCount: causes.length,
          href: stageHref(address),
        });
      });
    }
  }
  return { summary: summarize(diagnosis, rows), regionProblems, rows };
}

function summarize(diagnosis: Diagnosis, rows: OverviewRow[]): OverviewSummary {
  const stageRows = rows.filter((r) => r.stage !== null);
  const count = (health: RowHealth) => stageRows.filter((r) => r.health === health).length;
  return {
    regions: diagnosis.regions.length,
    apis: diagnosis.apis.length,
    stages: stageRows.length,
    missing: count("missing"),
    partial: count("partial"),
    unknown: count("unknown"),
    ok: count("ok"),
    unreadableApis: rows.length - stageRows.length,
  };
}
