import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { generatedTrailChunks } from "../../testing/cloudtrail/generated-trail";
import { restUpdateStage, trailRecord } from "../../testing/cloudtrail/trail-records";
import { TrailSession, type TrailInput, type TrailSnapshot } from "./trail-session";

const sample = (name: string) => readFileSync(join(__dirname, "../../fixtures/cloudtrail", name));
const file = (name: string, data: BlobPart): TrailInput => ({ name, blob: new Blob([data]), origin: "file" });
const logOff = restUpdateStage("a1b2c3d4e5", "prod", [{ op: "replace", path: "/*/*/logging/loglevel", value: "OFF" }], {
  sourceIPAddress: "198.51.100.7",
});
const noPause = { yieldToPage: () => Promise.resolve() };

describe("TrailSession", () => {
  it("reads a gzipped Records file and a documentation sample in order, explaining every event", async () => {
    const session = new TrailSession(noPause);
    const gzipped = gzipSync(
      JSON.stringify({ Records: [trailRecord({ eventName: "GetStages", readOnly: true }), logOff] }),
    );
    await session.add([
      file("logs.json.gz", gzipped),
      file("apigateway-doc-example.txt", sample("apigateway-doc-example.txt")),
    ]);
    const { files, rows } = session.getSnapshot();
    expect(
      files.map(({ name, status, format, compressed, records, changes, sources, unreadable }) => ({
        name,
        status,
        format,
        compressed,
        records,
        changes,
        sources,
        unreadable,
      })),
    ).toEqual([
      {
        name: "logs.json.gz",
        status: "done",
        format: "records",
        compressed: true,
        records: 2,
        changes: 1,
        sources: ["apigateway.amazonaws.com"],
        unreadable: null,
      },
      {
        name: "apigateway-doc-example.txt",
        status: "done",
        format: "records",
        compressed: false,
        records: 1,
        changes: 0,
        sources: ["apigateway.amazonaws.com"],
        unreadable: null,
      },
    ]);
    expect(files[0].bytesRead).toBe(gzipped.length);
    expect(files[1].problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^the input is not strict JSON/),
      expect.stringMatching(/^"... additional entries ..." at line 1, column \d+ is not JSON/),
    ]);
    expect(files[1].errorCount).toBe(0);
    expect(rows.map((row) => [row.key, row.event.name, row.event.actor.type])).toEqual([
      [`${files[0].id}:0`, "GetStages", "AssumedRole"],
      [`${files[0].id}:1`, "UpdateStage", "AssumedRole"],
      [`${files[1].id}:0`, "GetResource", "Root"],
    ]);
    expect(rows[1].event.change).toMatchObject({
      level: "warn",
      summary: "stage prod of API a1b2c3d4e5: execution logging turned OFF for the whole stage",
    });
  });

  it("says a file is not CloudTrail when nothing in it could be read, and goes on with the next", async () => {
    const session = new TrailSession(noPause);
    await session.add([
      file("notes.txt", "these are not the logs you are looking for"),
      file("empty.json", ""),
      file("event.json", JSON.stringify(logOff)),
    ]);
    const [notes, empty, event] = session.getSnapshot().files;
    expect(notes.unreadable).toMatch(/^not JSON: the text starts with "these are not/);
    expect(empty.unreadable).toBe("the input is empty");
    expect(event).toMatchObject({ unreadable: null, format: "single", records: 1 });
  });

  it("publishes new snapshots while a big file is read and never changes one it published", async () => {
    const session = new TrailSession({ ...noPause, publishMs: 0 });
    const seen: TrailSnapshot[] = [];
    session.subscribe(() => seen.push(session.getSnapshot()));
    const frozen = () => seen.map((snapshot) => JSON.stringify({ files: snapshot.files, rows: snapshot.rows.length }));
    const text = [...generatedTrailChunks({ records: 3_000 })].join("");
    const reading = session.add([file("big.json", text)]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const early = frozen();
    await reading;
    expect(seen.length).toBeGreaterThan(3);
    expect(frozen().slice(0, early.length)).toEqual(early);
    const progress = seen.map((snapshot) => snapshot.rows.length);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(session.getSnapshot().rows).toHaveLength(3_000);
  });

  it("keeps at most maxRows events for the list, and every change to logging beyond them", async () => {
    const session = new TrailSession({ ...noPause, maxRows: 500 });
    await session.add([file("big.json", [...generatedTrailChunks({ records: 2_000, changeEvery: 100 })].join(""))]);
    const { files, rows } = session.getSnapshot();
    expect(files[0]).toMatchObject({ records: 2_000, changes: 20 });
    expect(rows.length).toBe(500 + 15);
    expect(files[0].notKept).toBe(2_000 - rows.length);
  });

  it("removes a file while it is read: its events go, and reading it stops", async () => {
    const session = new TrailSession({
      yieldToPage: () => new Promise((resolve) => setTimeout(resolve, 0)),
      sliceMs: 0,
      publishMs: 0,
    });
    const chunks = [...generatedTrailChunks({ records: 20_000, batch: 100 })].map((chunk) =>
      new TextEncoder().encode(chunk),
    );
    let pulled = 0;
    const stream = () =>
      new ReadableStream<Uint8Array>(
        { pull: (controller) => (pulled < chunks.length ? controller.enqueue(chunks[pulled++]) : controller.close()) },
        { highWaterMark: 0 },
      );
    const big = {
      size: chunks.reduce((sum, chunk) => sum + chunk.length, 0),
      slice: () => new Blob(["{"]),
      stream,
    } as unknown as Blob;
    const reading = session.add([
      { name: "big.json", blob: big, origin: "file" },
      file("small.json", JSON.stringify(logOff)),
    ]);
    while (session.getSnapshot().rows.length === 0) await new Promise((resolve) => setTimeout(resolve, 0));
    session.remove(session.getSnapshot().files[0].id);
    await reading;
    const { files, rows } = session.getSnapshot();
    expect(files.map((f) => f.name)).toEqual(["small.json"]);
    expect(rows.map((row) => row.event.name)).toEqual(["UpdateStage"]);
    expect(pulled).toBeLessThan(chunks.length / 2);
  });
});
