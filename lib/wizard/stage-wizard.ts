import { groupDiagnosis, type ApiView, type StageView } from "../diagnosis/group";
import { relevanceToStage, stageCauseIds } from "../diagnosis/stage-relevance";
import type { Diagnosis, Finding } from "../diagnosis/types";
import type { StageAddress } from "./routes";
import { stageSegment } from "./routes";
import { worstStatus, byStatus, type StepStatus } from "./status";
import { steps, type StepDefinition } from "./steps";

export interface StageContext {
  address: StageAddress;
  api: ApiView;
  stage: StageView;
}

/** The stage a URL names (`name`, or `~index` for names that cannot be a URL segment); null when there is none. */
export function findStage(
  source: string,
  diagnosis: Diagnosis,
  region: string,
  apiId: string,
  segment: string,
): StageContext | null {
  const regionView = groupDiagnosis(diagnosis).regions.find((r) => r.region === region);
  const api = regionView?.apis.find((a) => a.api.id === apiId);
  if (!api) return null;
  const index = api.stages.findIndex((s, i) => stageSegment(s.stage.name, i) === segment);
  if (index < 0) return null;
  const stage = api.stages[index];
  return { address: { source, region, apiId, stage: stage.stage.name, index }, api, stage };
}

export interface WizardStep {
  slug: string;
  title: string;
  short: string;
  why: string;
  /** `clear` when no check reported anything for this stage (e.g. no overrides exist). */
  status: StepStatus | "clear";
  notApplicable: string | null;
  /** Worst first; for a step that does not apply, only the stage's own explanations. */
  findings: Finding[];
  /** Fails and warns here that are not causes of this stage's verdicts: shown, but they do not colour the step. */
  notCauses: ReadonlyMap<Finding, "context" | "hygiene">;
}

/** The checklist for one stage: each step's findings (region-wide ones included) and its worst status. */
export function wizardSteps(diagnosis: Diagnosis, context: StageContext): WizardStep[] {
  const { region, apiId, stage } = context.address;
  const relevant = diagnosis.findings.filter(
    (f) =>
      (f.region === null || f.region === region) &&
      (f.api === null || (f.api.id === apiId && (f.stage === null || f.stage === stage))),
  );
  const causeIds = stageCauseIds(context.stage.stage);
  return steps.map((definition) =>
    toStep(
      definition,
      context,
      relevant.filter((f) => definition.owns(f.check)),
      causeIds,
    ),
  );
}

function toStep(
  definition: StepDefinition,
  context: StageContext,
  findings: Finding[],
  causeIds: ReadonlySet<string>,
): WizardStep {
  const notApplicable = definition.notApplicable(context.api.api.type);
  const shown = (notApplicable ? findings.filter((f) => f.api !== null) : findings).slice().sort(byStatus);
  const notCauses = new Map<Finding, "context" | "hygiene">();
  for (const finding of shown) {
    const relevance = relevanceToStage(finding, causeIds);
    if (relevance === "context" || relevance === "hygiene") notCauses.set(finding, relevance);
  }
  // A warning about something else (a domain elsewhere in the region, data tracing) is worth reading but must not
  // paint this stage's step as a problem: it counts as a note.
  const worst = worstStatus(shown.map((f) => (notCauses.has(f) ? "info" : f.status)));
  return {
    slug: definition.slug,
    title: definition.title,
    short: definition.short,
    why: definition.why,
    status: notApplicable ? "not-applicable" : (worst ?? "clear"),
    notApplicable,
    findings: shown,
    notCauses,
  };
}
