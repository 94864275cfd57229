import { describe, expect, it } from "vitest";
import { readModel } from "../model/read-model";
import { capture } from "../../testing/capture-builder";
import {
  iamRoleEvent,
  identities,
  lookupEventsCall,
  restUpdateStage,
  trailRecord,
  updateAccount,
} from "../../testing/cloudtrail/trail-records";
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
      restUpdateStage("a1", "prod", [{ op: "replace", path: "/*/*/logging/loglevel", value: "OFF" }], {
        eventTime: "2026-11-20T10:00:00Z",
        userIdentity: identities.alice,
      }),
      restUpdateStage("a1", "prod", [{ op: "replace", path: "/*/*/logging/loglevel", value: "INFO" }], {
        eventTime: "2026-11-10T10:00:00Z",
      }),
      updateAccount([{ op: "replace", path: "/cloudwatchRoleArn", value: roleB }], {
        eventTime: "2026-11-15T00:00:00Z",
      }),
      updateAccount([{ op: "replace", path: "/cloudwatchRoleArn", value: roleA }], {
        eventTime: "2026-11-01T00:00:00Z",
      }),
      trailRecord({ eventName: "GetRestApis", readOnly: true, requestParameters: { limit: 500 } }),
    ]);
    expect(region.history).toEqual({ state: "collected", call: "cloudtrail:LookupEvents", reason: null });
    expect(region.stages.map((s) => [s.api.id, s.stage, s.entries.map((e) => [e.time, e.level])])).toEqual([
      [
        "a1",
        "prod",
        [
          ["2026-11-10T10:00:00Z", "info"],
          ["2026-11-20T10:00:00Z", "warn"],
        ],
      ],
    ]);
    const off = region.stages[0].entries[1];
    expect(off).toMatchObject({
      eventName: "UpdateStage",
      sourceIp: "198.51.100.23",
      actor: { type: "IAMUser", arn: "arn:aws:iam::123456789012:user/Alice" },
    });
    expect(off.summary).toBe("stage prod of API a1: execution logging turned OFF for the whole stage");
    expect(region.account.map((e) => e.changes[0].from)).toEqual([null, roleA]);
    expect(region.account.map((e) => e.changes[0].to)).toEqual([roleA, roleB]);
    expect(JSON.parse(JSON.stringify(region))).toEqual(region);
  });

  it("leaves out failed calls and APIs the scan did not cover", () => {
    const [region] = timelineOf([
      restUpdateStage("a1", "prod", [{ op: "replace", path: "/*/*/logging/loglevel", value: "OFF" }], {
        errorCode: "AccessDenied",
      }),
      restUpdateStage("zz9", "prod", [{ op: "replace", path: "/*/*/logging/loglevel", value: "OFF" }]),
    ]);
    expect(region.stages).toEqual([]);
  });

  it("lists IAM changes to the region's logging role", () => {
    const [region] = timelineOf(
      [],
      [
        iamRoleEvent("DetachRolePolicy", "apigw-logs", { policyArn: "arn:aws:iam::aws:policy/x" }),
        iamRoleEvent("DeleteRole", "another-role"),
      ],
    );
    expect(region.role?.arn).toBe(roleA);
    expect(region.role?.entries.map((e) => [e.eventName, e.level])).toEqual([["DetachRolePolicy", "warn"]]);
  });

  it("warns on a CreateStage that created a stage now logging nothing; a deployment to an older stage is info", () => {
    const built = capture()
      .restApi("a1", { name: "pets" })
      .stage("prod", { loggingLevel: null, access: null, extra: { createdDate: "2026-11-20T10:00:30Z" } })
      .stage("dev", { extra: { createdDate: "2026-01-01T00:00:00Z" } })
      .call(
        lookupEventsCall("us-east-1", "EventSource", "apigateway.amazonaws.com", [
          trailRecord({
            eventName: "CreateStage",
            eventTime: "2026-11-20T10:00:00Z",
            requestParameters: { restApiId: "a1", createStageInput: { stageName: "prod", deploymentId: "d9" } },
          }),
          trailRecord({
            eventName: "CreateDeployment",
            eventTime: "2026-11-21T10:00:00Z",
            requestParameters: { restApiId: "a1", createDeploymentInput: { stageName: "dev" } },
          }),
        ]),
      )
      .build();
    const [region] = changeTimeline(readModel(built));
    expect(
      region.stages.map((s) => [s.stage, s.entries.map((e) => [e.eventName, e.level, e.changes[0].description])]),
    ).toEqual([
      [
        "dev",
        [
          [
            "CreateDeployment",
            "info",
            "deployed to stage dev, which already existed (created 2026-01-01T00:00:00.000Z): its logging settings are unchanged",
          ],
        ],
      ],
      [
        "prod",
        [
          [
            "CreateStage",
            "warn",
            "CreateStage created stage prod (its createdDate is 2026-11-20T10:00:30.000Z), which now has execution logging and access logging off: a recreated stage starts without the old one's method settings",
          ],
        ],
      ],
    ]);
  });

  it("joins CloudWatch Logs-side changes to the stages whose groups, deliveries and grants they touch", () => {
    const account = "123456789012";
    const stageArn = `arn:aws:apigateway:us-east-1::/restapis/a1/stages/dev`;
    const logsEvent = (
      eventName: string,
      requestParameters: Record<string, unknown>,
      responseElements: Record<string, unknown> | null = null,
    ) => ({
      ...trailRecord({ eventName, eventSource: "logs.amazonaws.com", requestParameters }),
      responseElements,
    });
    const built = capture()
      .restApi("a1", { name: "pets" })
      .stage("prod")
      .stage("dev")
      .httpApi("h1", { name: "orders" })
      .stage("$default")
      .call({
        service: "cloudwatch-logs",
        region: "us-east-1",
        operation: "DescribeDeliverySources",
        input: {},
        output: { deliverySources: [{ name: "dev-exec", logType: "EXECUTION_LOGS", resourceArns: [stageArn] }] },
      })
      // The history is read when API Gateway's events were (both sides come from the same LookupEvents permission).
      .call(lookupEventsCall("us-east-1", "EventSource", "apigateway.amazonaws.com", []))
      .call(
        lookupEventsCall("us-east-1", "EventSource", "logs.amazonaws.com", [
          logsEvent("DeleteLogGroup", { logGroupName: "/aws/apigateway/a1/prod" }),
          logsEvent("DeleteLogGroup", { logGroupName: "some-other-group" }),
          logsEvent(
            "CreateDelivery",
            {
              deliverySourceName: "dev-exec",
              deliveryDestinationArn: `arn:aws:logs:us-east-1:${account}:delivery-destination:d`,
            },
            { delivery: { id: "dlv-7" } },
          ),
          logsEvent("DeleteDelivery", { id: "dlv-7" }),
          logsEvent("DeleteResourcePolicy", { policyName: "AWSLogDeliveryWrite20150319" }),
          logsEvent("PutResourcePolicy", { policyName: "unrelated", policyDocument: "{}" }),
        ]),
      )
      .build();
    const [region] = changeTimeline(readModel(built));
    expect(region.logsHistory?.state).toBe("collected");
    expect(region.stages.map((s) => [s.api.id, s.stage, s.entries.map((e) => [e.eventName, e.level])])).toEqual([
      ["a1", "dev", [["DeleteDelivery", "warn"]]],
      ["a1", "prod", [["DeleteLogGroup", "warn"]]],
      ["h1", "$default", [["DeleteResourcePolicy", "warn"]]],
    ]);
    expect(region.stages[1].entries[0].summary).toBe(
      "CloudWatch Logs: log group /aws/apigateway/a1/prod deleted, with every event it held",
    );
  });

  it("says why there is no history when LookupEvents was not collected", () => {
    const built = capture().restApi("a1").stage("prod").build();
    const [region] = changeTimeline(readModel(built));
    expect(region.history).toEqual({
      state: "not-collected",
      call: "cloudtrail:LookupEvents",
      reason: "cloudtrail:LookupEvents was not collected",
    });
    expect(region.stages).toEqual([]);
  });
});
