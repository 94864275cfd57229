import { runbookPath, type RunbookTarget } from "../runbook-target";
import { runRunbook, type RunbookDeps, type RunbookOutcome } from "./run-runbook";

// Per server process: the scans running now, by target.
const state = globalThis as typeof globalThis & { __logDoctorRunbookScans?: Map<string, Promise<RunbookOutcome>> };

/**
 * `runRunbook`, but everyone who opens the same link while its scan runs shares that scan: a runbook link pasted
 * into an incident channel is opened by many people at once, and each scan is ~25 calls against API Gateway's low
 * control-plane quotas. A load after the scan finished scans again (the page promises a live answer).
 */
export function runRunbookShared(target: RunbookTarget, deps?: RunbookDeps): Promise<RunbookOutcome> {
  const running = (state.__logDoctorRunbookScans ??= new Map());
  const key = runbookPath(target);
  let scan = running.get(key);
  if (!scan) {
    scan = runRunbook(target, deps).finally(() => running.delete(key));
    running.set(key, scan);
  }
  return scan;
}
