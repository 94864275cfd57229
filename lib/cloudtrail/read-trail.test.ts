import { describe, expect, it } from "vitest";
import { readTrailText, TrailReader, type TrailItem } from "./read-trail";

const event = (name: string, extra: Record<string, unknown> = {}) => ({
  eventVersion: "1.09",
  eventTime: "2026-11-20T10:00:00Z",
  eventSource: "apigateway.amazonaws.com",
  eventName: name,
  ...extra,
});
const records = (...names: string[]) => JSON.stringify({ Records: names.map((name) => event(name)) });

const cases: { name: string; input: string; format: string; names: string[]; problems?: RegExp[] }[] = [
  {
    name: "an S3 log file",
    input: records("GetStage", "UpdateStage"),
    format: "records",
    names: ["GetStage", "UpdateStage"],
  },
  { name: "an empty S3 log file", input: '{"Records":[]}', format: "records", names: [] },
  {
    name: "LookupEvents output: the record is a JSON string in CloudTrailEvent",
    input: JSON.stringify(
      {
        Events: [{ EventId: "e1", EventName: "UpdateStage", CloudTrailEvent: JSON.stringify(event("UpdateStage")) }],
        NextToken: "t",
      },
      null,
      2,
    ),
    format: "lookup-events",
    names: ["UpdateStage"],
  },
  {
    name: "LookupEvents with an unreadable CloudTrailEvent falls back to the summary fields",
    input: JSON.stringify({
      Events: [
        {
          EventId: "e1",
          EventName: "DeleteStage",
          EventSource: "apigateway.amazonaws.com",
          CloudTrailEvent: "{not json",
        },
      ],
    }),
    format: "lookup-events",
    names: ["DeleteStage"],
    problems: [/CloudTrailEvent of event e1 at line 1, column 12 is not a JSON record/],
  },
  {
    name: "a JSON array of events",
    input: JSON.stringify([event("A"), event("B")]),
    format: "array",
    names: ["A", "B"],
  },
  {
    name: "a single event",
    input: JSON.stringify(event("CreateStage"), null, 2),
    format: "single",
    names: ["CreateStage"],
  },
  {
    name: "one event per line",
    input: `${JSON.stringify(event("A"))}\n${JSON.stringify(event("B"))}\n`,
    format: "concatenated",
    names: ["A", "B"],
  },
  {
    name: "Records after other keys",
    input: `{"note":{"x":[1,2]},"Records":[${JSON.stringify(event("A"))}]}`,
    format: "records",
    names: ["A"],
  },
  { name: "an array of S3 log files", input: `[${records("A")},${records("B")}]`, format: "array", names: ["A", "B"] },
  {
    name: "a truncated file keeps the records before the cut",
    input: records("A", "B", "C").slice(0, -40),
    format: "records",
    names: ["A", "B"],
    problems: [/the input ends inside record #3, which starts at line 1, column \d+: the file is truncated/],
  },
  {
    name: "a corrupt record is skipped with its position; the records after it are read",
    input: `{"Records": [\n  ${JSON.stringify(event("A"))},\n  {"eventName": "B", "eventSource": oops},\n  ${JSON.stringify(event("C"))}\n]}`,
    format: "records",
    names: ["A", "C"],
    problems: [/the record at line 3, column 3 is not valid JSON: invalid character 'o' at line 3, column 37; skipped/],
  },
  {
    name: "a missing comma between records",
    input: `{"Records":[${JSON.stringify(event("A"))} ${JSON.stringify(event("B"))}]}`,
    format: "records",
    names: ["A", "B"],
    problems: [/a comma is missing before the record at line 1, column \d+/],
  },
  {
    name: "not JSON at all",
    input: "hello world",
    format: "empty",
    names: [],
    problems: [/not JSON: the text starts with "hello world" at line 1, column 1/],
  },
  {
    name: "JSON that is not CloudTrail",
    input: '{"kind":"log-doctor/capture","calls":[]}',
    format: "single",
    names: [],
    problems: [/not a CloudTrail event/],
  },
  { name: "nothing", input: "  \n", format: "empty", names: [], problems: [/the input is empty/] },
  {
    name: "PascalCase keys (as AWS's IoT guide prints them)",
    input: JSON.stringify({
      EventName: "AttachPolicy",
      EventSource: "iot.amazonaws.com",
      EventTime: "2016-04-08T23:51:36Z",
      RequestParamters: { policyName: "p" },
    }),
    format: "single",
    names: ["AttachPolicy"],
  },
];

describe("readTrailText", () => {
  it.each(cases)("$name", ({ input, format, names, problems = [] }) => {
    const result = readTrailText(input);
    expect(result.format).toBe(format);
    expect(result.records.map((r) => r.record.eventName)).toEqual(names);
    expect(result.records.map((r) => r.index)).toEqual(names.map((_, index) => index));
    expect(result.problems.map((p) => p.message)).toHaveLength(problems.length);
    problems.forEach((pattern, index) => expect(result.problems[index].message).toMatch(pattern));
  });

  it("gives every record its position", () => {
    const result = readTrailText(
      `{"Records": [\n  ${JSON.stringify(event("A"))},\n    ${JSON.stringify(event("B"))}]}`,
    );
    expect(result.records.map((r) => r.at)).toEqual([
      { line: 2, column: 3, offset: 16 },
      { line: 3, column: 5, offset: 16 + JSON.stringify(event("A")).length + 6 },
    ]);
  });
});

describe("TrailReader", () => {
  it.each([1, 2, 7, 64])("reads the same whatever the chunk size (%i characters)", (size) => {
    const input = `{"Records": [${JSON.stringify(event("A", { requestParameters: { s: 'quote " and \\\\ and } ]' } }))}, ... additional entries ..., ${JSON.stringify(event("B"))}]}`;
    const whole = readTrailText(input);
    const reader = new TrailReader();
    const items: TrailItem[] = [];
    for (let i = 0; i < input.length; i += size) items.push(...reader.push(input.slice(i, i + size)));
    items.push(...reader.end());
    expect(items.flatMap((item) => (item.kind === "record" ? [item.value] : []))).toEqual(whole.records);
    expect(items.flatMap((item) => (item.kind === "problem" ? [item.problem] : []))).toEqual(whole.problems);
    expect(whole.records.map((r) => r.record.eventName)).toEqual(["A", "B"]);
    expect(whole.problems.map((p) => p.severity)).toEqual(["note"]);
  });

  it("skips a record over the size limit and goes on", () => {
    const input = JSON.stringify({ Records: [event("A", { big: "x".repeat(5000) }), event("B")] });
    const result = readTrailText(input, { maxRecordChars: 1000, maxValueChars: 10_000 });
    expect(result.records.map((r) => r.record.eventName)).toEqual(["B"]);
    expect(result.problems[0].message).toMatch(/record #1 at line 1, column 13 is larger than/);
  });

  it("refuses to buffer a large object that has no records array", () => {
    const result = readTrailText(JSON.stringify({ other: "x".repeat(5000) }), {
      maxRecordChars: 1000,
      maxValueChars: 1000,
    });
    expect(result.records).toEqual([]);
    expect(result.problems[0].message).toMatch(/has no Records or Events array in its first/);
  });
});
