import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TrailItem } from "../read-trail";
import { generatedChangeCount, generatedTrailChunks } from "../../../testing/cloudtrail/generated-trail";
import { readTrailFile, TrailFileError, type ReadTrailFileOptions, type TrailFileSummary } from "./read-trail-file";

const RECORDS = 20_000;
let dir: string;
let plain: Buffer;
let gzipPath: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "trail-test-"));
  plain = Buffer.from([...generatedTrailChunks({ records: RECORDS, changeEvery: 500 })].join(""));
  gzipPath = join(dir, "big.json.gz");
  writeFileSync(gzipPath, gzipSync(plain));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function readAll(path: string, options?: ReadTrailFileOptions) {
  const items: TrailItem[] = [];
  const generator = readTrailFile(path, options);
  let step = await generator.next();
  while (!step.done) {
    items.push(step.value);
    step = await generator.next();
  }
  const summary: TrailFileSummary = step.value;
  return {
    summary,
    records: items.flatMap((item) => (item.kind === "record" ? [item.value] : [])),
    problems: items.flatMap((item) => (item.kind === "problem" ? [item.problem] : [])),
  };
}

describe("readTrailFile", () => {
  it("streams a multi-MB gzipped Records file: the first record comes out long before the file is read", async () => {
    const size = readFileSync(gzipPath).length;
    expect(size).toBeGreaterThan(2 * 1024 * 1024);
    let readWhenFirstRecord = -1;
    let bytesRead = 0;
    const generator = readTrailFile(gzipPath, { onProgress: (read) => (bytesRead = read) });
    let count = 0;
    let changes = 0;
    for await (const item of generator) {
      if (item.kind !== "record") continue;
      if (count === 0) readWhenFirstRecord = bytesRead;
      count += 1;
      if (item.value.record.eventName === "UpdateStage") changes += 1;
    }
    expect(count).toBe(RECORDS);
    expect(changes).toBe(generatedChangeCount(RECORDS, 500));
    expect(readWhenFirstRecord).toBeGreaterThan(0);
    expect(readWhenFirstRecord).toBeLessThan(size / 10);
  });

  it("reports where a truncated gzip file stops, keeping every record before it", async () => {
    const path = join(dir, "cut.json.gz");
    const whole = readFileSync(gzipPath);
    writeFileSync(path, whole.subarray(0, Math.floor(whole.length * 0.6)));
    const { summary, records, problems } = await readAll(path);
    expect(summary).toMatchObject({ format: "records", compressed: true });
    expect(records.length).toBeGreaterThan(RECORDS / 3);
    expect(records.length).toBeLessThan(RECORDS);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(
        /^the gzip data is cut off or corrupt \(unexpected end of file\); the \d+ records before that point were read$/,
      ),
      expect.stringMatching(
        new RegExp(
          `^the input ends inside record #${records.length + 1}, which starts at line 1, column \\d+: the file is truncated or cut off$`,
        ),
      ),
    ]);
  });

  it("skips a corrupt record in a plain file with its position and reads the rest", async () => {
    const text = plain.toString("utf8");
    const second = text.indexOf(',{"eventVersion"', 20) + 1;
    const broken = `${text.slice(0, second + 15)}#${text.slice(second + 16)}`;
    const path = join(dir, "corrupt.json");
    writeFileSync(path, broken);
    const { records, problems } = await readAll(path);
    expect(records).toHaveLength(RECORDS - 1);
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toMatch(
      new RegExp(
        `^the record at line 1, column ${second + 1} is not valid JSON: .* at line 1, column ${second + 16}; skipped$`,
      ),
    );
  });

  it.each([
    ["a missing file", () => join(dir, "nope.json"), /nope\.json: no such file$/],
    ["a directory", () => dir, /is a directory, not a CloudTrail file$/],
  ])("refuses %s", async (_name, path, message) => {
    await expect(readAll(path())).rejects.toThrow(TrailFileError);
    await expect(readAll(path())).rejects.toThrow(message);
  });
});
