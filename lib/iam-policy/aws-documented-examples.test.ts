import { describe, expect, it } from "vitest";
import {
  apiGatewayTrustConditions,
  evaluateActions,
  evaluatePolicies,
  parsePolicyDocument,
  type DecisionKind,
  type PolicyDocument,
  type PolicyRequest,
} from "./index";

// End-to-end through the public API, from documents as AWS publishes or returns them.
function parsed(input: unknown): PolicyDocument {
  const result = parsePolicyDocument(input);
  if (!result.ok) throw new Error(result.error);
  return result.document;
}

// IAM User Guide, "Policy evaluation logic" → "Example identity-based and resource-based policy evaluation".
const carlosIdentityPolicy = parsed(`{
  "Version": "2012-10-17",
  "Statement": [
    { "Sid": "AllowS3ListRead", "Effect": "Allow",
      "Action": ["s3:GetBucketLocation", "s3:GetAccountPublicAccessBlock", "s3:ListAccessPoints", "s3:ListAllMyBuckets"],
      "Resource": "arn:aws:s3:::*" },
    { "Sid": "AllowS3Self", "Effect": "Allow", "Action": "s3:*",
      "Resource": ["arn:aws:s3:::carlossalazar/*", "arn:aws:s3:::carlossalazar"] },
    { "Sid": "DenyS3Logs", "Effect": "Deny", "Action": "s3:*", "Resource": "arn:aws:s3:::*log*" }
  ]
}`);
const carlosBucketPolicy = parsed({
  Version: "2012-10-17",
  Statement: [
    {
      Effect: "Allow",
      Principal: { AWS: "arn:aws:iam::123456789012:user/carlossalazar" },
      Action: "s3:*",
      Resource: ["arn:aws:s3:::carlossalazar/*", "arn:aws:s3:::carlossalazar"],
    },
  ],
});

// Same page → "The difference between explicit and implicit denies".
const getListNotReports = parsed(
  encodeURIComponent(`{
  "Version": "2012-10-17",
  "Statement": [
    { "Sid": "AllowGetList", "Effect": "Allow", "Action": ["iam:Get*", "iam:List*"], "Resource": "*" },
    { "Sid": "DenyReports", "Effect": "Deny", "Action": "iam:*Report", "Resource": "*" }
  ]
}`),
);

// IAM User Guide, "IAM JSON policy elements: NotAction" → "NotAction with Deny".
const denyAllUsersNotUsingMfa = parsed({
  Version: "2012-10-17",
  Statement: [
    {
      Sid: "DenyAllUsersNotUsingMFA",
      Effect: "Deny",
      NotAction: "iam:*",
      Resource: "*",
      Condition: { BoolIfExists: { "aws:MultiFactorAuthPresent": "false" } },
    },
  ],
});
const allowEverything = parsed({ Version: "2012-10-17", Statement: { Effect: "Allow", Action: "*", Resource: "*" } });

type Case = [string, PolicyDocument[], PolicyRequest, DecisionKind, string[]];

describe("AWS's documented evaluation examples", () => {
  it.each<Case>([
    [
      "Carlos saving to carlossalazar-logs: DenyS3Logs wins",
      [carlosIdentityPolicy],
      { action: "s3:PutObject", resource: "arn:aws:s3:::carlossalazar-logs/file.txt" },
      "explicit-deny",
      ["DenyS3Logs"],
    ],
    [
      "Carlos saving to carlossalazar: AllowS3Self",
      [carlosIdentityPolicy],
      { action: "s3:PutObject", resource: "arn:aws:s3:::carlossalazar/file.txt" },
      "allow",
      ["AllowS3Self"],
    ],
    [
      "Carlos listing buckets: AllowS3ListRead",
      [carlosIdentityPolicy],
      { action: "s3:ListAllMyBuckets", resource: "arn:aws:s3:::anything" },
      "allow",
      ["AllowS3ListRead"],
    ],
    [
      "Carlos deleting another bucket: implicit deny",
      [carlosIdentityPolicy],
      { action: "s3:DeleteBucket", resource: "arn:aws:s3:::someone-else" },
      "implicit-deny",
      [],
    ],
    ["GetUser: AllowGetList", [getListNotReports], { action: "iam:GetUser", resource: "*" }, "allow", ["AllowGetList"]],
    [
      "CreatePolicy: implicitly denied",
      [getListNotReports],
      { action: "iam:CreatePolicy", resource: "*" },
      "implicit-deny",
      [],
    ],
    [
      "GetOrganizationsAccessReport: DenyReports wins over AllowGetList",
      [getListNotReports],
      { action: "iam:GetOrganizationsAccessReport", resource: "*" },
      "explicit-deny",
      ["DenyReports"],
    ],
    [
      "GenerateCredentialReport stays denied when another policy allows it",
      [getListNotReports, allowEverything],
      { action: "iam:GenerateCredentialReport", resource: "*" },
      "explicit-deny",
      ["DenyReports"],
    ],
  ])("%s", (_name, documents, request, decision, sids) => {
    const result = evaluatePolicies(documents, request);
    expect(result.decision).toBe(decision);
    expect(result.matchedBy.map((m) => m.sid)).toEqual(sids);
  });

  it("Carlos's bucket policy allows him (resource-based, principal matched)", () => {
    const carlos = { type: "AWS" as const, id: "arn:aws:iam::123456789012:user/carlossalazar" };
    const someoneElse = { type: "AWS" as const, id: "arn:aws:iam::123456789012:user/maria" };
    const request = { action: "s3:PutObject", resource: "arn:aws:s3:::carlossalazar/file.txt" };
    expect(evaluatePolicies([carlosBucketPolicy], { ...request, principal: carlos }).decision).toBe("allow");
    expect(evaluatePolicies([carlosBucketPolicy], { ...request, principal: someoneElse }).decision).toBe(
      "implicit-deny",
    );
  });

  describe('NotAction with Deny: "deny everything except IAM" unless signed in with MFA', () => {
    const mfaCondition = (present: boolean) => () => (present ? "false" : "true") as "true" | "false";
    it.each([
      ["without MFA, non-IAM actions are denied", "s3:ListAllMyBuckets", false, "explicit-deny"],
      ["without MFA, IAM actions are spared", "iam:ChangePassword", false, "allow"],
      ["with MFA, the Deny has no effect", "s3:ListAllMyBuckets", true, "allow"],
    ])("%s", (_name, action, signedInWithMfa, decision) => {
      const result = evaluatePolicies(
        [denyAllUsersNotUsingMfa, allowEverything],
        { action, resource: "*" },
        { condition: mfaCondition(signedInWithMfa) },
      );
      expect(result.decision).toBe(decision);
    });

    it("without a callback, the MFA Deny makes the allow conditional rather than certain", () => {
      const result = evaluatePolicies([denyAllUsersNotUsingMfa, allowEverything], {
        action: "s3:ListAllMyBuckets",
        resource: "*",
      });
      expect(result).toMatchObject({ decision: "allow", conditional: true });
      expect(result.unproven.map((m) => m.sid)).toEqual(["DenyAllUsersNotUsingMFA"]);
    });

    it("alone it allows nothing: the Deny does not grant IAM actions", () => {
      expect(
        evaluatePolicies([denyAllUsersNotUsingMfa], { action: "iam:ChangePassword", resource: "*" }).decision,
      ).toBe("implicit-deny");
    });
  });
});

// arn:aws:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs, default version v1, URL-encoded as
// GetPolicyVersion returns it.
const pushToCloudWatchLogs = parsed(
  encodeURIComponent(
    JSON.stringify({
      Version: "2012-10-17",
      Statement: [
        {
          Effect: "Allow",
          Action: [
            "logs:CreateLogGroup",
            "logs:CreateLogStream",
            "logs:DescribeLogGroups",
            "logs:DescribeLogStreams",
            "logs:PutLogEvents",
            "logs:GetLogEvents",
            "logs:FilterLogEvents",
          ],
          Resource: "*",
        },
      ],
    }),
  ),
);

describe("the managed policy AmazonAPIGatewayPushToCloudWatchLogs", () => {
  const groups = [
    "arn:aws:logs:us-east-1:123456789012:log-group:API-Gateway-Execution-Logs_a1b2c3d4e5/prod",
    "arn:aws:logs:us-east-1:123456789012:log-group:API-Gateway-Execution-Logs_a1b2c3d4e5/prod:*",
    "arn:aws:logs:us-east-1:123456789012:log-group:*",
  ];
  const required = [
    "logs:CreateLogGroup",
    "logs:CreateLogStream",
    "logs:PutLogEvents",
    "logs:DescribeLogGroups",
    "logs:DescribeLogStreams",
  ];

  it("allows the five write-path actions and the two read actions on every log group", () => {
    const verdicts = evaluateActions(
      [pushToCloudWatchLogs],
      [...required, "logs:GetLogEvents", "logs:FilterLogEvents"],
      groups,
    );
    expect(verdicts.filter((v) => !v.allowed || v.conditional)).toEqual([]);
  });

  it("allows nothing else", () => {
    const [verdict] = evaluateActions([pushToCloudWatchLogs], ["logs:DeleteLogGroup"], groups);
    expect(verdict).toMatchObject({ allowed: false, decision: "implicit-deny", failingResources: groups });
  });

  it("loses PutLogEvents to an inline Deny on the execution log groups", () => {
    const inlineDeny = parsed(
      '{"Version":"2012-10-17","Statement":{"Sid":"NoExecLogs","Effect":"Deny","Action":"logs:PutLogEvents","Resource":"arn:aws:logs:*:*:log-group:API-Gateway-Execution-Logs_*"}}',
    );
    const verdicts = evaluateActions([pushToCloudWatchLogs, inlineDeny], required, groups);
    expect(verdicts.filter((v) => !v.allowed).map((v) => [v.action, v.failingResources])).toEqual([
      ["logs:PutLogEvents", groups.slice(0, 2)],
    ]);
  });
});

describe("the API Gateway logging role's trust policy with the spec's condition rule", () => {
  const assume = (id: string): PolicyRequest => ({ action: "sts:AssumeRole", principal: { type: "Service", id } });
  const trust = (condition?: object) =>
    parsed(
      encodeURIComponent(
        JSON.stringify({
          Version: "2012-10-17",
          Statement: [
            {
              Effect: "Allow",
              Principal: { Service: "apigateway.amazonaws.com" },
              Action: "sts:AssumeRole",
              ...(condition ? { Condition: condition } : {}),
            },
          ],
        }),
      ),
    );

  it.each([
    ["no condition → allow", undefined, "apigateway.amazonaws.com", "allow", false],
    // v2: AWS does not document API Gateway sending these keys for the logging role, so they are unprovable.
    [
      "SourceAccount of the scanned account → conditional allow (warn)",
      { StringEquals: { "aws:SourceAccount": "123456789012" } },
      "apigateway.amazonaws.com",
      "allow",
      true,
    ],
    [
      "SourceArn of the region → conditional allow (warn)",
      { ArnLike: { "aws:SourceArn": "arn:aws:apigateway:us-east-1::*" } },
      "apigateway.amazonaws.com",
      "allow",
      true,
    ],
    [
      "SourceAccount with StringEqualsIfExists → allow",
      { StringEqualsIfExists: { "aws:SourceAccount": "123456789012" } },
      "apigateway.amazonaws.com",
      "allow",
      false,
    ],
    [
      "SourceAccount of another account → conditional allow (warn)",
      { StringEquals: { "aws:SourceAccount": "999999999999" } },
      "apigateway.amazonaws.com",
      "allow",
      true,
    ],
    [
      "aws:SourceIp → conditional allow (warn)",
      { IpAddress: { "aws:SourceIp": "203.0.113.0/24" } },
      "apigateway.amazonaws.com",
      "allow",
      true,
    ],
    ["another service → implicit deny (fail)", undefined, "lambda.amazonaws.com", "implicit-deny", false],
  ])("%s", (_name, condition, service, decision, conditional) => {
    const result = evaluatePolicies([trust(condition)], assume(service), { condition: apiGatewayTrustConditions() });
    expect(result).toMatchObject({ decision, conditional });
  });
});
