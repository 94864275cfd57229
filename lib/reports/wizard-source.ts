import type { Capture } from "../capture/schema";
import type { RegionTimeline } from "../cloudtrail/types";
import type { Diagnosis } from "../diagnosis/types";
import { loadCapture, loadDiagnosis } from "../sources/sources";

export interface WizardReportSource {
  diagnosis: Diagnosis;
  timeline: RegionTimeline[];
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
  return { diagnosis: loaded.diagnosis, timeline: loaded.timelines, capture: includeCapture ? await loadCapture(id) : null };
}

