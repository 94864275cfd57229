import type { Capture } from "../capture/schema";
import { runChecks } from "./run-checks";
import { changeTimeline } from "../cloudtrail/timeline";
import type { RegionTimeline } from "../cloudtrail/types";
import type { Diagnosis } from "../diagnosis/types";
import { readModel } from "../model/read-model";
import { modelLogFacts, type StageLogFacts } from "../diagnosis/stage-log-places";

export interface AnalyzeOptions {
  /** Symptoms the user reported: suffixes of `symptom.*` ids (`413`, `internal-5xx`, …). */
  symptoms?: readonly string[];
}

/** Everything a surface shows about a capture. */
export interface Analysis {
  /** The CLI contract (`--format json`, docs/spec/checks.md): findings and verdicts. */
  diagnosis: Diagnosis;
  /** Each region's CloudTrail change history (account setting, stages, role), for the History step and reports. */
  timelines: RegionTimeline[];
  /** Where each readable stage's logs are and their newest events (optional: analyses made before it lack it). */
  logs?: StageLogFacts[];
}

/**
 * The one way from a Capture to what surfaces show (CLI, wizard, reports, runbook, bench): the model is read once,
 * the checks and the timelines read the same typed trail changes from it. Deterministic for a given capture.
 */
export function analyze(capture: Capture, options: AnalyzeOptions = {}): Analysis {
  const model = readModel(capture);
  return { diagnosis: runChecks(model, options), timelines: changeTimeline(model), logs: modelLogFacts(model) };
}
