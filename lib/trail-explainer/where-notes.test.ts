import { describe, expect, it } from "vitest";
import type { TrailFileView } from "./trail-session";
import { notesForFiles, notesForLookup } from "./where-notes";

const view = (fields: Partial<TrailFileView>): TrailFileView => ({
  id: 1,
  name: "f",
  origin: "file",
  status: "done",
  bytes: 1,
  bytesRead: 1,
  compressed: false,
  format: "records",
  records: 1,
  changes: 0,
  notKept: 0,
  problems: [],
  problemCount: 0,
  errorCount: 0,
  sources: [],
  unreadable: null,
  ...fields,
});
const ids = (notes: { id: string }[]) => notes.map((note) => note.id);

describe("where is my event: notes", () => {
  it("before anything is read: API requests and the Test button are never recorded, history keeps 90 days", () => {
    expect(ids(notesForFiles([]))).toEqual([
      "api-requests-not-recorded",
      "test-invoke-not-recorded",
      "event-history-90-days",
    ]);
    expect(ids(notesForFiles([view({ unreadable: "not JSON", records: 0 })]))).toEqual(ids(notesForFiles([])));
  });

  it("follows what the files hold, each note once", () => {
    const files = [
      view({ sources: ["apigateway.amazonaws.com"] }),
      view({ id: 2, sources: ["iot.amazonaws.com", "apigateway.amazonaws.com"] }),
      view({ id: 3, format: "lookup-events", sources: ["iam.amazonaws.com"] }),
      view({ id: 4, status: "reading", sources: ["sts.amazonaws.com"] }),
    ];
    expect(ids(notesForFiles(files))).toEqual([
      "api-requests-not-recorded",
      "test-invoke-not-recorded",
      "iot-data-plane-not-recorded",
      "iot-list-calls-not-recorded",
      "global-events-us-east-1",
      "event-history-90-days",
    ]);
  });

  it.each([
    ["TestInvokeMethod", ["test-invoke-not-recorded"]],
    ["  GET ", ["api-requests-not-recorded"]],
    ["ListThings", ["iot-list-calls-not-recorded"]],
    ["iot:Publish", ["iot-data-plane-not-recorded"]],
    ["iam:GetRole", ["global-events-us-east-1"]],
    ["iam.amazonaws.com GetRole", ["global-events-us-east-1"]],
    ["UpdateStage", []],
    ["", []],
  ])("looking for %j", (text, expected) => {
    expect(ids(notesForLookup(text))).toEqual(expected);
  });
});
