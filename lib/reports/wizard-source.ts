import type { Capture } from "../capture/schema";
import type { Analysis } from "../engine/analyze";
import { loadCapture, loadDiagnosis } from "../sources/sources";

export interface WizardReportSource {
  analysis: Analysis;
  capture: Capture | null;
}

/**
 * What the wizard's Share saves: the source's diagnosis with the user's symptoms and its change timeline, exactly as
 * the wizard shows them, and the capture when the user asked to include it. null when the source is unknown or
 * has expired.
 */
export async function wizardReportSource(id: string, symptoms: readonly string[], includeCapture: boolean): Promise<WizardReportSource | null> {
  const loaded = await loadDiagnosis(id, symptoms);
  if (!loaded) return null;
  return { analysis: { diagnosis: loaded.diagnosis, timelines: loaded.timelines, logs: loaded.logs }, capture: includeCapture ? await loadCapture(id) : null };
}

