import type { Capture } from "../capture/schema";
import type { Analysis } from "../engine/analyze";
import { loadCapture, loadDiagnosis } from "../sources/sources";
import { focusAnalysis, type StageFocus } from "./focus-stage";

export interface WizardReportSource {
  analysis: Analysis;
  capture: Capture | null;
  focus?: StageFocus;
}

/**
 * What the wizard's Share saves: the source's diagnosis with the user's symptoms and its change timeline, exactly as
 * the wizard shows them, and the capture when the user asked to include it. null when the source is unknown or
 * has expired, or when `focus` names a stage the diagnosis does not have. With `focus`, only that stage (the stage
 * page's "Share this stage").
 */
export async function wizardReportSource(
  id: string,
  symptoms: readonly string[],
  includeCapture: boolean,
  focus?: StageFocus,
): Promise<WizardReportSource | null> {
  const loaded = await loadDiagnosis(id, symptoms);
  if (!loaded) return null;
  const whole = { diagnosis: loaded.diagnosis, timelines: loaded.timelines, logs: loaded.logs };
  const analysis = focus ? focusAnalysis(whole, focus) : whole;
  if (!analysis) return null;
  return { analysis, capture: includeCapture ? await loadCapture(id) : null, ...(focus ? { focus } : {}) };
}
