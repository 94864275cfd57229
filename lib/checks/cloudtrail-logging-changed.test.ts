import { expect, it } from "vitest";
import { identities, lookupEventsCall, lookupEventsError, restUpdateStage, trailRecord, updateAccount } from "../cloudtrail/testing/trail-records";
import type { Capture } from "../capture/schema";
import { readModel } from "../model/read-model";
import { capture } from "../testing/capture-builder";
import check from "./cloudtrail-logging-changed";
import { describeCheck } from "./support/testing/findings";

const apigatewayEvents = (records: Record<string, unknown>[]) => lookupEventsCall("us-east-1", "EventSource", "apigateway.amazonaws.com", records);
const off = restUpdateStage("a1", "prod", [{ op: "replace", path: "/*/*/logging/loglevel", value: "OFF" }], { eventTime: "2026-11-20T10:00:00Z", userIdentity: identities.alice });
const on = restUpdateStage("a1", "prod", [{ op: "replace", path: "/*/*/logging/loglevel", value: "INFO" }], { eventTime: "2026-11-10T10:00:00Z" });

interface Case {
  name: string;
  capture: Capture;
  expected: { status: string; api: string | null; stage: string | null; target: null; evidence?: number; message?: RegExp; fixCli?: RegExp | null }[];
}

export const cases: Case[] = [
  {
    name: "pass: events were collected and none touched logging",
    capture: capture().restApi("a1").stage("prod").call(apigatewayEvents([trailRecord({ eventName: "CreateDeployment", requestParameters: { restApiId: "a1", createDeploymentInput: { stageName: "prod" } } })])).build(),
    expected: [{ status: "pass", api: null, stage: null, target: null, message: /None of the 1 API Gateway events/ }],
  },
  {
    name: "warn: UpdateStage turned the stage's logging OFF, with who, when, from where and the command to revert",
    capture: capture().restApi("a1", { name: "pets" }).stage("prod").call(apigatewayEvents([off])).build(),
    expected: [
      {
        status: "warn",
        api: "a1",
        stage: "prod",
        target: null,
        evidence: 1,
        message: /2026-11-20T10:00:00Z UpdateStage by IAM user Alice \(IAMUser arn:aws:iam::123456789012:user\/Alice\) from 198\.51\.100\.23 with "aws-cli\/2\.15\.0.*": execution logging turned OFF for the whole stage/,
        fixCli: /aws apigateway update-stage --region us-east-1 --rest-api-id a1 --stage-name prod --patch-operations 'op=replace,path=\/\*\/\*\/logging\/loglevel,value=INFO'/,
      },
    ],
  },
  {
    name: "several events on one stage are one finding listing them all, oldest first; turned back on needs no fix",
    capture: capture().restApi("a1").stage("prod").call(apigatewayEvents([off, { ...on, eventTime: "2026-11-21T10:00:00Z" }])).build(),
    expected: [{ status: "warn", api: "a1", stage: "prod", target: null, evidence: 2, message: /\(1\) 2026-11-20T10:00:00Z .*; \(2\) 2026-11-21T10:00:00Z/, fixCli: null }],
  },
  {
    name: "info: a change that turned logging on",
    capture: capture().restApi("a1").stage("prod").call(apigatewayEvents([on])).build(),
    expected: [{ status: "info", api: "a1", stage: "prod", target: null, evidence: 1, message: /changed logging without turning it off/ }],
  },
  {
    name: "warn: UpdateAccount changed the role; api, stage and target are null",
    capture: capture().restApi("a1").stage("prod").call(apigatewayEvents([updateAccount([{ op: "replace", path: "/cloudwatchRoleArn", value: "arn:aws:iam::123456789012:role/other" }])])).build(),
    expected: [{ status: "warn", api: null, stage: null, target: null, evidence: 1, message: /account's CloudWatch Logs role setting in us-east-1/ }],
  },
  {
    name: "warn: v2 UpdateStage turned a WebSocket stage's default route logging OFF",
    capture: capture()
      .webSocketApi("w1")
      .stage("live")
      .call(apigatewayEvents([trailRecord({ eventName: "UpdateStage", requestParameters: { apiId: "w1", stageName: "live", defaultRouteSettings: { loggingLevel: "OFF" } } })]))
      .build(),
    expected: [{ status: "warn", api: "w1", stage: "live", target: null, evidence: 1, fixCli: /aws apigatewayv2 update-stage --region us-east-1 --api-id w1 --stage-name live --default-route-settings LoggingLevel=INFO/ }],
  },
  {
    name: "pass: a failed UpdateStage changed nothing",
    capture: capture().restApi("a1").stage("prod").call(apigatewayEvents([restUpdateStage("a1", "prod", [{ op: "replace", path: "/*/*/logging/loglevel", value: "OFF" }], { errorCode: "AccessDenied" })])).build(),
    expected: [{ status: "pass", api: null, stage: null, target: null }],
  },
  {
    name: "unknown: LookupEvents was not collected",
    capture: capture().restApi("a1").stage("prod").build(),
    expected: [{ status: "unknown", api: null, stage: null, target: null, message: /cloudtrail:LookupEvents was not collected/ }],
  },
  {
    name: "unknown: LookupEvents failed",
    capture: capture().restApi("a1").stage("prod").call(lookupEventsError("us-east-1", "EventSource", "apigateway.amazonaws.com")).build(),
    expected: [{ status: "unknown", api: null, stage: null, target: null, message: /AccessDeniedException/ }],
  },
];

describeCheck(check, () => {
  it.each(cases)("$name", ({ capture: built, expected }) => {
    const findings = check.run({ model: readModel(built), symptoms: new Set() });
    expect(findings.map((f) => ({ status: f.status, api: f.api?.id ?? null, stage: f.stage, target: f.target }))).toEqual(
      expected.map(({ status, api, stage, target }) => ({ status, api, stage, target })),
    );
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
