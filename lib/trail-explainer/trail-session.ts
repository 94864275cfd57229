import { explainRecord } from "../cloudtrail/explain";
import type { ReadProblem, TrailFormat } from "../cloudtrail/types";
import { haystackOf, type TrailRow } from "./filter-events";
import { readTrailBlob, type ReadBlobOptions } from "./read-blob";

export interface TrailInput {
  name: string;
  blob: Blob;
  origin: "file" | "paste";
}

export interface TrailFileView {
  id: number;
  name: string;
  origin: TrailInput["origin"];
  status: "queued" | "reading" | "done";
  bytes: number;
  bytesRead: number;
  compressed: boolean;
  format: TrailFormat;
  records: number;
  changes: number;
  /** The first MAX_PROBLEMS problems in input order; problemCount counts them all. */
  problems: ReadProblem[];
  problemCount: number;
  /** Problems of severity "error": parts of the input that were skipped. */
  errorCount: number;
  sources: string[];
  /** Events read but not kept for the list because the page holds MAX_ROWS already (logging changes are always kept). */
  notKept: number;
  /** Set when nothing could be read as CloudTrail (no record, and an error): the reader's first error. */
  unreadable: string | null;
}

export interface TrailSnapshot {
  files: TrailFileView[];
  rows: readonly TrailRow[];
}

export const MAX_PROBLEMS = 20;
/** An explained event takes about 1.5 KB of memory: 200,000 of them are ~300 MB, about what a tab can spare. */
export const MAX_ROWS = 200_000;

type Options = Pick<ReadBlobOptions, "sliceMs" | "yieldToPage"> & { publishMs?: number; maxRows?: number };

/**
 * The files read on the page and the events explained from them, as an external store for useSyncExternalStore.
 * Files are read one after another; while one is read, the snapshot is republished at most every `publishMs`, so
 * a file of 80,000 events re-renders the page a few times a second, not 80,000 times.
 */
export class TrailSession {
  private snapshot: TrailSnapshot = { files: [], rows: [] };
  private readonly listeners = new Set<() => void>();
  private readonly controllers = new Map<number, AbortController>();
  private queue: Promise<void> = Promise.resolve();
  private nextId = 1;

  constructor(private readonly options: Options = {}) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): TrailSnapshot => this.snapshot;

  /** Queues the inputs; resolves when all of them have been read (or removed). */
  add(inputs: readonly TrailInput[]): Promise<void> {
    const files = inputs.map((input) => ({ input, view: this.queued(input) }));
    this.publish({ ...this.snapshot, files: [...this.snapshot.files, ...files.map((file) => file.view)] });
    for (const { input, view } of files) this.queue = this.queue.then(() => this.read(input, view.id));
    return this.queue;
  }

  remove(id: number): void {
    this.controllers.get(id)?.abort();
    this.publish({
      files: this.snapshot.files.filter((file) => file.id !== id),
      rows: this.snapshot.rows.filter((row) => row.fileId !== id),
    });
  }

  clear(): void {
    for (const controller of this.controllers.values()) controller.abort();
    this.publish({ files: [], rows: [] });
  }

  private queued(input: TrailInput): TrailFileView {
    const id = this.nextId++;
    this.controllers.set(id, new AbortController());
    const base = {
      bytes: input.blob.size,
      bytesRead: 0,
      compressed: false,
      format: "empty" as const,
      records: 0,
      changes: 0,
      notKept: 0,
    };
    return {
      id,
      name: input.name,
      origin: input.origin,
      status: "queued",
      ...base,
      problems: [],
      problemCount: 0,
      errorCount: 0,
      sources: [],
      unreadable: null,
    };
  }

  private async read(input: TrailInput, id: number): Promise<void> {
    const signal = this.controllers.get(id)!.signal;
    if (signal.aborted) return void this.controllers.delete(id);
    const { publishMs = 150, maxRows = MAX_ROWS } = this.options;
    const sources = new Set<string>();
    // Counted here and copied into a fresh view at each publish: a published snapshot is never changed afterwards.
    const work = {
      bytesRead: 0,
      compressed: false,
      format: "empty" as TrailFormat,
      records: 0,
      changes: 0,
      notKept: 0,
      problems: [] as ReadProblem[],
      problemCount: 0,
      errorCount: 0,
    };
    let pending: TrailRow[] = [];
    let published = performance.now();
    const flush = (status: TrailFileView["status"], unreadable: string | null = null) => {
      if (signal.aborted) return;
      const view = (old: TrailFileView): TrailFileView => ({
        ...old,
        ...work,
        problems: [...work.problems],
        status,
        sources: [...sources].sort(),
        unreadable,
      });
      this.publish({
        files: this.snapshot.files.map((old) => (old.id === id ? view(old) : old)),
        rows: pending.length ? this.snapshot.rows.concat(pending) : this.snapshot.rows,
      });
      pending = [];
      published = performance.now();
    };
    flush("reading");
    const generator = readTrailBlob(input.blob, {
      ...this.options,
      signal,
      onProgress: (bytesRead) => void (work.bytesRead = bytesRead),
    });
    try {
      let step = await generator.next();
      for (; !step.done; step = await generator.next()) {
        const item = step.value;
        if (item.kind === "problem") {
          work.problemCount += 1;
          if (item.problem.severity === "error") work.errorCount += 1;
          if (work.problems.length < MAX_PROBLEMS) work.problems.push(item.problem);
        } else {
          const event = explainRecord(item.value);
          work.records += 1;
          if (event.source) sources.add(event.source);
          if (event.change) work.changes += 1;
          if (event.change || this.snapshot.rows.length + pending.length < maxRows)
            pending.push({ key: `${id}:${event.index}`, fileId: id, event, haystack: haystackOf(event) });
          else work.notKept += 1;
        }
        if (performance.now() - published > publishMs) flush("reading");
      }
      Object.assign(work, { format: step.value.format, compressed: step.value.compressed, bytesRead: input.blob.size });
    } catch (error) {
      // A bug, or the browser refusing the file (moved away while read): said on the file, and the page goes on.
      work.problemCount += 1;
      work.errorCount += 1;
      work.problems.push({
        severity: "error",
        message: `reading stopped: ${error instanceof Error ? error.message : String(error)}`,
        at: null,
      });
    }
    const firstError = work.problems.find((problem) => problem.severity === "error");
    flush("done", work.records === 0 && firstError ? firstError.message : null);
    this.controllers.delete(id);
  }

  private publish(snapshot: TrailSnapshot): void {
    this.snapshot = snapshot;
    for (const listener of this.listeners) listener();
  }
}
