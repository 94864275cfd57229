import { expect, it } from "vitest";
import { iamRoleEvent, lookupEventsCall, lookupEventsError } from "../../testing/cloudtrail/trail-records";
import type { Capture } from "../capture/schema";
import { readModel } from "../model/read-model";
import { capture, CaptureBuilder } from "../../testing/capture-builder";
import check from "./cloudtrail-role-changed";
import { describeCheck } from "./testing/findings";

const roleArn = "arn:aws:iam::123456789012:role/apigw-logs";
const roleEvents = (records: Record<string, unknown>[]) =>
  lookupEventsCall("us-east-1", "ResourceName", "apigw-logs", records);

interface Case {
  name: string;
  capture: Capture;
  expected: { status: string; region: string; target: string | null; message?: RegExp; fixCli?: RegExp }[];
}

export const cases: Case[] = [
  {
    name: "pass: only changes that add permissions",
    capture: capture()
      .call(
        roleEvents([
          iamRoleEvent("AttachRolePolicy", "apigw-logs", { policyArn: "arn:aws:iam::aws:policy/x" }),
          iamRoleEvent("GetRole", "apigw-logs", {}, { readOnly: true }),
        ]),
      )
      .build(),
    expected: [
      { status: "pass", region: "us-east-1", target: roleArn, message: /\(1 other change only added permissions/ },
    ],
  },
  {
    name: "warn: the role was deleted; the fix re-creates it",
    capture: capture()
      .call(roleEvents([iamRoleEvent("DeleteRole", "apigw-logs")]))
      .build(),
    expected: [
      {
        status: "warn",
        region: "us-east-1",
        target: roleArn,
        message: /DeleteRole by role GitHubDeploy \(session gha-4411\).*role deleted/,
        fixCli: /aws iam create-role --role-name apigw-logs/,
      },
    ],
  },
  {
    name: "warn: the managed policy was detached; the fix attaches it again",
    capture: capture()
      .call(
        roleEvents([
          iamRoleEvent("DetachRolePolicy", "apigw-logs", {
            policyArn: "arn:aws:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs",
          }),
        ]),
      )
      .build(),
    expected: [
      {
        status: "warn",
        region: "us-east-1",
        target: roleArn,
        fixCli: /aws iam attach-role-policy --role-name apigw-logs/,
      },
    ],
  },
  {
    name: "warn in each region whose account setting names the role (events are read from us-east-1)",
    capture: capture()
      .region("eu-west-1")
      .call(roleEvents([iamRoleEvent("UpdateAssumeRolePolicy", "apigw-logs", { policyDocument: '{"Statement":[]}' })]))
      .build(),
    expected: [
      {
        status: "warn",
        region: "us-east-1",
        target: roleArn,
        message: /does not name apigateway\.amazonaws\.com/,
        fixCli: /update-assume-role-policy/,
      },
      { status: "warn", region: "eu-west-1", target: roleArn },
    ],
  },
  {
    name: "pass: IAM changes to another role returned by the resource-name lookup do not count",
    capture: capture()
      .call(roleEvents([iamRoleEvent("DeleteRole", "apigw-logs-old")]))
      .build(),
    expected: [{ status: "pass", region: "us-east-1", target: roleArn }],
  },
  {
    name: "unknown: the role's events were not collected",
    capture: capture().build(),
    expected: [
      { status: "unknown", region: "us-east-1", target: roleArn, message: /cloudtrail:LookupEvents was not collected/ },
    ],
  },
  {
    name: "unknown: LookupEvents failed",
    capture: capture()
      .call(lookupEventsError("us-east-1", "ResourceName", "apigw-logs"))
      .build(),
    expected: [{ status: "unknown", region: "us-east-1", target: roleArn, message: /AccessDeniedException/ }],
  },
  {
    name: "nothing when no region names a role",
    capture: new CaptureBuilder().region("us-east-1", { roleArn: null }).build(),
    expected: [],
  },
];

describeCheck(check, () => {
  it.each(cases)("$name", ({ capture: built, expected }) => {
    const findings = check.run({ model: readModel(built), symptoms: new Set() });
    expect(findings.map((f) => ({ status: f.status, region: f.region, target: f.target }))).toEqual(
      expected.map(({ status, region, target }) => ({ status, region, target })),
    );
    findings.forEach((finding, index) => {
      expect(finding.api).toBeNull();
      expect(finding.stage).toBeNull();
      if (expected[index].message) expect(finding.message).toMatch(expected[index].message!);
      if (expected[index].fixCli) expect(finding.fix?.cli).toMatch(expected[index].fixCli!);
    });
  });
});
