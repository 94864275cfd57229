// Node only: files and gzip. Everything it reads goes through the browser-safe TrailReader.
import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { createGunzip } from "node:zlib";
import { TrailReader, type TrailItem } from "../read-trail";
import type { ScannerLimits } from "../scan/record-scanner";
import type { TrailFormat } from "../types";

/** The file cannot be read at all (missing, a directory, no permission): nothing in it was looked at. */
export class TrailFileError extends Error {}

export interface TrailFileSummary {
  format: TrailFormat;
  records: number;
  /** The file was gzip-compressed (CloudTrail delivers `.json.gz` to S3); positions are in the decompressed text. */
  compressed: boolean;
  bytes: number;
}

export interface ReadTrailFileOptions {
  limits?: ScannerLimits;
  /** Called as bytes of the file (compressed bytes for gzip) are read: for progress, and to show reading is incremental. */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
}

/**
 * Streams a trail file (plain or gzipped, detected by its first bytes, not its name): records come out as they are
 * read, so memory stays flat however large the file is.
 */
export async function* readTrailFile(
  path: string,
  options: ReadTrailFileOptions = {},
): AsyncGenerator<TrailItem, TrailFileSummary> {
  const bytes = await fileSize(path);
  const compressed = await isGzip(path);
  const reader = new TrailReader(options.limits);
  const decoder = new TextDecoder("utf-8");
  const raw = createReadStream(path);
  let bytesRead = 0;
  const counted = (length: number) => {
    bytesRead += length;
    options.onProgress?.(bytesRead, bytes);
  };
  const source = compressed ? raw.pipe(createGunzip()) : raw;
  if (compressed) {
    raw.on("data", (chunk) => counted(chunk.length));
    raw.on("error", (error) => source.destroy(error));
  }
  try {
    for await (const chunk of source) {
      if (!compressed) counted((chunk as Buffer).length);
      yield* reader.push(decoder.decode(chunk as Buffer, { stream: true }));
    }
    yield* reader.push(decoder.decode());
  } catch (error) {
    const reason = (error as Error).message.replace(/\s+/g, " ");
    yield {
      kind: "problem",
      problem: {
        severity: "error",
        message: compressed
          ? `the gzip data is cut off or corrupt (${reason}); the ${reader.recordCount} records before that point were read`
          : `reading stopped: ${reason}; the ${reader.recordCount} records before that point were read`,
        at: null,
      },
    };
  } finally {
    raw.destroy();
  }
  yield* reader.end();
  return { format: reader.format, records: reader.recordCount, compressed, bytes };
}

async function fileSize(path: string): Promise<number> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new TrailFileError(`${path}: is a directory, not a CloudTrail file`);
    if (!info.isFile()) throw new TrailFileError(`${path}: is not a regular file`);
    return info.size;
  } catch (error) {
    if (error instanceof TrailFileError) throw error;
    throw new TrailFileError(`${path}: ${describeFsError(error)}`);
  }
}

async function isGzip(path: string): Promise<boolean> {
  try {
    const handle = await open(path, "r");
    try {
      const { bytesRead, buffer } = await handle.read(Buffer.alloc(2), 0, 2, 0);
      return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new TrailFileError(`${path}: ${describeFsError(error)}`);
  }
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a directory, not a CloudTrail file";
  return (error as Error).message.replace(/\s+/g, " ");
}
