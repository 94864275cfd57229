import { relevanceToStage, stageCauseIds } from "./stage-relevance";
import type { ApiVerdicts, Diagnosis, Finding, StageVerdicts } from "./types";

export interface StageView {
  api: ApiVerdicts;
  stage: StageVerdicts;
  /** The fail/warn findings behind either verdict, in checklist order (region-wide ones included). */
  causes: Finding[];
  /** Findings of the stage that are not causes: could-not-check, explanations, passes. */
  other: Finding[];
  /** Region-wide fails and warns that are not causes of this stage's verdicts (e.g. an unmapped domain). */
  context: Finding[];
  /** The stage's own fails and warns no verdict rests on (e.g. data tracing): hygiene, not why logs are missing. */
  hygiene: Finding[];
}

export interface ApiView {
  api: ApiVerdicts;
  stages: StageView[];
  /** Findings about the API itself (e.g. its stages could not be read). */
  findings: Finding[];
}

export interface RegionView {
  region: string;
  /** Region-wide findings (STS, account setting, role, domains, trails), every status. */
  findings: Finding[];
  apis: ApiView[];
}

export interface DiagnosisView {
  regions: RegionView[];
  /** Findings with no region (symptom explanations). */
  global: Finding[];
}

/** Arranges a Diagnosis the way people read it: region, then API, then stage with its causes. */
export function groupDiagnosis(diagnosis: Diagnosis): DiagnosisView {
  const order = new Map(diagnosis.findings.map((f, i) => [f, i]));
  const regionFindings = new Map<string, Finding[]>();
  const apiFindings = new Map<string, Finding[]>();
  const stageFindings = new Map<string, Finding[]>();
  const global: Finding[] = [];
  for (const finding of diagnosis.findings) {
    if (finding.region === null) global.push(finding);
    else if (finding.api === null) push(regionFindings, finding.region, finding);
    else if (finding.stage === null) push(apiFindings, `${finding.region}\u0000${finding.api.id}`, finding);
    else push(stageFindings, `${finding.region}\u0000${finding.api.id}\u0000${finding.stage}`, finding);
  }

  const regions = diagnosis.regions.map((region) => {
    const wide = regionFindings.get(region) ?? [];
    const apis = diagnosis.apis
      .filter((api) => api.region === region)
      .map((api) => ({
        api,
        findings: apiFindings.get(`${region}\u0000${api.id}`) ?? [],
        stages: (api.stages ?? []).map((stage) => {
          const own = stageFindings.get(`${region}\u0000${api.id}\u0000${stage.name}`) ?? [];
          const causeIds = stageCauseIds(stage);
          const relevance = (f: Finding) => relevanceToStage(f, causeIds);
          const causes = [...wide, ...own]
            .filter((f) => relevance(f) === "cause")
            // By impact, then the checklist: what stops a whole log kind (region-wide STS, account and role, then the
            // stage's own settings) before what one method or route overrides, so the root cause is the widest.
            .sort((a, b) => Number(oneMethod(a)) - Number(oneMethod(b)) || order.get(a)! - order.get(b)!);
          return {
            api,
            stage,
            causes,
            other: own.filter((f) => !causes.includes(f)),
            context: wide.filter((f) => relevance(f) === "context"),
            hygiene: own.filter((f) => relevance(f) === "hygiene"),
          };
        }),
      }));
    return { region, findings: wide, apis };
  });
  return { regions, global };
}

function push<V>(map: Map<string, V[]>, key: string, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A stage's finding about one method or route (its target); region-wide findings may name a target too (a role). */
const oneMethod = (finding: Finding) => finding.stage !== null && finding.target !== null;
