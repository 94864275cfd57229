import { expect, it } from "vitest";
import {
  identities,
  lookupEventsCall,
  lookupEventsError,
  restUpdateStage,
  trailRecord,
  updateAccount,
} from "../../testing/cloudtrail/trail-records";
import type { Capture } from "../capture/schema";
import { readModel } from "../model/read-model";
import { capture } from "../../testing/capture-builder";
import check from "./cloudtrail-logging-changed";
import { describeCheck } from "./testing/findings";

const apigatewayEvents = (records: Record<string, unknown>[]) =>
  lookupEventsCall("us-east-1", "EventSource", "apigateway.amazonaws.com", records);
const logsEvents = (records: Record<string, unknown>[]) =>
  lookupEventsCall("us-east-1", "EventSource", "logs.amazonaws.com", records);
const logsRecord = (eventName: string, requestParameters: Record<string, unknown>) =>
  trailRecord({ eventName, eventSource: "logs.amazonaws.com", requestParameters });
const deliveryGrant = {
  Version: "2012-10-17",
  Statement: [
    {
      Effect: "Allow",
      Principal: { Service: "delivery.logs.amazonaws.com" },
      Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
      Resource: "arn:aws:logs:us-east-1:123456789012:log-group:*:log-stream:*",
    },
  ],
};
const off = restUpdateStage("a1", "prod", [{ op: "replace", path: "/*/*/logging/loglevel", value: "OFF" }], {
  eventTime: "2026-11-20T10:00:00Z",
  userIdentity: identities.alice,
});
const on = restUpdateStage("a1", "prod", [{ op: "replace", path: "/*/*/logging/loglevel", value: "INFO" }], {
  eventTime: "2026-11-10T10:00:00Z",
});

interface Case {
  name: string;
  capture: Capture;
  expected: {
    status: string;
    api: string | null;
    stage: string | null;
    target: null;
    evidence?: number;
    message?: RegExp;
    fixCli?: RegExp | null;
  }[];
}

export const cases: Case[] = [
  {
    name: "pass: events were collected and none touched logging; CloudWatch Logs-side events not read is said",
    capture: capture()
      .restApi("a1")
      .stage("prod")
      .call(
        apigatewayEvents([
          trailRecord({
            eventName: "CreateResource",
            requestParameters: { restApiId: "a1", parentId: "r0", pathPart: "pets" },
          }),
        ]),
      )
      .build(),
    expected: [
      {
        status: "pass",
        api: null,
        stage: null,
        target: null,
        message: /None of the 1 API Gateway events.*CloudWatch Logs-side events were not read/,
      },
    ],
  },
  {
    name: "pass: both histories read, and the CloudWatch Logs event touched no scanned stage's group",
    capture: capture()
      .restApi("a1")
      .stage("prod")
      .call(apigatewayEvents([]))
      .call(logsEvents([logsRecord("DeleteLogGroup", { logGroupName: "unrelated" })]))
      .build(),
    expected: [
      { status: "pass", api: null, stage: null, target: null, message: /nor did any of the 1 CloudWatch Logs events/ },
    ],
  },
  {
    name: "info: a deployment to a stage that already existed changed no logging setting",
    capture: capture()
      .restApi("a1")
      .stage("prod", { extra: { createdDate: "2026-01-01T00:00:00Z" } })
      .call(
        apigatewayEvents([
          trailRecord({
            eventName: "CreateDeployment",
            requestParameters: { restApiId: "a1", createDeploymentInput: { stageName: "prod" } },
          }),
        ]),
      )
      .build(),
    expected: [
      { status: "info", api: "a1", stage: "prod", target: null, message: /which already existed/, fixCli: null },
    ],
  },
  {
    name: "warn: CreateStage 20 s before the stage's createdDate recreated it, and it now logs nothing; the fix turns logging on",
    capture: capture()
      .restApi("a1")
      .stage("prod", { loggingLevel: null, extra: { createdDate: "2026-11-20T10:00:20Z" } })
      .call(
        apigatewayEvents([
          trailRecord({
            eventName: "CreateStage",
            eventTime: "2026-11-20T10:00:00Z",
            requestParameters: { restApiId: "a1", createStageInput: { stageName: "prod", deploymentId: "d2" } },
          }),
        ]),
      )
      .build(),
    expected: [
      {
        status: "warn",
        api: "a1",
        stage: "prod",
        target: null,
        message: /CreateStage created stage prod .* now has execution logging off/,
        fixCli: /--patch-operations 'op=replace,path=\/\*\/\*\/logging\/loglevel,value=INFO'/,
      },
    ],
  },
  {
    name: "warn: a v2 CreateStage recreated an HTTP stage without access logs; the fix sets access logging, not execution logging",
    capture: capture()
      .httpApi("h1")
      .stage("$default", { access: null, extra: { CreatedDate: "2026-11-20T10:00:05Z" } })
      .call(
        apigatewayEvents([
          trailRecord({
            eventName: "CreateStage",
            eventTime: "2026-11-20T10:00:00Z",
            requestParameters: { apiId: "h1", stageName: "$default", autoDeploy: true },
          }),
        ]),
      )
      .build(),
    expected: [
      {
        status: "warn",
        api: "h1",
        stage: "$default",
        target: null,
        message: /now has access logging off/,
        fixCli: /aws apigatewayv2 update-stage .*--access-log-settings/,
      },
    ],
  },
  {
    name: "info: the same CreateStage when the recreated stage logs → not a cause",
    capture: capture()
      .restApi("a1")
      .stage("prod", { extra: { createdDate: "2026-11-20T10:00:20Z" } })
      .call(
        apigatewayEvents([
          trailRecord({
            eventName: "CreateStage",
            eventTime: "2026-11-20T10:00:00Z",
            requestParameters: { restApiId: "a1", createStageInput: { stageName: "prod", deploymentId: "d2" } },
          }),
        ]),
      )
      .build(),
    expected: [{ status: "info", api: "a1", stage: "prod", target: null, message: /it logs now/ }],
  },
  {
    name: "warn: DeleteLogGroup of the stage's execution group; the fix redeploys (the next request does not recreate it)",
    capture: capture()
      .restApi("a1")
      .stage("prod")
      .call(apigatewayEvents([]))
      .call(logsEvents([logsRecord("DeleteLogGroup", { logGroupName: "API-Gateway-Execution-Logs_a1/prod" })]))
      .build(),
    expected: [
      {
        status: "warn",
        api: "a1",
        stage: "prod",
        target: null,
        evidence: 1,
        message: /DeleteLogGroup .*log group API-Gateway-Execution-Logs_a1\/prod deleted/,
        fixCli: /aws apigateway create-deployment --region us-east-1 --rest-api-id a1 --stage-name prod/,
      },
    ],
  },
  {
    name: "warn: DeleteLogGroup of a WebSocket stage's execution group; the fix redeploys with apigatewayv2",
    capture: capture()
      .webSocketApi("w1")
      .stage("live")
      .call(apigatewayEvents([]))
      .call(logsEvents([logsRecord("DeleteLogGroup", { logGroupName: "API-Gateway-Execution-Logs_w1/live" })]))
      .build(),
    expected: [
      {
        status: "warn",
        api: "w1",
        stage: "live",
        target: null,
        fixCli: /aws apigatewayv2 create-deployment --region us-east-1 --api-id w1 --stage-name live/,
      },
    ],
  },
  {
    name: "warn: PutResourcePolicy named AWSLogDeliveryWrite… and the HTTP stage's destination is now not granted",
    capture: capture()
      .httpApi("h1")
      .stage("$default")
      .resourcePolicies("us-east-1", [
        { name: "AWSLogDeliveryWrite20150319", document: { Version: "2012-10-17", Statement: [] } },
      ])
      // v2: the group's own policies are read too; none grants, so the destination is not granted (a fail, not unknown).
      .groupPolicies("us-east-1", "/aws/apigateway/h1/$default", [])
      .call(apigatewayEvents([]))
      .call(
        logsEvents([
          logsRecord("PutResourcePolicy", { policyName: "AWSLogDeliveryWrite20150319", policyDocument: "{}" }),
        ]),
      )
      .build(),
    expected: [
      {
        status: "warn",
        api: "h1",
        stage: "$default",
        target: null,
        message: /now not granted to delivery\.logs\.amazonaws\.com/,
      },
    ],
  },
  {
    name: "info: the same PutResourcePolicy when the destination is granted",
    capture: capture()
      .httpApi("h1")
      .stage("$default")
      .resourcePolicies("us-east-1", [{ name: "AWSLogDeliveryWrite20150319", document: deliveryGrant }])
      .call(apigatewayEvents([]))
      .call(
        logsEvents([
          logsRecord("PutResourcePolicy", { policyName: "AWSLogDeliveryWrite20150319", policyDocument: "{}" }),
        ]),
      )
      .build(),
    expected: [
      {
        status: "info",
        api: "h1",
        stage: "$default",
        target: null,
        message: /resource policy AWSLogDeliveryWrite20150319 replaced/,
      },
    ],
  },
  {
    name: "warn: UpdateStage turned the stage's logging OFF, with who, when, from where and the command to revert",
    capture: capture()
      .restApi("a1", { name: "pets" })
      .stage("prod")
      .call(apigatewayEvents([off]))
      .build(),
    expected: [
      {
        status: "warn",
        api: "a1",
        stage: "prod",
        target: null,
        evidence: 1,
        message:
          /2026-11-20T10:00:00Z UpdateStage by IAM user Alice \(IAMUser arn:aws:iam::123456789012:user\/Alice\) from 198\.51\.100\.23 with "aws-cli\/2\.15\.0.*": execution logging turned OFF for the whole stage/,
        fixCli:
          /aws apigateway update-stage --region us-east-1 --rest-api-id a1 --stage-name prod --patch-operations 'op=replace,path=\/\*\/\*\/logging\/loglevel,value=INFO'/,
      },
    ],
  },
  {
    name: "several events on one stage are one finding listing them all, oldest first; turned back on needs no fix",
    capture: capture()
      .restApi("a1")
      .stage("prod")
      .call(apigatewayEvents([off, { ...on, eventTime: "2026-11-21T10:00:00Z" }]))
      .build(),
    expected: [
      {
        status: "warn",
        api: "a1",
        stage: "prod",
        target: null,
        evidence: 2,
        message: /\(1\) 2026-11-20T10:00:00Z .*; \(2\) 2026-11-21T10:00:00Z/,
        fixCli: null,
      },
    ],
  },
  {
    name: "info: a change that turned logging on",
    capture: capture()
      .restApi("a1")
      .stage("prod")
      .call(apigatewayEvents([on]))
      .build(),
    expected: [
      {
        status: "info",
        api: "a1",
        stage: "prod",
        target: null,
        evidence: 1,
        message: /changed logging without turning it off/,
      },
    ],
  },
  {
    name: "warn: UpdateAccount changed the role; api, stage and target are null",
    capture: capture()
      .restApi("a1")
      .stage("prod")
      .call(
        apigatewayEvents([
          updateAccount([{ op: "replace", path: "/cloudwatchRoleArn", value: "arn:aws:iam::123456789012:role/other" }]),
        ]),
      )
      .build(),
    expected: [
      {
        status: "warn",
        api: null,
        stage: null,
        target: null,
        evidence: 1,
        message: /account's CloudWatch Logs role setting in us-east-1/,
      },
    ],
  },
  {
    name: "warn: v2 UpdateStage turned a WebSocket stage's default route logging OFF",
    capture: capture()
      .webSocketApi("w1")
      .stage("live")
      .call(
        apigatewayEvents([
          trailRecord({
            eventName: "UpdateStage",
            requestParameters: { apiId: "w1", stageName: "live", defaultRouteSettings: { loggingLevel: "OFF" } },
          }),
        ]),
      )
      .build(),
    expected: [
      {
        status: "warn",
        api: "w1",
        stage: "live",
        target: null,
        evidence: 1,
        fixCli:
          /aws apigatewayv2 update-stage --region us-east-1 --api-id w1 --stage-name live --default-route-settings LoggingLevel=INFO/,
      },
    ],
  },
  {
    name: "pass: a failed UpdateStage changed nothing",
    capture: capture()
      .restApi("a1")
      .stage("prod")
      .call(
        apigatewayEvents([
          restUpdateStage("a1", "prod", [{ op: "replace", path: "/*/*/logging/loglevel", value: "OFF" }], {
            errorCode: "AccessDenied",
          }),
        ]),
      )
      .build(),
    expected: [{ status: "pass", api: null, stage: null, target: null }],
  },
  {
    name: "unknown: LookupEvents was not collected",
    capture: capture().restApi("a1").stage("prod").build(),
    expected: [
      { status: "unknown", api: null, stage: null, target: null, message: /cloudtrail:LookupEvents was not collected/ },
    ],
  },
  {
    name: "unknown: LookupEvents failed",
    capture: capture()
      .restApi("a1")
      .stage("prod")
      .call(lookupEventsError("us-east-1", "EventSource", "apigateway.amazonaws.com"))
      .build(),
    expected: [{ status: "unknown", api: null, stage: null, target: null, message: /AccessDeniedException/ }],
  },
];

describeCheck(check, () => {
  it.each(cases)("$name", ({ capture: built, expected }) => {
    const findings = check.run({ model: readModel(built), symptoms: new Set() });
    expect(
      findings.map((f) => ({ status: f.status, api: f.api?.id ?? null, stage: f.stage, target: f.target })),
    ).toEqual(expected.map(({ status, api, stage, target }) => ({ status, api, stage, target })));
    findings.forEach((finding, index) => {
      const want = expected[index];
      expect(finding.region).toBe("us-east-1");
      if (want.evidence !== undefined) expect(finding.evidence).toHaveLength(want.evidence);
      if (want.message) expect(finding.message).toMatch(want.message);
      if (want.fixCli === null) expect(finding.fix?.cli).toBeUndefined();
      else if (want.fixCli) expect(finding.fix?.cli).toMatch(want.fixCli);
    });
  });
});
