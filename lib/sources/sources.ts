import path from "node:path";
import type { Capture } from "../capture/schema";
import type { Analysis } from "../engine/analyze";
import { demoCapture } from "./demo-source";
import { diagnoseWithAllSymptoms, withSymptoms } from "./diagnose-source";
import { DEMO_SOURCE_ID, isSourceId } from "./id";
import { postgresUrl } from "../db/database-url";
import { log } from "../ops/log";
import { FileSourceStore } from "./file-source-store";
import { PostgresSourceStore } from "./postgres-source-store";
import type { SourceLimits, SourceStore, StoredKind } from "./source-store";

export const SOURCE_TTL_MS = 24 * 60 * 60 * 1000;
const MAX_STORED_BYTES = 1024 * 1024 * 1024;
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
const state = globalThis as typeof globalThis & {
  __logDoctorSources?: { store: SourceStore; diagnoses: Map<string, DiagnosedSource> };
};

function sources() {
  state.__logDoctorSources ??= {
    store: openSourceStore(),
    diagnoses: new Map(),
  };
  return state.__logDoctorSources;
}

/** PostgreSQL when `DATABASE_URL` names one (every replica sees every upload), else files under the data dir. */
function openSourceStore(env = process.env): SourceStore {
  const limits: SourceLimits = { ttlMs: SOURCE_TTL_MS, maxBytes: MAX_STORED_BYTES, maxMemoryEntries: 4 };
  const url = postgresUrl(env);
  if (url) return new PostgresSourceStore({ url, ...limits });
  const { maxBytes, ...rest } = limits;
  const store = new FileSourceStore({
    dir: path.resolve(env.LOG_DOCTOR_DATA_DIR ?? ".data", "sources"),
    maxDiskBytes: maxBytes,
    ...rest,
  });
  void removeLeftovers(store);
  return store;
}

/** Partial upload files a crash or a full disk left behind go when the process first opens the store, and it says so. */
async function removeLeftovers(store: FileSourceStore): Promise<void> {
  const { files, bytes } = await store.cleanLeftovers().catch(() => ({ files: 0, bytes: 0 }));
  if (files > 0)
    log(
      "warn",
      "sources",
      `removed ${files} unfinished upload file${files === 1 ? "" : "s"} (${(bytes / 1024 / 1024).toFixed(1)} MB) left by an earlier run`,
      { files, bytes },
    );
}

/**
 * Diagnoses a capture, then stores it under a new unguessable id, so its first page view is fast. Diagnosing first
 * means a capture the engine cannot diagnose is never written, and cannot fail again on every later visit.
 */
export async function storeCapture(
  capture: Capture,
  details: { kind: StoredKind; label: string },
): Promise<SourceInfo> {
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
    return cache({
      info: { id, kind: "demo", label: "Demo account", expiresAt: null },
      ...diagnoseWithAllSymptoms(demoCapture()),
    });
  }
  const stored = await store.get(id);
  if (!stored) return null;
  const { meta } = stored;
  return cache({
    info: { id, kind: meta.kind, label: meta.label, expiresAt: meta.expiresAt },
    ...diagnoseWithAllSymptoms(stored.capture),
  });
}

function cache(entry: DiagnosedSource): DiagnosedSource {
  const { diagnoses } = sources();
  diagnoses.delete(entry.info.id);
  diagnoses.set(entry.info.id, entry);
  while (diagnoses.size > MAX_CACHED_DIAGNOSES) diagnoses.delete(diagnoses.keys().next().value!);
  return entry;
}
