import { TrailReader, type TrailItem } from "../cloudtrail/read-trail";
import type { TrailFormat } from "../cloudtrail/types";

export interface BlobSummary {
  format: TrailFormat;
  records: number;
  /** gzip, told by the first bytes (CloudTrail's S3 files are `.json.gz`, but a name proves nothing). */
  compressed: boolean;
  bytes: number;
}

export interface ReadBlobOptions {
  /** Bytes of the blob read so far (compressed bytes for gzip) and its size. */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  /** Stops between chunks; what was read until then stays read. */
  signal?: AbortSignal;
  /** How long reading may hold the main thread before it lets the page handle input and paint. */
  sliceMs?: number;
  yieldToPage?: () => Promise<void>;
}

// One reader.push() stays short (a few ms) even when a stream hands out megabytes at once.
const MAX_PIECE = 256 * 1024;

/**
 * Lets every task already queued run first: React's renders, input, paint. A message, not setTimeout (clamped to
 * 4 ms when nested), nor scheduler.yield() (its continuation goes ahead of React's own tasks, so the page would not
 * update until the whole file was read).
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      channel.port2.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Reads CloudTrail records from a File (or pasted text as a Blob) in the browser, nothing uploaded: streamed,
 * gunzipped by the browser when the first bytes say gzip, decoded as UTF-8 across chunk edges, and fed to the same
 * TrailReader the CLI uses. Records come out as they are read, and the page gets the thread back every `sliceMs`.
 */
export async function* readTrailBlob(
  blob: Blob,
  options: ReadBlobOptions = {},
): AsyncGenerator<TrailItem, BlobSummary> {
  const { onProgress, signal, sliceMs = 12, yieldToPage: pause = yieldToPage } = options;
  const compressed = await isGzip(blob);
  const reader = new TrailReader();
  const decoder = new TextDecoder("utf-8");
  let bytesRead = 0;
  const counted = blob.stream().pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        bytesRead += chunk.byteLength;
        controller.enqueue(chunk);
      },
    }),
  );
  const source = (
    compressed
      ? counted.pipeThrough(new DecompressionStream("gzip") as ReadableWritablePair<Uint8Array, Uint8Array>)
      : counted
  ).getReader();
  let sliceStart = performance.now();
  try {
    for (;;) {
      if (signal?.aborted) break;
      const { done, value } = await source.read();
      if (done) break;
      const text = decoder.decode(value, { stream: true });
      onProgress?.(bytesRead, blob.size);
      for (let from = 0; from < text.length && !signal?.aborted; from += MAX_PIECE) {
        yield* reader.push(text.slice(from, from + MAX_PIECE));
        if (performance.now() - sliceStart > sliceMs) {
          await pause();
          sliceStart = performance.now();
        }
      }
    }
    yield* reader.push(decoder.decode());
  } catch (error) {
    yield {
      kind: "problem",
      problem: { severity: "error", message: stopped(error, compressed, reader.recordCount), at: null },
    };
  } finally {
    void source.cancel().catch(() => undefined);
  }
  if (!signal?.aborted) yield* reader.end();
  return { format: reader.format, records: reader.recordCount, compressed, bytes: blob.size };
}

async function isGzip(blob: Blob): Promise<boolean> {
  if (blob.size < 2) return false;
  const head = new Uint8Array(await blob.slice(0, 2).arrayBuffer());
  return head[0] === 0x1f && head[1] === 0x8b;
}

function stopped(error: unknown, compressed: boolean, records: number): string {
  // Node 22's DecompressionStream (and some browsers') rejects a cut-off stream with an empty message: name it then.
  const message = (error instanceof Error ? error.message || error.name : String(error)).replace(/\s+/g, " ").trim();
  const reason = message || "unexpected end of data";
  const before = `the ${records} record${records === 1 ? "" : "s"} before that point ${records === 1 ? "was" : "were"} read`;
  return compressed
    ? `the gzip data is cut off or corrupt (${reason}); ${before}`
    : `reading stopped: ${reason}; ${before}`;
}
