import { it } from "vitest";
import { accessDenied, capture, HOUR, type RoleOptions } from "../../testing/capture-builder";
import check from "./role-trust-denies-apigateway";
import { type Case, describeCheck, expectFindings, findingsOf } from "./testing/findings";

const roleArn = "arn:aws:iam::123456789012:role/apigw-logs";
const onRole = { target: roleArn };
const apigateway = { Service: "apigateway.amazonaws.com" };
const allow = (extra: Record<string, unknown> = {}) => ({
  Effect: "Allow",
  Principal: apigateway,
  Action: "sts:AssumeRole",
  ...extra,
});
const trusting =
  (...Statement: unknown[]) =>
  () =>
    capture({ role: { trust: { Version: "2012-10-17", Statement } } })
      .restApi("a1")
      .stage("prod");
const trustingWith =
  (role: RoleOptions, ...Statement: unknown[]) =>
  () =>
    capture({ role: { ...role, trust: { Version: "2012-10-17", Statement } } })
      .restApi("a1")
      .stage("prod");
const sourceAccount = { StringEquals: { "aws:SourceAccount": "123456789012" } };
// capturedAt is 2026-11-22T10:00:00Z
const hoursBefore = (hours: number) => new Date(Date.parse("2026-11-22T10:00:00Z") - hours * HOUR).toISOString();
const fixCli = [
  "aws iam update-assume-role-policy --role-name apigw-logs --policy-document '{",
  '"Service":"apigateway.amazonaws.com"',
];

export const cases: Case[] = [
  {
    name: "allows apigateway.amazonaws.com sts:AssumeRole → pass",
    capture: trusting(allow()),
    expected: [
      { ...onRole, status: "pass", evidence: [{ call: "iam:GetRole", field: "Role.AssumeRolePolicyDocument" }] },
    ],
  },
  {
    name: "a service list and an action wildcard that cover API Gateway → pass",
    capture: trusting({
      Effect: "Allow",
      Principal: { Service: ["lambda.amazonaws.com", "apigateway.amazonaws.com"] },
      Action: "sts:*",
    }),
    expected: [{ ...onRole, status: "pass" }],
  },
  {
    name: "only another service is trusted (wrong service) → fail",
    capture: trusting({ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }),
    expected: [
      {
        ...onRole,
        status: "fail",
        says: ["does not allow", "apigateway.amazonaws.com", "sts:AssumeRole", "us-east-1"],
        cli: fixCli,
      },
    ],
  },
  {
    name: "a web-identity action instead of sts:AssumeRole → fail",
    capture: trusting(allow({ Action: "sts:AssumeRoleWithWebIdentity" })),
    expected: [{ ...onRole, status: "fail", says: ["does not allow"] }],
  },
  {
    name: "Allow with NotPrincipal apigateway.amazonaws.com → fail",
    capture: trusting({ Effect: "Allow", NotPrincipal: apigateway, Action: "sts:AssumeRole" }),
    expected: [{ ...onRole, status: "fail", says: ["does not allow"], cli: fixCli }],
  },
  {
    name: "an explicit Deny beside the allow → fail",
    capture: trusting(allow(), { Effect: "Deny", Principal: apigateway, Action: "sts:AssumeRole" }),
    expected: [{ ...onRole, status: "fail", says: ["explicitly denies"], cli: fixCli }],
  },
  {
    name: "condition aws:SourceAccount = the scanned account, nothing shows the role working → warn",
    capture: trusting(allow({ Condition: sourceAccount })),
    expected: [{ ...onRole, status: "warn", says: ["only under conditions", "us-east-1"], cli: fixCli }],
  },
  {
    name: "condition aws:SourceArn of the region, nothing shows the role working → warn",
    capture: trusting(allow({ Condition: { ArnLike: { "aws:SourceArn": "arn:aws:apigateway:us-east-1::*" } } })),
    expected: [{ ...onRole, status: "warn" }],
  },
  {
    name: "conditions that all use …IfExists operators → pass",
    capture: trusting(
      allow({
        Condition: {
          StringEqualsIfExists: { "aws:SourceAccount": "123456789012" },
          ArnLikeIfExists: { "aws:SourceArn": "arn:aws:apigateway:*::*" },
        },
      }),
    ),
    expected: [{ ...onRole, status: "pass" }],
  },
  {
    name: "condition aws:SourceIp (unprovable) → warn",
    capture: trusting(allow({ Condition: { IpAddress: { "aws:SourceIp": "203.0.113.0/24" } } })),
    expected: [{ ...onRole, status: "warn", says: ["only under conditions"], cli: fixCli }],
  },
  {
    name: "a conditional allow, but RoleLastUsed shows the role used in the region 2 hours ago → pass saying so",
    capture: trustingWith(
      { lastUsed: { LastUsedDate: hoursBefore(2), Region: "us-east-1" } },
      allow({ Condition: sourceAccount }),
    ),
    expected: [
      {
        ...onRole,
        status: "pass",
        says: ["last used in us-east-1", hoursBefore(2)],
        evidence: [
          {
            call: "iam:GetRole",
            field: "Role.RoleLastUsed",
            value: { LastUsedDate: hoursBefore(2), Region: "us-east-1" },
          },
        ],
      },
    ],
  },
  {
    name: "RoleLastUsed in another region proves nothing here → warn",
    capture: trustingWith(
      { lastUsed: { LastUsedDate: hoursBefore(2), Region: "eu-west-1" } },
      allow({ Condition: sourceAccount }),
    ),
    expected: [{ ...onRole, status: "warn" }],
  },
  {
    name: "RoleLastUsed older than 24 hours → warn",
    capture: trustingWith(
      { lastUsed: { LastUsedDate: hoursBefore(30), Region: "us-east-1" } },
      allow({ Condition: sourceAccount }),
    ),
    expected: [{ ...onRole, status: "warn" }],
  },
  {
    name: "a conditional allow, but an execution log group of the region received an event an hour ago → pass saying so",
    capture: () =>
      trusting(allow({ Condition: sourceAccount }))().newestEvent(
        "us-east-1",
        "API-Gateway-Execution-Logs_zz/other",
        HOUR,
      ),
    expected: [
      {
        ...onRole,
        status: "pass",
        says: ["API-Gateway-Execution-Logs_zz/other received an event at"],
        evidence: [
          {
            call: "cloudwatch-logs:DescribeLogStreams",
            field: "API-Gateway-Execution-Logs_zz/other.logStreams[0].lastEventTimestamp",
            value: hoursBefore(1),
          },
        ],
      },
    ],
  },
  {
    name: "only an access-log group received events → warn (execution groups prove the role)",
    capture: () =>
      trusting(allow({ Condition: sourceAccount }))().newestEvent("us-east-1", "/aws/apigateway/a1/prod", HOUR),
    expected: [{ ...onRole, status: "warn" }],
  },
  {
    name: "the condition is judged per region: fresh events in us-east-1 pass there, eu-west-1 warns",
    capture: () =>
      trusting(allow({ Condition: sourceAccount }))()
        .newestEvent("us-east-1", "API-Gateway-Execution-Logs_a1/prod", HOUR)
        .region("eu-west-1"),
    expected: [
      { ...onRole, status: "pass" },
      { ...onRole, status: "warn", region: "eu-west-1", says: ["eu-west-1"] },
    ],
  },
  {
    name: "a trust policy that is not JSON → unknown",
    capture: () =>
      capture({ role: { trust: "{not json" } })
        .restApi("a1")
        .stage("prod"),
    expected: [
      { ...onRole, status: "unknown", says: ["Could not read the trust policy"], evidence: [{ call: "iam:GetRole" }] },
    ],
  },
  {
    name: "GetRole denied → unknown",
    capture: () => capture({ role: { error: accessDenied("iam:GetRole") } }),
    expected: [{ ...onRole, status: "unknown", evidence: [{ call: "iam:GetRole", field: "error" }] }],
  },
  {
    name: "role deleted → no finding (role.not-found reports it)",
    capture: () => capture({ role: { missing: true } }),
    expected: [],
  },
];

describeCheck(check, () => {
  it.each(cases)("$name", ({ capture, expected }) => {
    expectFindings(findingsOf(check, capture()), expected);
  });
});
