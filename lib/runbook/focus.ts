import type { Diagnosis } from "../diagnosis/types";
import type { RunbookTarget } from "./target";

/**
 * The diagnosis narrowed to what a runbook link names: its API (and stage), the region-wide findings its logs
 * depend on, and the explanations that apply everywhere. A one-API scan reads other stages too (GetStages lists
 * them all); a link to one stage should not answer for the others.
 */
export function focusDiagnosis(diagnosis: Diagnosis, target: RunbookTarget): Diagnosis {
  const stageMatches = (stage: string | null) => stage === null || target.stage === undefined || stage === target.stage;
  return {
    ...diagnosis,
    regions: diagnosis.regions.filter((region) => region === target.region),
    apis: diagnosis.apis
      .filter((api) => api.region === target.region && api.id === target.apiId)
      .map((api) => ({ ...api, stages: api.stages && api.stages.filter((stage) => stageMatches(stage.name)) })),
    findings: diagnosis.findings.filter(
      (f) =>
        f.region === null ||
        (f.region === target.region && (f.api === null || (f.api.id === target.apiId && stageMatches(f.stage)))),
    ),
  };
}
