import { relevanceToStage, stageCauseIds } from "../diagnosis/stage-relevance";
import type { Finding } from "../diagnosis/types";
import type { Analysis } from "../engine/analyze";

/** One stage of a diagnosis, as the stage page's "Share this stage" names it. */
export interface StageFocus {
  region: string;
  apiId: string;
  stage: string;
}

// The region-wide chain every REST and WebSocket stage's logs pass through: a could-not-check there bears on the stage.
const chain = /^(sts|account|role)\./;

/**
 * The analysis cut down to one stage: its API with only that stage, the stage's and API's own findings, the
 * region-wide findings behind its verdicts (and the chain's could-not-checks, for a stage that uses the role), the
 * symptom explanations the user asked for, and that stage's history and log places. null when the stage is not in it.
 */
export function focusAnalysis(analysis: Analysis, focus: StageFocus): Analysis | null {
  const { diagnosis } = analysis;
  const api = diagnosis.apis.find((a) => a.region === focus.region && a.id === focus.apiId);
  const stage = api?.stages?.find((s) => s.name === focus.stage);
  if (!api || !stage) return null;
  const causes = stageCauseIds(stage);
  const usesRole = api.type !== "HTTP";
  const keep = (f: Finding) => {
    if (f.region === null) return true;
    if (f.region !== focus.region) return false;
    if (f.api === null)
      return relevanceToStage(f, causes) === "cause" || (usesRole && f.status === "unknown" && chain.test(f.check));
    return f.api.id === focus.apiId && (f.stage === null || f.stage === focus.stage);
  };
  return {
    diagnosis: {
      ...diagnosis,
      regions: [focus.region],
      apis: [{ ...api, stages: [stage] }],
      findings: diagnosis.findings.filter(keep),
    },
    timelines: analysis.timelines
      .filter((t) => t.region === focus.region)
      .map((t) => ({
        ...t,
        stages: t.stages.filter((s) => s.api.id === focus.apiId && s.stage === focus.stage),
        role: usesRole ? t.role : null,
      })),
    logs: analysis.logs?.filter((l) => l.region === focus.region && l.apiId === focus.apiId && l.stage === focus.stage),
  };
}
