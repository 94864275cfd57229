import { gzipSync } from "node:zlib";
import { describe, expect, it, vi } from "vitest";
import type { TrailItem } from "../cloudtrail/read-trail";
import { generatedChangeCount, generatedTrailChunks } from "../../testing/cloudtrail/generated-trail";
import { lookupEventsCall, restUpdateStage } from "../../testing/cloudtrail/trail-records";
import { readTrailBlob, type BlobSummary, type ReadBlobOptions } from "./read-blob";

// Node 20 has Blob, DecompressionStream and TextDecoder as the browser does: this is the page's own pipeline.
const RECORDS = 5_000;
const plainText = [...generatedTrailChunks({ records: RECORDS, changeEvery: 500 })].join("");

async function readAll(blob: Blob, options?: ReadBlobOptions) {
  const items: TrailItem[] = [];
  const generator = readTrailBlob(blob, options);
  let step = await generator.next();
  for (; !step.done; step = await generator.next()) items.push(step.value);
  const summary: BlobSummary = step.value;
  return {
    summary,
    names: items.flatMap((item) => (item.kind === "record" ? [item.value.record.eventName] : [])),
    problems: items.flatMap((item) => (item.kind === "problem" ? [item.problem] : [])),
  };
}

/** A Blob whose stream hands out `size` bytes at a time, so chunk edges fall inside multi-byte characters. */
function choppedBlob(bytes: Uint8Array<ArrayBuffer>, size: number): Blob {
  const blob = new Blob([bytes]);
  const stream = () =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += size) controller.enqueue(bytes.slice(at, at + size));
        controller.close();
      },
    });
  return { size: blob.size, slice: blob.slice.bind(blob), stream } as unknown as Blob;
}

describe("readTrailBlob", () => {
  it("reads a plain Records file and reports progress up to its size", async () => {
    const blob = new Blob([plainText]);
    const progress: number[] = [];
    const result = await readAll(blob, { onProgress: (read, total) => progress.push(read / total) });
    expect(result.summary).toEqual({ format: "records", records: RECORDS, compressed: false, bytes: blob.size });
    expect(result.problems).toEqual([]);
    expect(result.names.filter((name) => name === "UpdateStage")).toHaveLength(generatedChangeCount(RECORDS, 500));
    expect(progress.at(-1)).toBe(1);
  });

  it("gunzips by the magic bytes, whatever the name, and counts compressed bytes for progress", async () => {
    const gzipped = gzipSync(plainText);
    const blob = new Blob([gzipped]);
    let last = 0;
    const result = await readAll(blob, { onProgress: (read) => (last = read) });
    expect(result.summary).toEqual({ format: "records", records: RECORDS, compressed: true, bytes: gzipped.length });
    expect(result.problems).toEqual([]);
    expect(last).toBe(gzipped.length);
  });

  it("decodes UTF-8 characters split across chunks", async () => {
    const record = restUpdateStage(
      "a1b2c3d4e5",
      "prod",
      [{ op: "replace", path: "/*/*/logging/loglevel", value: "OFF" }],
      { userAgent: "Konsole – café ☕ 🚀" },
    );
    const bytes = new TextEncoder().encode(JSON.stringify({ Records: [record] }));
    const generator = readTrailBlob(choppedBlob(bytes, 3));
    const first = await generator.next();
    expect(first.value).toMatchObject({ kind: "record", value: { record: { userAgent: "Konsole – café ☕ 🚀" } } });
  });

  it("keeps the records before a cut-off gzip stream and says what happened", async () => {
    const gzipped = gzipSync(plainText);
    const result = await readAll(new Blob([gzipped.subarray(0, Math.floor(gzipped.length / 2))]));
    expect(result.summary.compressed).toBe(true);
    expect(result.names.length).toBeGreaterThan(100);
    expect(result.names.length).toBeLessThan(RECORDS);
    expect(result.problems[0].message).toMatch(
      /^the gzip data is cut off or corrupt \(.+\); the \d+ records before that point were read$/,
    );
  });

  it("gives the page the thread back between chunks", async () => {
    const pause = vi.fn(() => Promise.resolve());
    await readAll(new Blob([plainText]), { sliceMs: 0, yieldToPage: pause });
    expect(pause.mock.calls.length).toBeGreaterThan(2);
  });

  it("stops between chunks when aborted, keeping what was read", async () => {
    const controller = new AbortController();
    const generator = readTrailBlob(choppedBlob(new TextEncoder().encode(plainText), 64 * 1024), {
      signal: controller.signal,
    });
    let records = 0;
    for await (const item of generator) {
      if (item.kind === "record" && ++records === 10) controller.abort();
    }
    expect(records).toBeGreaterThanOrEqual(10);
    expect(records).toBeLessThan(RECORDS);
  });

  it("reads pasted `aws cloudtrail lookup-events` output as LookupEvents", async () => {
    const record = restUpdateStage("a1b2c3d4e5", "prod", [
      { op: "replace", path: "/*/*/logging/loglevel", value: "OFF" },
    ]);
    const output = lookupEventsCall("us-east-1", "EventSource", "apigateway.amazonaws.com", [record]).output;
    const result = await readAll(new Blob([JSON.stringify(output, null, 4)]));
    expect(result.summary).toMatchObject({ format: "lookup-events", records: 1, compressed: false });
    expect(result.names).toEqual(["UpdateStage"]);
  });

  it("reads nothing from an empty or non-JSON input, with the reader's error", async () => {
    expect((await readAll(new Blob([]))).problems).toEqual([
      { severity: "error", message: "the input is empty", at: null },
    ]);
    const png = await readAll(
      new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])]),
    );
    expect(png.summary.records).toBe(0);
    expect(png.problems[0]).toMatchObject({ severity: "error", message: expect.stringMatching(/^not JSON: /) });
  });
});
