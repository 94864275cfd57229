import type { Capture } from "../capture/schema";
import { symptomNames } from "../checks/registry";
import type { Diagnosis } from "../diagnosis/types";
import { analyze, type Analysis } from "../engine/analyze";

/**
 * Diagnoses once with every symptom named, so changing the "What are you missing?" answers never re-runs the engine
 * (seconds on a large account): symptom findings are global `info` explanations that no verdict reads, so dropping
 * the unselected ones gives exactly `diagnose(capture, { symptoms })` (diagnose-source.test.ts checks this).
 */
export function diagnoseWithAllSymptoms(capture: Capture): Analysis {
  return analyze(capture, { symptoms: symptomNames });
}

export function withSymptoms(full: Diagnosis, symptoms: readonly string[]): Diagnosis {
  const selected = new Set(symptoms.map((name) => `symptom.${name}`));
  return { ...full, findings: full.findings.filter((f) => !f.check.startsWith("symptom.") || selected.has(f.check)) };
}
