import type { Capture } from "../capture/schema";
import type { Finding, Status } from "../diagnosis/types";
import { analyze } from "../engine/analyze";
import { causeLabel, checkTitle } from "../checks/registry";
import { displayName } from "../ui/display-text";
import type { Collector } from "./region-collector";
import { newSourceId } from "./id";
import { mergeCaptures } from "./merge-captures";
import { storeCapture } from "./sources";

export type ScanStatus = "running" | "done" | "failed" | "cancelled";

export interface ScanRegion {
  region: string;
  state: "waiting" | "scanning" | "done" | "failed" | "stopped";
  planned: number;
  done: number;
  errors: number;
}

/** A problem found so far: shown while the other regions are still being scanned. */
export interface ScanFinding {
  key: string;
  region: string;
  status: Status;
  label: string;
  where: string;
}

export interface ScanSnapshot {
  id: string;
  status: ScanStatus;
  profile: string | null;
  regions: ScanRegion[];
  findings: ScanFinding[];
  /** All problems found so far (`findings` shows the first ones). */
  problemCount: number;
  startedAt: number;
  error: string | null;
  /** The diagnosis of what was collected, once it is stored. */
  href: string | null;
}

export interface ScanRequest {
  profile?: string;
  regions: string[];
}

const REGION_CONCURRENCY = 2;
const MAX_SHOWN_FINDINGS = 60;
const KEEP_FINISHED_MS = 60 * 60 * 1000;
const MAX_SCAN_MS = 20 * 60 * 1000;
const problem = new Set<Status>(["fail", "warn", "unknown"]);

/**
 * One live scan: regions are collected a few at a time, and each finished region is diagnosed at once (with the
 * regions before it), so findings appear while the rest is still running. Cancelling aborts the collector; what
 * finished by then is still stored and can be opened.
 */
export class ScanJob {
  readonly id = newSourceId();
  private readonly controller = new AbortController();
  private readonly listeners = new Set<(snapshot: ScanSnapshot) => void>();
  private readonly captures: Capture[] = [];
  private state: ScanSnapshot;
  private pending: ReturnType<typeof setTimeout> | null = null;
  finishedAt: number | null = null;

  constructor(private readonly request: ScanRequest, private readonly collector: Extract<Collector, { available: true }>) {
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

  cancel(): void {
    if (this.state.status === "running") this.controller.abort(new DOMException("The scan was cancelled.", "AbortError"));
  }

  async run(): Promise<void> {
    const timeout = setTimeout(() => this.controller.abort(new DOMException("The scan took too long.", "TimeoutError")), MAX_SCAN_MS);
    const queue = [...this.state.regions];
    const worker = async () => {
      for (let next = queue.shift(); next && !this.controller.signal.aborted; next = queue.shift()) await this.scanRegion(next);
    };
    try {
      await Promise.all(Array.from({ length: REGION_CONCURRENCY }, worker));
      await this.finish();
    } catch (error) {
      this.state.status = "failed";
      this.state.error = `The scan stopped: ${(error as Error).message}`;
    } finally {
      clearTimeout(timeout);
      this.finishedAt = Date.now();
      this.flush();
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
      const info = await storeCapture(mergeCaptures([...this.captures].sort((a, b) => order(a) - order(b))), { kind: "scan", label });
      this.state.href = `/diagnose/${info.id}`;
    }
    if (aborted) {
      this.state.status = reason?.name === "TimeoutError" ? "failed" : "cancelled";
      if (reason?.name === "TimeoutError") this.state.error = reason.message;
    } else if (this.captures.length === 0) {
      this.state.status = "failed";
      this.state.error ??= "No region could be scanned.";
    } else {
      this.state.status = "done";
    }
  }

  // Progress events arrive per AWS call; listeners get at most ten snapshots a second.
  private changed(): void {
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
  const where = finding.api ? `${displayName(finding.api.name, 60)}${finding.stage ? ` / ${displayName(finding.stage, 40)}` : ""}` : "whole region";
  const label = finding.status === "unknown" ? checkTitle(finding.check) : causeLabel(finding.check);
  return { key: `${index}-${finding.check}`, region: finding.region ?? "", status: finding.status, label, where };
}

const state = globalThis as typeof globalThis & { __logDoctorScans?: Map<string, ScanJob> };
const scans = (state.__logDoctorScans ??= new Map());

/** `release` gives back the scan's place among the server's live scans (see live-scan-slots) when it ends. */
export function startScan(request: ScanRequest, collector: Extract<Collector, { available: true }>, release: () => void = () => {}): ScanJob {
  for (const [id, job] of scans) if (job.finishedAt !== null && job.finishedAt + KEEP_FINISHED_MS < Date.now()) scans.delete(id);
  const job = new ScanJob(request, collector);
  scans.set(job.id, job);
  void job.run().finally(release);
  return job;
}

export function getScan(id: string): ScanJob | undefined {
  return scans.get(id);
}

export function runningScans(): number {
  return [...scans.values()].filter((job) => job.finishedAt === null).length;
}

/**
 * The profile a stored scan was made with, while this server still holds its job (an hour after it finished):
 * `string` (a profile), `null` (the default credentials), or `undefined` when the server no longer knows.
 */
export function profileOfStoredScan(sourceId: string): string | null | undefined {
  for (const job of scans.values()) {
    const snapshot = job.snapshot();
    if (snapshot.href === `/diagnose/${sourceId}`) return snapshot.profile;
  }
  return undefined;
}
