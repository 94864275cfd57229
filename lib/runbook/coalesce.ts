import { busyMessage, takeLiveScanSlot } from "../sources/live-scan-slots";
import { runbookPath, type RunbookTarget } from "./target";
import { runRunbook, type RunbookDeps, type RunbookOutcome } from "./run-runbook";

type Env = Record<string, string | undefined>;

const DEFAULT_CACHE_SECONDS = 60;
const MAX_CACHED = 64;

interface Finished {
  outcome: RunbookOutcome;
  at: number;
}

// Per server process: the scans running now, and the answers of the last minute, by target.
const state = globalThis as typeof globalThis & {
  __logDoctorRunbookScans?: Map<string, Promise<RunbookOutcome>>;
  __logDoctorRunbookAnswers?: Map<string, Finished>;
};

/** `LOG_DOCTOR_RUNBOOK_CACHE_SECONDS` (0 = scan on every load), default 60. */
export function runbookCacheSeconds(env: Env = process.env): number {
  const value = Number(env.LOG_DOCTOR_RUNBOOK_CACHE_SECONDS);
  return env.LOG_DOCTOR_RUNBOOK_CACHE_SECONDS !== undefined && Number.isFinite(value) && value >= 0
    ? value
    : DEFAULT_CACHE_SECONDS;
}

/**
 * `runRunbook`, shared: a runbook link pasted into an incident channel is opened by many people at once, and each
 * scan is ~25 calls against API Gateway's low control-plane quotas. Everyone who opens the same link while its scan
 * runs shares that scan, and for a short while after it (the page says when it scanned) gets the same answer. A new
 * scan needs one of the server's live-scan places; when none is free the answer is "busy", not another scan.
 */
export function runRunbookShared(
  target: RunbookTarget,
  deps: RunbookDeps & { now?: () => number } = {},
): Promise<RunbookOutcome> {
  const env = deps.env ?? process.env;
  const now = deps.now ?? Date.now;
  const running = (state.__logDoctorRunbookScans ??= new Map());
  const answers = (state.__logDoctorRunbookAnswers ??= new Map());
  const key = runbookPath(target);
  const ttlMs = runbookCacheSeconds(env) * 1000;

  const recent = answers.get(key);
  if (recent && recent.at + ttlMs > now()) return Promise.resolve(recent.outcome);
  answers.delete(key);
  const inFlight = running.get(key);
  if (inFlight) return inFlight;

  const release = takeLiveScanSlot(env);
  if (!release) return Promise.resolve({ kind: "busy", target, message: busyMessage(env) });
  const scan = runRunbook(target, deps)
    .then((outcome) => {
      // Missing credentials are fixed by the operator and retried at once: never served from the cache.
      if (ttlMs > 0 && outcome.kind !== "no-credentials") remember(answers, key, { outcome, at: now() });
      return outcome;
    })
    .finally(() => {
      running.delete(key);
      release();
    });
  running.set(key, scan);
  return scan;
}

function remember(answers: Map<string, Finished>, key: string, finished: Finished): void {
  answers.set(key, finished);
  while (answers.size > MAX_CACHED) answers.delete(answers.keys().next().value!);
}

/** Forgets the cached answers (tests). */
export function forgetRunbookAnswers(): void {
  state.__logDoctorRunbookAnswers?.clear();
}
