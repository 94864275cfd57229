import type { Capture } from "../capture/schema";
import type { Finding, Status } from "../diagnosis/types";
import { analyze } from "../engine/analyze";
import { causeLabel, checkTitle } from "../checks/registry";
import { displayName } from "../text/display-text";
import type { Collector } from "./region-collector";
import { isStoredSourceId, newSourceId } from "./id";
import { mergeCaptures } from "./merge-captures";
import type { ScanFinding, ScanRegion, ScanSnapshot } from "./scan-snapshot";
import type { ScanJobStore } from "./scan-store";
import { defaultScanStore, instanceId } from "./scan-stores";
import { storeCapture } from "./sources";

export type { ScanFinding, ScanRegion, ScanSnapshot, ScanStatus } from "./scan-snapshot";

export interface ScanRequest {
  profile?: string;
  regions: string[];
}

const REGION_CONCURRENCY = 2;
const MAX_SHOWN_FINDINGS = 60;
const MAX_SCAN_MS = 20 * 60 * 1000;
/** How often the running process saves a changed snapshot (or its heartbeat) and looks for a cancel request. */
const WRITE_INTERVAL_MS = 1000;
export const SHUTDOWN_MESSAGE = "The server is shutting down.";
const problem = new Set<Status>(["fail", "warn", "unknown"]);

/** Where a job saves its progress for the other replicas: its row in the scan store, written by this process only. */
interface Persistence {
  store: ScanJobStore;
  instance: string;
}

/**
 * One live scan: regions are collected a few at a time, and each finished region is diagnosed at once (with the
 * regions before it), so findings appear while the rest is still running. Cancelling aborts the collector; what
 * finished by then is still stored and can be opened. With a store, the snapshot is saved about once a second and
 * when the scan ends, so any replica (or this one after a restart) can show it, and a cancel asked for elsewhere is
 * seen on the next save.
 */
export class ScanJob {
  readonly id = newSourceId();
  private readonly controller = new AbortController();
  private readonly listeners = new Set<(snapshot: ScanSnapshot) => void>();
  private readonly captures: Capture[] = [];
  private state: ScanSnapshot;
  private pending: ReturnType<typeof setTimeout> | null = null;
  private dirty = false;
  private saving: Promise<void> | null = null;
  finishedAt: number | null = null;
  /** Settles once the scan ended and its last snapshot was saved. */
  done: Promise<void> = Promise.resolve();

  constructor(
    private readonly request: ScanRequest,
    private readonly collector: Extract<Collector, { available: true }>,
    private readonly persistence: Persistence | null = null,
  ) {
    this.state = {
      id: this.id,
      status: "running",
      profile: request.profile ?? null,
      regions: request.regions.map((region) => ({ region, state: "waiting", planned: 0, done: 0, errors: 0 })),
      findings: [],
      problemCount: 0,
      startedAt: Date.now(),
      error: null,
      href: null,
    };
  }

  snapshot(): ScanSnapshot {
    return structuredClone(this.state);
  }

  subscribe(listener: (snapshot: ScanSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A user's cancel ("cancelled"), or with another reason the scan ends "failed" with that message. */
  cancel(message = "The scan was cancelled.", name = "AbortError"): void {
    if (this.state.status === "running" && !this.controller.signal.aborted)
      this.controller.abort(new DOMException(message, name));
  }

  async run(): Promise<void> {
    const timeout = setTimeout(
      () => this.controller.abort(new DOMException("The scan took too long.", "TimeoutError")),
      MAX_SCAN_MS,
    );
    const ticker = this.persistence ? setInterval(() => this.tick(), WRITE_INTERVAL_MS) : null;
    const queue = [...this.state.regions];
    const worker = async () => {
      for (let next = queue.shift(); next && !this.controller.signal.aborted; next = queue.shift())
        await this.scanRegion(next);
    };
    try {
      await Promise.all(Array.from({ length: REGION_CONCURRENCY }, worker));
      await this.finish();
    } catch (error) {
      this.state.status = "failed";
      this.state.error = `The scan stopped: ${(error as Error).message}`;
    } finally {
      clearTimeout(timeout);
      if (ticker) clearInterval(ticker);
      this.finishedAt = Date.now();
      this.flush();
      await this.saving;
      // The ending is the one write that matters most: a brief database hiccup gets two more tries, a second apart.
      for (let attempt = 0; attempt < 3 && !(await this.save()); attempt++)
        await new Promise((r) => setTimeout(r, WRITE_INTERVAL_MS));
    }
  }

  /** One save at a time: a beat is skipped while the previous save is still on its way. */
  private tick(): void {
    this.saving ??= this.save().then(() => {
      this.saving = null;
    });
  }

  /** Saves a changed snapshot, or the heartbeat alone, and acts on a cancel asked for elsewhere; false when it failed. */
  private async save(): Promise<boolean> {
    if (!this.persistence) return true;
    const snapshot = this.dirty || this.state.status !== "running" ? this.snapshot() : null;
    this.dirty = false;
    try {
      const { cancelRequested } = await this.persistence.store.write(this.id, this.persistence.instance, snapshot);
      if (cancelRequested) this.cancel();
      return true;
    } catch (error) {
      if (snapshot) this.dirty = true;
      // The scan's id is its link, so it stays out of the log.
      console.error(`log-doctor: could not save a live scan's progress: ${(error as Error).message}`);
      return false;
    }
  }

  private async scanRegion(entry: ScanRegion): Promise<void> {
    entry.state = "scanning";
    this.changed();
    try {
      const capture = await this.collector.collectRegion({
        profile: this.request.profile,
        region: entry.region,
        signal: this.controller.signal,
        onProgress: (event) => {
          if (event.type === "planned") entry.planned += 1;
          else {
            entry.done += 1;
            if (event.outcome === "error") entry.errors += 1;
          }
          this.changed();
        },
      });
      this.captures.push(capture);
      entry.state = "done";
      this.showFindings();
    } catch (error) {
      entry.state = this.controller.signal.aborted ? "stopped" : "failed";
      if (!this.controller.signal.aborted) this.state.error = `${entry.region}: ${(error as Error).message}`;
    }
    this.changed();
  }

  /** Diagnoses everything collected so far and lists the problems of the finished regions. */
  private showFindings(): void {
    const { diagnosis } = analyze(mergeCaptures(this.captures));
    const problems = diagnosis.findings.filter((f) => f.region !== null && problem.has(f.status));
    this.state.problemCount = problems.length;
    this.state.findings = problems.slice(0, MAX_SHOWN_FINDINGS).map(toScanFinding);
  }

  private async finish(): Promise<void> {
    const aborted = this.controller.signal.aborted;
    const reason = this.controller.signal.reason as DOMException | undefined;
    if (this.captures.length > 0) {
      const scanned = new Set(this.captures.flatMap((c) => c.regions));
      const regions = this.request.regions.filter((region) => scanned.has(region));
      const label = `${this.request.profile ? `Profile ${this.request.profile}` : "Default credentials"} · ${regions.join(", ")}${aborted ? " (partial)" : ""}`;
      // Regions in the order the user listed them, whichever finished first.
      const order = (c: Capture) => this.request.regions.indexOf(c.regions[0]);
      const info = await storeCapture(mergeCaptures([...this.captures].sort((a, b) => order(a) - order(b))), {
        kind: "scan",
        label,
      });
      this.state.href = `/diagnose/${info.id}`;
    }
    if (aborted) {
      // A user's cancel is "cancelled"; a time limit or the server shutting down is a failure, with its reason.
      this.state.status = reason?.name === "AbortError" ? "cancelled" : "failed";
      if (reason?.name !== "AbortError") this.state.error = reason?.message ?? "The scan stopped.";
      for (const region of this.state.regions)
        if (region.state === "waiting" || region.state === "scanning") region.state = "stopped";
    } else if (this.captures.length === 0) {
      this.state.status = "failed";
      this.state.error ??= "No region could be scanned.";
    } else {
      this.state.status = "done";
    }
  }

  // Progress events arrive per AWS call; listeners get at most ten snapshots a second.
  private changed(): void {
    this.dirty = true;
    this.pending ??= setTimeout(() => this.flush(), 100);
  }

  private flush(): void {
    if (this.pending) clearTimeout(this.pending);
    this.pending = null;
    const snapshot = this.snapshot();
    for (const listener of this.listeners) listener(snapshot);
  }
}

function toScanFinding(finding: Finding, index: number): ScanFinding {
  const where = finding.api
    ? `${displayName(finding.api.name, 60)}${finding.stage ? ` / ${displayName(finding.stage, 40)}` : ""}`
    : "whole region";
  const label = finding.status === "unknown" ? checkTitle(finding.check) : causeLabel(finding.check);
  return { key: `${index}-${finding.check}`, region: finding.region ?? "", status: finding.status, label, where };
}

// The scans this process runs, on globalThis so development reloads share them; finished ones live in the store only.
const state = globalThis as typeof globalThis & {
  __logDoctorScans?: Map<string, ScanJob>;
  __logDoctorScansStopping?: boolean;
};
const scans = (state.__logDoctorScans ??= new Map());

export interface StartOptions {
  /** The signed-in user's display name; null counts all anonymous use as one user. */
  owner?: string | null;
  /** Running scans one owner may have at once, over every replica. */
  limit?: number;
  /** Gives back the scan's place among the server's live scans (see live-scan-slots) when it ends. */
  release?: () => void;
  store?: ScanJobStore;
}

export type StartOutcome = { ok: true; job: ScanJob } | { ok: false; reason: "owner-limit" | "shutting-down" };

/** Starts a scan in this process and records it in the store, unless its owner already runs `limit` scans. */
export async function startScan(
  request: ScanRequest,
  collector: Extract<Collector, { available: true }>,
  options: StartOptions = {},
): Promise<StartOutcome> {
  if (state.__logDoctorScansStopping) return { ok: false, reason: "shutting-down" };
  const store = options.store ?? defaultScanStore();
  const instance = instanceId();
  const job = new ScanJob(request, collector, { store, instance });
  if (
    !(await store.create(
      { snapshot: job.snapshot(), owner: options.owner ?? null, instance },
      options.limit ?? Infinity,
    ))
  ) {
    return { ok: false, reason: "owner-limit" };
  }
  void store.sweep().catch(() => 0);
  scans.set(job.id, job);
  job.done = job.run().finally(() => {
    scans.delete(job.id);
    options.release?.();
  });
  return { ok: true, job };
}

/** A scan this process runs. */
export function getScan(id: string): ScanJob | undefined {
  return scans.get(id);
}

/** A scan's latest snapshot, from this process when it runs it, else from the store (whichever replica runs it). */
export async function readScan(id: string, store: ScanJobStore = defaultScanStore()): Promise<ScanSnapshot | null> {
  if (!isStoredSourceId(id)) return null;
  return scans.get(id)?.snapshot() ?? (await store.get(id))?.snapshot ?? null;
}

/** Stops a scan here, or asks the replica that runs it to (it looks on its next save); null when there is no such scan. */
export async function cancelScan(id: string, store: ScanJobStore = defaultScanStore()): Promise<ScanSnapshot | null> {
  if (!isStoredSourceId(id)) return null;
  const local = scans.get(id);
  if (local) {
    local.cancel();
    return local.snapshot();
  }
  const record = await store.get(id);
  if (!record) return null;
  await store.requestCancel(id);
  return record.snapshot;
}

/**
 * Ends every scan this process runs with `message` and waits (at most `timeoutMs`) until each stored what it had and
 * saved its last snapshot. New scans are refused from then on.
 */
export async function stopAllScans(message: string = SHUTDOWN_MESSAGE, timeoutMs = 10_000): Promise<void> {
  state.__logDoctorScansStopping = true;
  const jobs = [...scans.values()];
  for (const job of jobs) job.cancel(message, "ShutdownError");
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)));
  await Promise.race([Promise.allSettled(jobs.map((job) => job.done)), deadline]);
  clearTimeout(timer);
}

/**
 * The profile a stored scan was made with, while the scan store still holds it (as long as the source itself):
 * `string` (a profile), `null` (the default credentials), or `undefined` when the server no longer knows.
 */
export async function profileOfStoredScan(
  sourceId: string,
  store: ScanJobStore = defaultScanStore(),
): Promise<string | null | undefined> {
  for (const job of scans.values()) {
    const snapshot = job.snapshot();
    if (snapshot.href === `/diagnose/${sourceId}`) return snapshot.profile;
  }
  const record = await store.bySource(sourceId);
  return record ? record.snapshot.profile : undefined;
}
