import { describe, expect, it } from "vitest";
import { readModel } from "../model/read-model";
import { capture, capturedAtMs } from "../../testing/capture-builder";
import { formatAge, latestEvents, latestEventsRequests } from "./latest-events";

const region = "us-east-1";
const apiId = "a1b2c3d4e5";
const where = { region, apiId, stage: "prod" };

describe("latestEvents", () => {
  it("reads only groups whose newest stream the scan found, and says why the others have no events", () => {
    const built = capture()
      .restApi(apiId)
      .stage("prod", {
        access: {
          destinationArn: "arn:aws:firehose:us-east-1:123456789012:deliverystream/logs",
          format: "$context.requestId",
        },
      })
      .logGroups(region, `API-Gateway-Execution-Logs_${apiId}/prod`, [])
      .build();
    const model = readModel(built);
    expect(latestEventsRequests(model, where)).toEqual([]);
    const kinds = latestEvents({ ...where, capture: built, model, now: capturedAtMs })!;
    expect(kinds.map((k) => [k.kind, k.status, k.why[0]])).toEqual([
      ["execution", "no-events", "The group does not exist: nothing has ever been written to it."],
      ["access", "not-searchable", expect.stringMatching(/Firehose stream logs, which Log Doctor cannot search/)],
    ]);
  });

  it("returns null for a stage the capture does not hold", () => {
    const built = capture().restApi(apiId).stage("prod").build();
    expect(
      latestEvents({ ...where, stage: "dev", capture: built, model: readModel(built), now: capturedAtMs }),
    ).toBeNull();
  });
});

describe("formatAge", () => {
  it.each([
    [12_000, "12 s ago"],
    [4 * 60_000, "4 min ago"],
    [3 * 3_600_000, "3 h ago"],
    [2 * 86_400_000, "2 d ago"],
  ])("%d ms → %s", (ms, text) => {
    expect(formatAge(ms)).toBe(text);
  });
});
