import type { RegionTimeline, StageTimeline } from "../cloudtrail";
import type { Diagnosis } from "../diagnosis/types";
import { findStageLogs, type StageLogFacts } from "../diagnosis/stage-log-places";
import { findStage, wizardSteps, type StageContext, type WizardStep } from "./stage-wizard";
import { decodeSegment } from "./routes";
import { parseSymptoms } from "./symptoms";
import { loadDiagnosis, type SourceInfo } from "../sources/sources";

export interface StageParams {
  source: string;
  region: string;
  apiId: string;
  stage: string;
}

export interface LoadedStage {
  info: SourceInfo;
  diagnosis: Diagnosis;
  context: StageContext;
  steps: WizardStep[];
  symptoms: string[];
  /** The region's CloudTrail history and this stage's part of it. */
  history: { region: RegionTimeline; stage: StageTimeline | null } | null;
  /** Where the stage's logs are and their newest events; null when the analysis did not keep them. */
  logs: StageLogFacts | null;
}

/** Everything a stage page renders, or null (→ 404) when the source, region, API or stage does not exist. */
export async function loadStage(
  params: StageParams,
  search: Record<string, string | string[] | undefined>,
): Promise<LoadedStage | null> {
  const symptoms = parseSymptoms(search.symptom);
  const [source, regionName, apiId, stageSegment] = [params.source, params.region, params.apiId, params.stage].map(
    decodeSegment,
  );
  if (source === null || regionName === null || apiId === null || stageSegment === null) return null;
  const loaded = await loadDiagnosis(source, symptoms);
  if (!loaded) return null;
  const context = findStage(source, loaded.diagnosis, regionName, apiId, stageSegment);
  if (!context) return null;
  const region = loaded.timelines.find((t) => t.region === regionName);
  const stage =
    region?.stages.find((s) => s.api.id === context.address.apiId && s.stage === context.address.stage) ?? null;
  return {
    info: loaded.info,
    diagnosis: loaded.diagnosis,
    context,
    steps: wizardSteps(loaded.diagnosis, context),
    symptoms,
    history: region ? { region, stage } : null,
    logs: findStageLogs(loaded.logs, regionName, context.address.apiId, context.address.stage),
  };
}
