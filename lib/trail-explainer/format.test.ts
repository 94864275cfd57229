import { describe, expect, it } from "vitest";
import { whereNotes } from "../cloudtrail/where-is-my-event";
import { changeValue, docLabel, fileSummary, formatBytes, formatEventTime } from "./format";
import type { TrailFileView } from "./trail-session";

describe("trail formatting", () => {
  it("shows event times to the second in UTC, and unreadable times as they are", () => {
    expect(formatEventTime("2015-06-17T00:47:28Z")).toBe("17 Jun 2015, 00:47:28 UTC");
    expect(formatEventTime("Fri Apr 08 23:51:10 yesterday")).toBe("Fri Apr 08 23:51:10 yesterday");
  });

  it("sizes files", () => {
    expect([formatBytes(1), formatBytes(2048), formatBytes(100 * 1024 * 1024)]).toEqual([
      "1 byte",
      "2.0 KB",
      "100.0 MB",
    ]);
  });

  it("sums a file up as the CLI does: layout, events, changes, skipped parts and notes", () => {
    const file = {
      format: "records",
      compressed: true,
      records: 80_000,
      changes: 80,
      problemCount: 3,
      errorCount: 2,
    } as TrailFileView;
    expect(fileSummary(file)).toBe(
      'CloudTrail log file ({"Records": [...]}), gzip · 80,000 events · 80 changes to logging · 2 parts skipped · 1 note',
    );
    expect(
      fileSummary({
        ...file,
        compressed: false,
        records: 1,
        changes: 0,
        problemCount: 0,
        errorCount: 0,
        format: "single",
      }),
    ).toBe("a single event · 1 event");
  });

  it("shows a change's values: strings as they are, others as JSON, nothing for unknown", () => {
    expect([
      changeValue("OFF"),
      changeValue(true),
      changeValue({ a: 1 }),
      changeValue(null),
      changeValue(undefined),
    ]).toEqual(["OFF", "true", '{"a":1}', null, null]);
  });

  it("names every docs link of the notes by guide and page", () => {
    const urls = [...new Set(Object.values(whereNotes).flatMap((note) => note.docs))];
    expect(urls.map(docLabel)).toEqual([
      "API Gateway guide: cloudtrail",
      "API Gateway guide: set up logging",
      "AWS IoT guide: iot using cloudtrail",
      "CloudTrail guide: view cloudtrail events",
      "CloudTrail API reference: LookupEvents",
      "CloudTrail guide: cloudtrail concepts",
    ]);
    expect(docLabel("https://example.com/page")).toBe("example.com/page");
  });
});
