import { describe, expect, it } from "vitest";
import { statementScope, type StatementScope } from "./match-statement";
import type { PolicyRequest, PolicyStatement } from "./types";

const group = "arn:aws:logs:us-east-1:123456789012:log-group:API-Gateway-Execution-Logs_abc/prod";
const put: PolicyRequest = { action: "logs:PutLogEvents", resource: group };
const assume: PolicyRequest = {
  action: "sts:AssumeRole",
  principal: { type: "Service", id: "apigateway.amazonaws.com" },
};
const allow = (s: Omit<PolicyStatement, "Effect">): PolicyStatement => ({ Effect: "Allow", ...s });
const v2012 = { policyVariables: true };

describe("statementScope", () => {
  it.each<[string, PolicyStatement, PolicyRequest, StatementScope]>([
    ["exact action and resource", allow({ Action: ["logs:PutLogEvents"], Resource: [group] }), put, "matches"],
    ["action names case-insensitively", allow({ Action: ["LOGS:putlogevents"], Resource: ["*"] }), put, "matches"],
    ["action wildcard", allow({ Action: ["logs:Put*"], Resource: ["*"] }), put, "matches"],
    ["action ? wildcard", allow({ Action: ["logs:PutLogEvent?"], Resource: ["*"] }), put, "matches"],
    ["another action", allow({ Action: ["logs:CreateLogGroup"], Resource: ["*"] }), put, "does-not-match"],
    ["another service's action", allow({ Action: ["s3:PutLogEvents"], Resource: ["*"] }), put, "does-not-match"],
    ["an empty Action list", allow({ Action: [], Resource: ["*"] }), put, "does-not-match"],
    ["NotAction not listing it", allow({ NotAction: ["iam:*"], Resource: ["*"] }), put, "matches"],
    ["NotAction listing it", allow({ NotAction: ["logs:*"], Resource: ["*"] }), put, "does-not-match"],
    [
      "NotAction listing it in another case",
      allow({ NotAction: ["Logs:PUTLOGEVENTS"], Resource: ["*"] }),
      put,
      "does-not-match",
    ],
    ["resource wildcard across ':'", allow({ Action: ["logs:*"], Resource: ["arn:aws:logs:*"] }), put, "matches"],
    [
      "resource with a ? wildcard",
      allow({ Action: ["logs:*"], Resource: ["arn:aws:logs:us-east-?:*:log-group:*"] }),
      put,
      "matches",
    ],
    [
      "resource of another region",
      allow({ Action: ["logs:*"], Resource: ["arn:aws:logs:eu-west-1:*:log-group:*"] }),
      put,
      "does-not-match",
    ],
    [
      "resource case-sensitively",
      allow({ Action: ["logs:*"], Resource: [group.toLowerCase()] }),
      put,
      "does-not-match",
    ],
    ["resource among several", allow({ Action: ["logs:*"], Resource: ["arn:aws:s3:::b", group] }), put, "matches"],
    [
      "NotResource not listing it",
      allow({ Action: ["logs:*"], NotResource: ["arn:aws:logs:*:*:log-group:secret*"] }),
      put,
      "matches",
    ],
    [
      "NotResource listing it",
      allow({ Action: ["logs:*"], NotResource: ["arn:aws:logs:*:*:log-group:API-*"] }),
      put,
      "does-not-match",
    ],
    ["no Resource element", allow({ Action: ["logs:*"] }), put, "matches"],
    [
      "a request without resource",
      allow({ Action: ["logs:*"], Resource: ["arn:aws:s3:::b"] }),
      { action: "logs:PutLogEvents" },
      "matches",
    ],
    [
      "a policy variable that could resolve",
      allow({ Action: ["logs:*"], Resource: ["arn:aws:logs:*:${aws:PrincipalAccount}:*"] }),
      put,
      "unproven",
    ],
    [
      "a policy variable that cannot",
      allow({ Action: ["logs:*"], Resource: ["arn:aws:s3:::${aws:username}"] }),
      put,
      "does-not-match",
    ],
    [
      "a variable beside a literal match",
      allow({ Action: ["logs:*"], Resource: ["arn:aws:logs:*:${x}:*", "*"] }),
      put,
      "matches",
    ],
    [
      "NotResource with a variable",
      allow({ Action: ["logs:*"], NotResource: ["arn:aws:logs:*:${aws:PrincipalAccount}:*"] }),
      put,
      "unproven",
    ],
    [
      "a trust statement for the service",
      allow({ Action: ["sts:AssumeRole"], Principal: { Service: ["apigateway.amazonaws.com"] } }),
      assume,
      "matches",
    ],
    [
      "a trust statement for another service",
      allow({ Action: ["sts:AssumeRole"], Principal: { Service: ["lambda.amazonaws.com"] } }),
      assume,
      "does-not-match",
    ],
    ["a trust statement without principal", allow({ Action: ["sts:AssumeRole"] }), assume, "does-not-match"],
    [
      "NotPrincipal naming another principal",
      allow({ Action: ["sts:AssumeRole"], NotPrincipal: { Service: ["lambda.amazonaws.com"] } }),
      assume,
      "matches",
    ],
    [
      "NotPrincipal naming the principal",
      allow({ Action: ["sts:AssumeRole"], NotPrincipal: { Service: ["apigateway.amazonaws.com"] } }),
      assume,
      "does-not-match",
    ],
    [
      "an identity request ignoring Principal",
      allow({ Action: ["logs:*"], Principal: { Service: ["lambda.amazonaws.com"] } }),
      put,
      "matches",
    ],
  ])("%s", (_name, statement, request, expected) => {
    expect(statementScope(statement, request, v2012)).toBe(expected);
  });

  it("reads ${...} literally in documents older than Version 2012-10-17", () => {
    const statement = allow({ Action: ["logs:*"], Resource: ["arn:aws:logs:*:${aws:PrincipalAccount}:*"] });
    expect(statementScope(statement, put, { policyVariables: false })).toBe("does-not-match");
    expect(
      statementScope(
        statement,
        { action: "logs:X", resource: "arn:aws:logs:r:${aws:PrincipalAccount}:g" },
        { policyVariables: false },
      ),
    ).toBe("matches");
  });
});
