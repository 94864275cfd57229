import path from "node:path";
import type { Capture } from "../capture/schema";
import type { Analysis } from "../engine/analyze";
import { demoCapture } from "./demo-source";
import { diagnoseWithAllSymptoms, withSymptoms } from "./diagnose-source";
import { DEMO_SOURCE_ID, isSourceId } from "./id";
import { SourceStore, type StoredKind } from "./source-store";

export const SOURCE_TTL_MS = 24 * 60 * 60 * 1000;
const MAX_DISK_BYTES = 1024 * 1024 * 1024;
const MAX_CACHED_DIAGNOSES = 8;

export interface SourceInfo {
  id: string;
  kind: "demo" | StoredKind;
  label: string;
  /** When an upload or scan stops being readable; null for the demo. */
  expiresAt: number | null;
}

export interface DiagnosedSource extends Analysis {
  info: SourceInfo;
}

// One store and cache per server process, kept on globalThis so development reloads do not lose uploads.
const state = globalThis as typeof globalThis & { __logDoctorSources?: { store: SourceStore; diagnoses: Map<string, DiagnosedSource> } };

function sources() {
  state.__logDoctorSources ??= {
    store: new SourceStore({
      dir: path.resolve(process.env.LOG_DOCTOR_DATA_DIR ?? ".data", "sources"),
      ttlMs: SOURCE_TTL_MS,
      maxDiskBytes: MAX_DISK_BYTES,
      maxMemoryEntries: 4,
    }),
    diagnoses: new Map(),
  };
  return state.__logDoctorSources;
}

/**
 * Diagnoses a capture, then stores it under a new unguessable id, so its first page view is fast. Diagnosing first
 * means a capture the engine cannot diagnose is never written, and cannot fail again on every later visit.
 */
export async function storeCapture(capture: Capture, details: { kind: StoredKind; label: string }): Promise<SourceInfo> {
  const diagnosed = diagnoseWithAllSymptoms(capture);
  const meta = await sources().store.put(capture, details);
  const info: SourceInfo = { id: meta.id, kind: meta.kind, label: meta.label, expiresAt: meta.expiresAt };
  cache({ info, ...diagnosed });
  return info;
}

/** Whether a source id names something that can be shown, without diagnosing it (to answer 404 before streaming). */
export async function sourceExists(id: string): Promise<boolean> {
  if (id === DEMO_SOURCE_ID || sources().diagnoses.has(id)) return true;
  return sources().store.has(id);
}

/** The diagnosis of a source with the user's symptoms, or null when the id is unknown, malformed or expired. */
export async function loadDiagnosis(id: string, symptoms: readonly string[] = []): Promise<DiagnosedSource | null> {
  if (!isSourceId(id)) return null;
  const full = await loadFull(id);
  return full && { ...full, diagnosis: withSymptoms(full.diagnosis, symptoms) };
}

/** The capture behind a source (to include in a shared report), or null when the id is unknown or expired. */
export async function loadCapture(id: string): Promise<Capture | null> {
  if (!isSourceId(id)) return null;
  if (id === DEMO_SOURCE_ID) return demoCapture();
  return (await sources().store.get(id))?.capture ?? null;
}

async function loadFull(id: string): Promise<DiagnosedSource | null> {
  const { diagnoses, store } = sources();
  const cached = diagnoses.get(id);
  if (cached && (cached.info.expiresAt === null || cached.info.expiresAt > Date.now())) return cache(cached);
  diagnoses.delete(id);
  if (id === DEMO_SOURCE_ID) {
    return cache({ info: { id, kind: "demo", label: "Demo account", expiresAt: null }, ...diagnoseWithAllSymptoms(demoCapture()) });
  }
  const stored = await store.get(id);
  if (!stored) return null;
  const { meta } = stored;
  return cache({ info: { id, kind: meta.kind, label: meta.label, expiresAt: meta.expiresAt }, ...diagnoseWithAllSymptoms(stored.capture) });
}

function cache(entry: DiagnosedSource): DiagnosedSource {
  const { diagnoses } = sources();
  diagnoses.delete(entry.info.id);
  diagnoses.set(entry.info.id, entry);
  while (diagnoses.size > MAX_CACHED_DIAGNOSES) diagnoses.delete(diagnoses.keys().next().value!);
  return entry;
}
