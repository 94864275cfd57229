import type { Capture } from "../capture/schema";

export type StoredKind = "upload" | "scan";

export interface StoredMeta {
  id: string;
  kind: StoredKind;
  /** What the user calls it: the uploaded file's name, or the profile and regions of a scan. */
  label: string;
  createdAt: number;
  expiresAt: number;
  bytes: number;
}

export interface StoredSource {
  meta: StoredMeta;
  capture: Capture;
}

/** The limits every source store keeps, whatever holds the captures. */
export interface SourceLimits {
  /** How long a source stays readable after it was stored. */
  ttlMs: number;
  /** Oldest sources are deleted when the stored captures would exceed this many bytes. */
  maxBytes: number;
  /** Parsed captures kept in memory (least recently used go first). */
  maxMemoryEntries: number;
  now?: () => number;
}

/**
 * Uploaded and scanned captures, each under an unguessable id, readable until they expire: files in the data dir by
 * default (`file-source-store.ts`), PostgreSQL with `DATABASE_URL` (`postgres-source-store.ts`). A stored capture is
 * never changed; one that no longer passes the capture limits reads as gone.
 */
export interface SourceStore {
  put(capture: Capture, details: { kind: StoredKind; label: string }): Promise<StoredMeta>;
  /** Cheap: whether `get` is likely to find the source. */
  has(id: string): Promise<boolean>;
  /** The source, or null when the id is malformed, unknown, expired or no longer a valid capture. */
  get(id: string): Promise<StoredSource | null>;
  /** Deletes expired sources, then the oldest ones until `incoming` more bytes fit under the cap. */
  sweep(incoming?: number): Promise<void>;
  close(): Promise<void>;
}

/** The most recently used parsed captures of one store object, so a page's repeated reads do not parse again. */
export class RecentSources {
  private readonly entries = new Map<string, StoredSource>();

  constructor(private readonly max: number) {}

  peek(id: string): StoredSource | undefined {
    return this.entries.get(id);
  }

  remember(source: StoredSource): void {
    this.entries.delete(source.meta.id);
    this.entries.set(source.meta.id, source);
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
  }

  forget(id: string): void {
    this.entries.delete(id);
  }
}
