import type { Capture } from "../capture/schema";
import { diagnoseModel } from "../checks/engine";
import { symptomNames } from "../checks/registry";
import { changeTimeline, type RegionTimeline } from "../cloudtrail";
import type { Diagnosis } from "../diagnosis/types";
import { readModel } from "../model/read-model";

export interface FullDiagnosis {
  diagnosis: Diagnosis;
  /** The CloudTrail change history of each region, for the wizard's History step. */
  timelines: RegionTimeline[];
}

/**
 * Diagnoses once with every symptom named, so changing the "What are you missing?" answers never re-runs the engine
 * (seconds on a large account): symptom findings are global `info` explanations that no verdict reads, so dropping
 * the unselected ones gives exactly `diagnose(capture, { symptoms })` (diagnose-source.test.ts checks this).
 */
export function diagnoseWithAllSymptoms(capture: Capture): FullDiagnosis {
  const model = readModel(capture);
  return { diagnosis: diagnoseModel(model, { symptoms: symptomNames }), timelines: changeTimeline(model) };
}

export function withSymptoms(full: Diagnosis, symptoms: readonly string[]): Diagnosis {
  const selected = new Set(symptoms.map((name) => `symptom.${name}`));
  return { ...full, findings: full.findings.filter((f) => !f.check.startsWith("symptom.") || selected.has(f.check)) };
}
