import { describe, expect, it } from "vitest";
import { parseCapture } from "./parse-capture";
import { endsEarly, isCloudTrailFile, utf8Bytes } from "./not-a-capture";

const record = {
  eventVersion: "1.08",
  eventSource: "apigateway.amazonaws.com",
  eventName: "UpdateStage",
  eventTime: "2026-11-20T09:00:00Z",
};
const lookedUp = { EventId: "e1", EventName: "UpdateStage", CloudTrailEvent: JSON.stringify(record) };
const capture = JSON.stringify({
  kind: "log-doctor/capture",
  version: 1,
  capturedAt: "2026-11-22T10:00:00Z",
  partition: "aws",
  regions: ["us-east-1"],
  calls: [],
});

describe("isCloudTrailFile", () => {
  it.each([
    ["an S3 log file", { Records: [record] }],
    ["a LookupEvents answer", { Events: [lookedUp], NextToken: "x" }],
    ["a bare list of records", [record]],
    ["one record", record],
  ])("recognises %s", (_name, json) => expect(isCloudTrailFile(json)).toBe(true));

  it.each([
    ["a capture", JSON.parse(capture)],
    ["an empty Records list", { Records: [] }],
    ["records without eventSource", { Records: [{ eventName: "x" }] }],
    ["null", null],
    ["a list of numbers", [1, 2]],
  ])("does not claim %s", (_name, json) => expect(isCloudTrailFile(json)).toBe(false));
});

describe("endsEarly", () => {
  it.each([
    ['{"kind":"log-doctor/capture","calls":[{"service":"sts"', true],
    ['{"kind":"log-doc', true],
    ['{"a":"\\"}', true], // the escaped quote leaves the string open
    ['{"a":"}{"}', false],
    ["not json at all", false],
    ['{"a":1}}', false],
    ["\u001b[2J\u001b[1;31m{not json", false],
  ])("%j → %s", (text, expected) => expect(endsEarly(text)).toBe(expected));
});

describe("utf8Bytes", () => {
  it("counts what the file holds on disk", () => {
    for (const text of ["abc", "é", "€", "😀", '{"name":"日本"}'])
      expect(utf8Bytes(text)).toBe(Buffer.byteLength(text, "utf8"));
  });
});

describe("parseCapture on files that are not captures", () => {
  it("names a CloudTrail file and where it can be read, for the web page and the CLI alike", () => {
    for (const json of [{ Records: [record] }, { Events: [lookedUp] }]) {
      const parsed = parseCapture(JSON.stringify(json));
      expect(parsed).toMatchObject({ ok: false, cloudTrail: true });
      expect(!parsed.ok && parsed.error).toMatch(
        /^this is a CloudTrail file, not a capture: open it in the CloudTrail explainer \(\/trail\)/,
      );
    }
  });

  it("says a capture cut short looks cut off, with its size in bytes", () => {
    const cut = capture.slice(0, 60);
    const parsed = parseCapture(cut);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toBe(
      `capture is not valid JSON: it looks cut off, ending inside an unfinished object or string after ${cut.length} bytes (was the download or copy interrupted?)`,
    );
  });

  it("keeps the parser's own reason for JSON that is wrong but complete", () => {
    const parsed = parseCapture('{"a": tru}');
    expect(!parsed.ok && parsed.error).toMatch(/^capture is not valid JSON \(/);
    expect(!parsed.ok && parsed.error).not.toMatch(/cut off/);
  });
});
