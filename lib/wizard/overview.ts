import { groupDiagnosis } from "../diagnosis/group";
import type { Diagnosis, Finding, Status } from "../diagnosis/types";
import { causeLabel, checkTitle } from "../checks/registry";
import { displayName } from "../text/display-text";
import {
  apiTypes,
  healthOf,
  statuses,
  verdicts,
  type PackedRow,
  type PackedRows,
  type RowHealth,
} from "./overview-pack";
import { regionHref, stageSegment, stepHref } from "./routes";
import { steps, stepOfCheck } from "./steps";

export interface RegionProblem {
  key: string;
  /** `chain`: STS, account setting or role — stops the logs of every REST and WebSocket API of the region. */
  kind: "chain" | "other";
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
  rows: PackedRows;
}

const problemStatuses = new Set<Status>(["fail", "warn", "unknown"]);

export function buildOverview(source: string, diagnosis: Diagnosis): Overview {
  const view = groupDiagnosis(diagnosis);
  const rows: PackedRow[] = [];
  const health: RowHealth[] = [];
  const regionProblems: RegionProblem[] = [];
  const labels: string[] = [];
  const label = (text: string) => (labels.includes(text) ? labels.indexOf(text) : labels.push(text) - 1);
  const unknown = verdicts.indexOf("unknown");
  const stepSlugs = steps.map((step) => step.slug);
  for (const region of view.regions) {
    const firstRoleUser = region.apis
      .flatMap((a) => a.stages.map((s, index) => ({ s, index })))
      .find(({ s }) => s.api.type !== "HTTP");
    for (const finding of region.findings.filter((f) => problemStatuses.has(f.status))) {
      const step = stepOfCheck(finding.check);
      const address = firstRoleUser && {
        source,
        region: region.region,
        apiId: firstRoleUser.s.api.id,
        stage: firstRoleUser.s.stage.name,
        index: firstRoleUser.index,
      };
      regionProblems.push({
        key: `${region.region}/${finding.check}/${finding.target ?? ""}`,
        kind: /^(sts|account|role)\./.test(finding.check) ? "chain" : "other",
        region: region.region,
        check: finding.check,
        status: finding.status,
        label: finding.status === "unknown" ? checkTitle(finding.check) : causeLabel(finding.check),
        message: displayName(finding.message, 400),
        // What could not be checked, and anything with no step to show it, is explained on the region's own page.
        href:
          finding.status !== "unknown" && address && step
            ? stepHref(address, step.slug)
            : regionHref(source, region.region),
      });
    }
    for (const apiView of region.apis) {
      const { api } = apiView;
      const regionIndex = diagnosis.regions.indexOf(region.region);
      const base = [regionIndex, displayName(api.id, 40), displayName(api.name), apiTypes.indexOf(api.type)] as const;
      if (api.stages === null) {
        const reason = apiView.findings.some((f) => f.status === "unknown");
        rows.push([
          ...base,
          null,
          encodeURIComponent(api.id),
          unknown,
          unknown,
          label(reason ? "Stages could not be read" : "No stages listed"),
          statuses.indexOf("unknown"),
          -1,
          0,
        ]);
        health.push("unknown");
        continue;
      }
      apiView.stages.forEach((stageView, index) => {
        const { stage, causes } = stageView;
        const first: Finding | undefined = causes.find((f) => f.status === "fail") ?? causes[0];
        const step = first ? stepOfCheck(first.check) : undefined;
        rows.push([
          ...base,
          displayName(stage.name, 60),
          `${encodeURIComponent(api.id)}/${encodeURIComponent(stageSegment(stage.name, index))}`,
          verdicts.indexOf(stage.execution.verdict),
          verdicts.indexOf(stage.access.verdict),
          first ? label(causeLabel(first.check)) : -1,
          first ? statuses.indexOf(first.status) : -1,
          step ? stepSlugs.indexOf(step.slug) : -1,
          causes.length,
        ]);
        health.push(healthOf(stage.execution.verdict, stage.access.verdict));
      });
    }
  }
  return {
    summary: summarize(diagnosis, health, rows),
    regionProblems,
    rows: { source, regions: diagnosis.regions, labels, steps: stepSlugs, rows },
  };
}

function summarize(diagnosis: Diagnosis, health: RowHealth[], rows: PackedRow[]): OverviewSummary {
  const stageHealth = health.filter((_, i) => rows[i][4] !== null);
  const count = (kind: RowHealth) => stageHealth.filter((h) => h === kind).length;
  return {
    regions: diagnosis.regions.length,
    apis: diagnosis.apis.length,
    stages: stageHealth.length,
    missing: count("missing"),
    partial: count("partial"),
    unknown: count("unknown"),
    ok: count("ok"),
    unreadableApis: rows.length - stageHealth.length,
  };
}
