import { describe, expect, it } from "vitest";
import { footerNotes, notesForEventName, whereNotes } from "./where-is-my-event";

describe("notesForEventName", () => {
  it.each([
    ["TestInvokeMethod", null, ["test-invoke-not-recorded"]],
    ["testinvokeauthorizer", null, ["test-invoke-not-recorded"]],
    ["Invoke", null, ["api-requests-not-recorded"]],
    ["GET", null, ["api-requests-not-recorded"]],
    ["Publish", null, ["iot-data-plane-not-recorded"]],
    ["ListThings", null, ["iot-list-calls-not-recorded"]],
    ["DeleteRole", null, ["global-events-us-east-1"]],
    ["AssumeRole", "sts.amazonaws.com", ["global-events-us-east-1"]],
    ["UpdateStage", "apigateway.amazonaws.com", []],
  ])("%s", (name, source, ids) => {
    expect(notesForEventName(name, source).map((note) => note.id)).toEqual(ids);
  });
});

describe("footerNotes", () => {
  it.each([
    [
      { sources: ["apigateway.amazonaws.com"], format: "records" as const, events: 3 },
      ["api-requests-not-recorded", "test-invoke-not-recorded"],
    ],
    [
      { sources: ["iot.amazonaws.com", "iam.amazonaws.com"], format: "lookup-events" as const, events: 2 },
      [
        "iot-data-plane-not-recorded",
        "iot-list-calls-not-recorded",
        "global-events-us-east-1",
        "event-history-90-days",
      ],
    ],
    [
      { sources: [], format: "empty" as const, events: 0 },
      ["api-requests-not-recorded", "test-invoke-not-recorded", "event-history-90-days"],
    ],
  ])("%j", (input, ids) => {
    expect(footerNotes(input).map((note) => note.id)).toEqual(ids);
  });

  it("cites an AWS documentation page for every note", () => {
    for (const note of Object.values(whereNotes)) {
      expect(note.docs.length).toBeGreaterThan(0);
      for (const url of note.docs) expect(url).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
    }
  });
});
