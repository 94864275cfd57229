import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { validateCapture } from "../capture/parse-capture";
import type { Capture } from "../capture/schema";
import { isStoredSourceId, newSourceId } from "./id";
import { RecentSources, type SourceStore, type StoredKind, type StoredMeta, type StoredSource } from "./source-store";

/** A source being written: `<id>.json` + this, renamed when complete. */
const PARTIAL = ".tmp";
/** Far longer than writing the largest capture takes: a partial file this old was left by a crash. */
const LEFTOVER_AGE_MS = 10 * 60 * 1000;

export interface StoreOptions {
  dir: string;
  /** How long a source stays readable after it was stored. */
  ttlMs: number;
  /** Oldest sources are deleted when the files under `dir` would exceed this. */
  maxDiskBytes: number;
  /** Parsed captures kept in memory (least recently used go first). */
  maxMemoryEntries: number;
  now?: () => number;
}

/**
 * Uploaded and scanned captures, each under an unguessable id: one JSON file per source in the data dir (so a
 * restart keeps links working until they expire) and the most recently used ones parsed in memory.
 */
export class FileSourceStore implements SourceStore {
  private readonly memory: RecentSources;
  private readonly now: () => number;

  constructor(private readonly options: StoreOptions) {
    this.now = options.now ?? Date.now;
    this.memory = new RecentSources(options.maxMemoryEntries);
  }

  async put(capture: Capture, details: { kind: StoredKind; label: string }): Promise<StoredMeta> {
    const text = JSON.stringify(capture);
    const id = newSourceId();
    const createdAt = this.now();
    const meta: StoredMeta = {
      id,
      kind: details.kind,
      label: details.label,
      createdAt,
      expiresAt: createdAt + this.options.ttlMs,
      bytes: Buffer.byteLength(text),
    };
    await this.sweep(meta.bytes);
    await mkdir(this.options.dir, { recursive: true });
    const file = this.fileOf(id);
    // Write then rename, so a reader never sees half a file; a failed write (disk full) leaves no partial file.
    try {
      await writeFile(`${file}${PARTIAL}`, `{"meta":${JSON.stringify(meta)},"capture":${text}}`, { mode: 0o600 });
      await rename(`${file}${PARTIAL}`, file);
    } catch (error) {
      await rm(`${file}${PARTIAL}`, { force: true });
      throw error;
    }
    this.remember({ meta, capture });
    return meta;
  }

  /** Cheap: whether `get` is likely to find the source (memory, or a file not older than the time to live). */
  async has(id: string): Promise<boolean> {
    if (!isStoredSourceId(id)) return false;
    const cached = this.memory.peek(id);
    if (cached) return !this.expired(cached.meta);
    try {
      const info = await stat(this.fileOf(id));
      return info.mtimeMs + this.options.ttlMs > this.now();
    } catch {
      return false;
    }
  }

  async get(id: string): Promise<StoredSource | null> {
    if (!isStoredSourceId(id)) return null;
    const cached = this.memory.peek(id);
    if (cached) {
      if (this.expired(cached.meta)) return this.forget(id);
      this.remember(cached);
      return cached;
    }
    const loaded = await this.load(id);
    if (!loaded) return null;
    if (this.expired(loaded.meta)) return this.forget(id);
    this.remember(loaded);
    return loaded;
  }

  /**
   * Deletes the partial files a crash or a full disk left behind (`<id>.json.tmp` older than a write takes; a
   * younger one may be another server's write in progress) and returns how many. The server calls it at start;
   * every sweep does it too, and counts the younger ones against the disk cap.
   */
  async cleanLeftovers(): Promise<{ files: number; bytes: number }> {
    const now = this.now();
    const removed = { files: 0, bytes: 0 };
    for (const entry of await this.listFiles(`.json${PARTIAL}`)) {
      if (entry.mtimeMs + LEFTOVER_AGE_MS > now) continue;
      await rm(this.fileOf(entry.id) + PARTIAL, { force: true });
      removed.files += 1;
      removed.bytes += entry.size;
    }
    return removed;
  }

  /** Deletes expired sources, then the oldest ones until `incoming` more bytes fit under the disk cap. */
  async sweep(incoming = 0): Promise<void> {
    await this.cleanLeftovers();
    const entries = await this.listFiles();
    const partial = (await this.listFiles(`.json${PARTIAL}`)).reduce((sum, entry) => sum + entry.size, 0);
    let total = entries.reduce((sum, entry) => sum + entry.size, 0) + partial + incoming;
    const now = this.now();
    for (const entry of entries.sort((a, b) => a.mtimeMs - b.mtimeMs)) {
      const stale = entry.mtimeMs + this.options.ttlMs < now;
      if (!stale && total <= this.options.maxDiskBytes) continue;
      await this.forget(entry.id);
      total -= entry.size;
    }
  }

  private async load(id: string): Promise<StoredSource | null> {
    let text: string;
    try {
      text = await readFile(this.fileOf(id), "utf8");
    } catch {
      return null;
    }
    try {
      const parsed = JSON.parse(text) as { meta?: StoredMeta; capture?: unknown };
      const capture = validateCapture(parsed.capture);
      if (!parsed.meta || parsed.meta.id !== id || !capture.ok) return null;
      return { meta: parsed.meta, capture: capture.capture };
    } catch {
      return null;
    }
  }

  private async listFiles(suffix = ".json"): Promise<{ id: string; size: number; mtimeMs: number }[]> {
    let names: string[];
    try {
      names = await readdir(this.options.dir);
    } catch {
      return [];
    }
    const result: { id: string; size: number; mtimeMs: number }[] = [];
    for (const name of names) {
      const id = name.endsWith(suffix) ? name.slice(0, -suffix.length) : "";
      if (!isStoredSourceId(id)) continue;
      try {
        const info = await stat(path.join(this.options.dir, name));
        result.push({ id, size: info.size, mtimeMs: info.mtimeMs });
      } catch {
        // Deleted meanwhile by another sweep.
      }
    }
    return result;
  }

  private remember(source: StoredSource) {
    this.memory.remember(source);
  }

  private async forget(id: string): Promise<null> {
    this.memory.forget(id);
    await rm(this.fileOf(id), { force: true });
    return null;
  }

  async close(): Promise<void> {
    // Nothing is held open between calls.
  }

  private expired(meta: StoredMeta): boolean {
    return meta.expiresAt <= this.now();
  }

  private fileOf(id: string): string {
    if (!isStoredSourceId(id)) throw new Error("not a source id");
    return path.join(this.options.dir, `${id}.json`);
  }
}
