import path from "node:path";
import type { Capture } from "../capture/schema";
import type { RegionTimeline } from "../cloudtrail/types";
import type { Diagnosis } from "../diagnosis/types";
import { demoCapture } from "../sources/demo-source";
import { DEMO_SOURCE_ID } from "../sources/id";
import { SourceStore } from "../sources/source-store";
import { loadDiagnosis, SOURCE_TTL_MS } from "../sources/sources";

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
  return { diagnosis: loaded.diagnosis, timeline: loaded.timelines, capture: includeCapture ? await captureOf(id) : null };
}

async function captureOf(id: string): Promise<Capture | null> {
  if (id === DEMO_SOURCE_ID) return demoCapture();
  // lib/sources keeps its store private; this reads the same files (the directory is lib/sources' convention) with
  // its own reader. A `loadCapture(id)` exported from lib/sources/sources.ts would replace this.
  const store = new SourceStore({
    dir: path.resolve(process.env.LOG_DOCTOR_DATA_DIR ?? ".data", "sources"),
    ttlMs: SOURCE_TTL_MS,
    maxDiskBytes: Number.POSITIVE_INFINITY,
    maxMemoryEntries: 1,
  });
  return (await store.get(id))?.capture ?? null;
}
