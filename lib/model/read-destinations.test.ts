import { describe, expect, it } from "vitest";
import { accessDenied, capture } from "../../testing/capture-builder";
import { readModel } from "./read-model";

const key = "arn:aws:kms:us-east-1:123456789012:key/k1";
const model = () =>
  readModel(
    capture()
      .resourcePolicies("us-east-1", [{ name: "account-wide", document: { Statement: [] } }])
      .groupPolicies("us-east-1", "/own", [{ name: "own", document: { Statement: [] } }])
      .groupPolicies("us-east-1", "/denied", accessDenied("logs:DescribeResourcePolicies"))
      .logGroupDetails("us-east-1", "", [
        { name: "/own", kmsKeyId: key, retentionInDays: 3, logGroupClass: "STANDARD" },
      ])
      .kmsKey("us-east-1", key, "PendingDeletion")
      .kmsKey("us-east-1", "arn:aws:kms:us-east-1:123456789012:key/gone", {
        name: "NotFoundException",
        message: "gone",
      })
      .firehoseStream("us-east-1", "live", "ACTIVE")
      .firehoseStream("us-east-1", "gone", { name: "ResourceNotFoundException", message: "gone" })
      .firehoseStream("us-east-1", "denied", accessDenied())
      .build(),
  ).regions[0];

describe("the model of log destinations", () => {
  it("keeps account-scoped policies apart from a group's own (resource-scoped) ones", () => {
    const region = model();
    expect(region.resourcePolicies).toMatchObject({ state: "collected", value: [{ name: "account-wide" }] });
    expect(region.groupPolicies.get("/own")).toMatchObject({ state: "collected", value: [{ name: "own" }] });
    expect(region.groupPolicies.get("/denied")).toMatchObject({
      state: "error",
      error: { name: "AccessDeniedException" },
    });
    expect(region.groupPolicies.has("/never-asked")).toBe(false);
  });

  it("reads a group's key, retention and class", () => {
    expect(model().logGroups.lookup("/own")).toMatchObject({
      state: "exists",
      group: { kmsKeyId: key, retentionInDays: 3, logGroupClass: "STANDARD" },
    });
  });

  it("reads KMS and Firehose answers, a not-found one as an answer (null), other errors as errors", () => {
    const region = model();
    expect(region.kmsKeys.get(key)).toMatchObject({ state: "collected", value: { keyState: "PendingDeletion" } });
    expect(region.kmsKeys.get("arn:aws:kms:us-east-1:123456789012:key/gone")).toMatchObject({
      state: "collected",
      value: null,
    });
    expect(region.firehoseStreams.get("live")).toMatchObject({ state: "collected", value: { status: "ACTIVE" } });
    expect(region.firehoseStreams.get("gone")).toMatchObject({ state: "collected", value: null });
    expect(region.firehoseStreams.get("denied")).toMatchObject({ state: "error" });
  });

  it("reads canarySettings of REST stages", () => {
    const built = capture()
      .restApi("a1")
      .stage("prod", { canarySettings: { percentTraffic: 5 } })
      .stage("dev")
      .build();
    const stages = readModel(built).regions[0].apis[0].stages;
    expect(stages.state === "collected" ? stages.value.map((s) => s.canarySettings) : null).toEqual([
      { percentTraffic: 5 },
      null,
    ]);
  });
});
