import { describe, expect, it } from "vitest";
import { readModel } from "../model/read-model";
import { capture } from "../testing/capture-builder";
import { iamRoleEvent, identities, lookupEventsCall, restUpdateStage, trailRecord, updateAccount } from "./testing/trail-records";
import { changeTimeline } from "./timeline";

const roleA = "arn:aws:iam::123456789012:role/apigw-logs";
const roleB = "arn:aws:iam::123456789012:role/other-logs";

function timelineOf(records: Record<string, unknown>[], roleRecords: Record<string, unknown>[] = []) {
  const built = capture()
    .restApi("a1", { name: "pets" })
    .stage("prod")
    .stage("dev")
    .call(lookupEventsCall("us-east-1", "EventSource", "apigateway.amazonaws.com", records))
    .call(lookupEventsCall("us-east-1", "ResourceName", "apigw-logs", roleRecords))
    .build();
  return changeTimeline(readModel(built));
}

describe("changeTimeline", () => {
  it("groups changes per stage and for the account, oldest first, with who, where from and what", () => {
    const [region] = timelineOf([
      restUpdateStage("a1", "prod", [{ op: "replace", path: "/*/*/logging/loglevel", value: "OFF" }], { eventTime: "2026-11-20T10:00:00Z", userIdentity: identities.alice }),
      restUpdateStage("a1", "prod", [{ op: "replace", path: "/*/*/logging/loglevel", value: "INFO" }], { eventTime: "2026-11-10T10:00:00Z" }),
      updateAccount([{ op: "replace", path: "/cloudwatchRoleArn", value: roleB }], { eventTime: "2026-11-15T00:00:00Z" }),
      updateAccount([{ op: "replace", path: "/cloudwatchRoleArn", value: roleA }], { eventTime: "2026-11-01T00:00:00Z" }),
      trailRecord({ eventName: "GetRestApis", readOnly: true, requestParameters: { limit: 500 } }),
    ]);
    expect(region.history).toEqual({ state: "collected", call: "cloudtrail:LookupEvents", reason: null });
    expect(region.stages.map((s) => [s.api.id, s.stage, s.entries.map((e) => [e.time, e.level])])).toEqual([
      ["a1", "prod", [["2026-11-10T10:00:00Z", "info"], ["2026-11-20T10:00:00Z", "warn"]]],
    ]);
    const off = region.stages[0].entries[1];
    expect(off).toMatchObject({ eventName: "UpdateStage", sourceIp: "198.51.100.23", actor: { type: "IAMUser", arn: "arn:aws:iam::123456789012:user/Alice" } });
    expect(off.summary).toBe("stage prod of API a1: execution logging turned OFF for the whole stage");
    expect(region.account.map((e) => e.changes[0].from)).toEqual([null, roleA]);
    expect(region.account.map((e) => e.changes[0].to)).toEqual([roleA, roleB]);
    expect(JSON.parse(JSON.stringify(region))).toEqual(region);
  });

  it("leaves out failed calls and APIs the scan did not cover", () => {
    const [region] = timelineOf([
      restUpdateStage("a1", "prod", [{ op: "replace", path: "/*/*/logging/loglevel", value: "OFF" }], { errorCode: "AccessDenied" }),
      restUpdateStage("zz9", "prod", [{ op: "replace", path: "/*/*/logging/loglevel", value: "OFF" }]),
    ]);
    expect(region.stages).toEqual([]);
  });

  it("lists IAM changes to the region's logging role", () => {
    const [region] = timelineOf([], [iamRoleEvent("DetachRolePolicy", "apigw-logs", { policyArn: "arn:aws:iam::aws:policy/x" }), iamRoleEvent("DeleteRole", "another-role")]);
    expect(region.role?.arn).toBe(roleA);
    expect(region.role?.entries.map((e) => [e.eventName, e.level])).toEqual([["DetachRolePolicy", "warn"]]);
  });

  it("says why there is no history when LookupEvents was not collected", () => {
    const built = capture().restApi("a1").stage("prod").build();
    const [region] = changeTimeline(readModel(built));
    expect(region.history).toEqual({ state: "not-collected", call: "cloudtrail:LookupEvents", reason: "cloudtrail:LookupEvents was not collected" });
    expect(region.stages).toEqual([]);
  });
});
