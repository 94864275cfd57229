import { SHUTDOWN_MESSAGE, stopAllScans } from "./live-scan";

/** Longer than storing what a scan collected takes, shorter than a container runtime's usual 30 s grace period. */
const SHUTDOWN_BUDGET_MS = 10_000;

const state = globalThis as typeof globalThis & { __logDoctorShutdownInstalled?: boolean };

/**
 * On SIGTERM or SIGINT the scans this process runs end as failed with "The server is shutting down", what they had
 * collected is stored as a source (as a cancel does) and their last snapshot is saved; then the process exits, after
 * at most SHUTDOWN_BUDGET_MS. A scan that still could not be saved reads as stopped once its heartbeat is stale.
 * scripts/start.mjs sets NEXT_MANUAL_SIG_HANDLE so that Next.js does not exit first.
 */
export function exitAfterScansOnSignal(): void {
  if (state.__logDoctorShutdownInstalled) return;
  state.__logDoctorShutdownInstalled = true;
  let stopping = false;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    // Kept installed after the first signal: Ctrl-C reaches both scripts/start.mjs and this process, which then gets
    // SIGINT twice, and a signal with no listener left would kill it before the scans are saved.
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      void stopAllScans(SHUTDOWN_MESSAGE, SHUTDOWN_BUDGET_MS).finally(() =>
        process.exit(signal === "SIGINT" ? 130 : 143),
      );
    });
  }
}
