import { describe, expect, it, vi } from "vitest";
import { evaluatePolicies } from "./evaluate-policies";
import type {
  ConditionEvaluator,
  DecisionKind,
  EvaluateOptions,
  PolicyDocument,
  PolicyRequest,
  PolicyStatement,
} from "./types";

const group = "arn:aws:logs:us-east-1:123456789012:log-group:API-Gateway-Execution-Logs_abc/prod";
const put: PolicyRequest = { action: "logs:PutLogEvents", resource: group };
const apigateway: PolicyRequest = {
  action: "sts:AssumeRole",
  principal: { type: "Service", id: "apigateway.amazonaws.com" },
};
const lambda: PolicyRequest = { action: "sts:AssumeRole", principal: { type: "Service", id: "lambda.amazonaws.com" } };

const doc = (...Statement: PolicyStatement[]): PolicyDocument => ({ Version: "2012-10-17", Statement });
const allowLogs: PolicyStatement = { Effect: "Allow", Action: ["logs:*"], Resource: ["*"] };
const denyLogs: PolicyStatement = { Effect: "Deny", Action: ["logs:PutLogEvents"], Resource: ["*"] };
const mfa = { Bool: { "aws:MultiFactorAuthPresent": ["true"] } };
const trust = (principal: PolicyStatement["Principal"], extra: Partial<PolicyStatement> = {}): PolicyStatement => ({
  Effect: "Allow",
  Principal: principal,
  Action: ["sts:AssumeRole"],
  ...extra,
});
const always = (verdict: "true" | "false" | "unknown"): EvaluateOptions => ({ condition: () => verdict });

type Case = [string, PolicyDocument[], PolicyRequest, EvaluateOptions, DecisionKind, boolean, string[]];

// The last column lists the deciding statements as "document.statement".
describe("evaluatePolicies", () => {
  it.each<Case>([
    ["no policy at all → implicit deny", [], put, {}, "implicit-deny", false, []],
    ["an empty document → implicit deny", [doc()], put, {}, "implicit-deny", false, []],
    ["a matching Allow → allow", [doc(allowLogs)], put, {}, "allow", false, ["0.0"]],
    [
      "an Allow for other actions → implicit deny",
      [doc({ ...allowLogs, Action: ["s3:*"] })],
      put,
      {},
      "implicit-deny",
      false,
      [],
    ],
    ["Deny beats Allow in one document", [doc(allowLogs, denyLogs)], put, {}, "explicit-deny", false, ["0.1"]],
    ["Deny beats Allow across documents", [doc(allowLogs), doc(denyLogs)], put, {}, "explicit-deny", false, ["1.0"]],
    ["Deny on its own → explicit deny", [doc(denyLogs)], put, {}, "explicit-deny", false, ["0.0"]],
    [
      "all matching Allows are cited",
      [doc(allowLogs), doc({ ...allowLogs, Action: ["logs:Put*"] })],
      put,
      {},
      "allow",
      false,
      ["0.0", "1.0"],
    ],
    [
      "NotAction + Allow grants what it does not list",
      [doc({ Effect: "Allow", NotAction: ["iam:*"], Resource: ["*"] })],
      put,
      {},
      "allow",
      false,
      ["0.0"],
    ],
    [
      "NotAction + Allow withholds what it lists",
      [doc({ Effect: "Allow", NotAction: ["logs:*"], Resource: ["*"] })],
      put,
      {},
      "implicit-deny",
      false,
      [],
    ],
    [
      "NotAction + Deny denies what it does not list",
      [doc(allowLogs, { Effect: "Deny", NotAction: ["iam:*"], Resource: ["*"] })],
      put,
      {},
      "explicit-deny",
      false,
      ["0.1"],
    ],
    [
      "NotAction + Deny spares what it lists",
      [doc(allowLogs, { Effect: "Deny", NotAction: ["logs:*"], Resource: ["*"] })],
      put,
      {},
      "allow",
      false,
      ["0.0"],
    ],
    [
      "NotResource + Deny denies other resources",
      [doc(allowLogs, { Effect: "Deny", Action: ["logs:*"], NotResource: ["arn:aws:logs:*:*:log-group:other"] })],
      put,
      {},
      "explicit-deny",
      false,
      ["0.1"],
    ],
    [
      "NotResource + Deny spares its resources",
      [
        doc(allowLogs, {
          Effect: "Deny",
          Action: ["logs:*"],
          NotResource: ["arn:aws:logs:*:*:log-group:API-Gateway-*"],
        }),
      ],
      put,
      {},
      "allow",
      false,
      ["0.0"],
    ],
    [
      "NotResource + Allow excludes its resources",
      [doc({ Effect: "Allow", Action: ["logs:*"], NotResource: [group] })],
      put,
      {},
      "implicit-deny",
      false,
      [],
    ],
    [
      "an Empty Condition object constrains nothing",
      [doc({ ...allowLogs, Condition: {} })],
      put,
      {},
      "allow",
      false,
      ["0.0"],
    ],

    // Conditions.
    [
      "conditional Allow without callback → conditional allow",
      [doc({ ...allowLogs, Condition: mfa })],
      put,
      {},
      "allow",
      true,
      ["0.0"],
    ],
    [
      "conditional Allow the callback proves → allow",
      [doc({ ...allowLogs, Condition: mfa })],
      put,
      always("true"),
      "allow",
      false,
      ["0.0"],
    ],
    [
      "conditional Allow the callback disproves → implicit deny",
      [doc({ ...allowLogs, Condition: mfa })],
      put,
      always("false"),
      "implicit-deny",
      false,
      [],
    ],
    [
      "conditional Allow the callback cannot decide → conditional allow",
      [doc({ ...allowLogs, Condition: mfa })],
      put,
      always("unknown"),
      "allow",
      true,
      ["0.0"],
    ],
    [
      "firm Allow + unproven Deny → allow that rests on the Deny's condition",
      [doc(allowLogs, { ...denyLogs, Condition: mfa })],
      put,
      {},
      "allow",
      true,
      ["0.0", "0.1"],
    ],
    [
      "firm Allow + disproven Deny → allow",
      [doc(allowLogs, { ...denyLogs, Condition: mfa })],
      put,
      always("false"),
      "allow",
      false,
      ["0.0"],
    ],
    [
      "firm Allow + proven Deny → explicit deny",
      [doc(allowLogs, { ...denyLogs, Condition: mfa })],
      put,
      always("true"),
      "explicit-deny",
      false,
      ["0.1"],
    ],
    [
      "unproven Allow + unproven Deny → conditional allow citing both",
      [doc({ ...allowLogs, Condition: mfa }, { ...denyLogs, Condition: mfa })],
      put,
      {},
      "allow",
      true,
      ["0.0", "0.1"],
    ],
    [
      "unproven Allow + firm Deny → explicit deny",
      [doc({ ...allowLogs, Condition: mfa }, denyLogs)],
      put,
      {},
      "explicit-deny",
      false,
      ["0.1"],
    ],
    [
      "firm Allow beside an unproven one → firm allow",
      [doc({ ...allowLogs, Condition: mfa }, allowLogs)],
      put,
      {},
      "allow",
      false,
      ["0.1"],
    ],
    [
      "unproven Deny and no Allow → denied whatever the condition",
      [doc({ ...denyLogs, Condition: mfa })],
      put,
      {},
      "implicit-deny",
      false,
      [],
    ],
    [
      "a policy variable that may match → conditional allow",
      [doc({ ...allowLogs, Resource: ["arn:aws:logs:*:${aws:PrincipalAccount}:*"] })],
      put,
      {},
      "allow",
      true,
      ["0.0"],
    ],
    [
      "a variable in a 2008 document is literal → implicit deny",
      [{ Statement: [{ ...allowLogs, Resource: ["arn:aws:logs:*:${x}:*"] }] }],
      put,
      {},
      "implicit-deny",
      false,
      [],
    ],

    // Trust policies.
    [
      "trust: the listed service may assume the role",
      [doc(trust({ Service: ["apigateway.amazonaws.com"] }))],
      apigateway,
      {},
      "allow",
      false,
      ["0.0"],
    ],
    [
      "trust: another service may not",
      [doc(trust({ Service: ["apigateway.amazonaws.com"] }))],
      lambda,
      {},
      "implicit-deny",
      false,
      [],
    ],
    [
      "trust: a service among several",
      [doc(trust({ Service: ["lambda.amazonaws.com", "apigateway.amazonaws.com"] }))],
      apigateway,
      {},
      "allow",
      false,
      ["0.0"],
    ],
    ['trust: Principal "*"', [doc(trust("*"))], apigateway, {}, "allow", false, ["0.0"]],
    ['trust: Principal {"AWS": "*"}', [doc(trust({ AWS: ["*"] }))], apigateway, {}, "allow", false, ["0.0"]],
    [
      "trust: another action",
      [doc(trust({ Service: ["apigateway.amazonaws.com"] }, { Action: ["sts:AssumeRoleWithWebIdentity"] }))],
      apigateway,
      {},
      "implicit-deny",
      false,
      [],
    ],
    [
      "trust: a statement without principal never matches one",
      [doc({ Effect: "Allow", Action: ["sts:AssumeRole"] })],
      apigateway,
      {},
      "implicit-deny",
      false,
      [],
    ],
    [
      "trust: Deny on the service",
      [doc(trust("*"), { Effect: "Deny", Principal: { Service: ["apigateway.amazonaws.com"] }, Action: ["sts:*"] })],
      apigateway,
      {},
      "explicit-deny",
      false,
      ["0.1"],
    ],
    [
      "trust: NotPrincipal + Allow lets in everyone else",
      [doc({ Effect: "Allow", NotPrincipal: { Service: ["lambda.amazonaws.com"] }, Action: ["sts:AssumeRole"] })],
      apigateway,
      {},
      "allow",
      false,
      ["0.0"],
    ],
    [
      "trust: NotPrincipal + Allow shuts out who it names",
      [doc({ Effect: "Allow", NotPrincipal: { Service: ["apigateway.amazonaws.com"] }, Action: ["sts:AssumeRole"] })],
      apigateway,
      {},
      "implicit-deny",
      false,
      [],
    ],
    [
      "trust: NotPrincipal + Deny spares who it names",
      [
        doc(trust("*"), {
          Effect: "Deny",
          NotPrincipal: { Service: ["apigateway.amazonaws.com"] },
          Action: ["sts:AssumeRole"],
        }),
      ],
      apigateway,
      {},
      "allow",
      false,
      ["0.0"],
    ],
    [
      "trust: NotPrincipal + Deny denies everyone else",
      [
        doc(trust("*"), {
          Effect: "Deny",
          NotPrincipal: { Service: ["apigateway.amazonaws.com"] },
          Action: ["sts:AssumeRole"],
        }),
      ],
      lambda,
      {},
      "explicit-deny",
      false,
      ["0.1"],
    ],
    [
      "trust: conditional service allow → conditional",
      [
        doc(
          trust(
            { Service: ["apigateway.amazonaws.com"] },
            { Condition: { StringEquals: { "aws:SourceAccount": ["1"] } } },
          ),
        ),
      ],
      apigateway,
      {},
      "allow",
      true,
      ["0.0"],
    ],
  ])("%s", (_name, documents, request, options, decision, conditional, matchedBy) => {
    const result = evaluatePolicies(documents, request, options);
    expect(result.decision).toBe(decision);
    expect(result.conditional).toBe(conditional);
    expect(result.matchedBy.map((m) => `${m.documentIndex}.${m.statementIndex}`)).toEqual(matchedBy);
  });

  it("cites Sid and effect for evidence", () => {
    const result = evaluatePolicies(
      [doc({ ...allowLogs, Sid: "Write" }, { ...denyLogs, Sid: "NoPut", Condition: mfa })],
      put,
    );
    expect(result.matchedBy).toEqual([
      { documentIndex: 0, statementIndex: 0, sid: "Write", effect: "Allow" },
      { documentIndex: 0, statementIndex: 1, sid: "NoPut", effect: "Deny" },
    ]);
    expect(result.unproven).toEqual([{ documentIndex: 0, statementIndex: 1, sid: "NoPut", effect: "Deny" }]);
  });

  it("lists an unproven Deny as evidence even when the request is denied anyway", () => {
    const result = evaluatePolicies([doc({ ...denyLogs, Condition: mfa })], put);
    expect(result.unproven).toEqual([{ documentIndex: 0, statementIndex: 0, effect: "Deny" }]);
  });

  it("asks the condition callback only about statements that otherwise match, with their block", () => {
    const condition = vi.fn<ConditionEvaluator>(() => "true");
    const matching: PolicyStatement = { ...allowLogs, Condition: mfa };
    const other: PolicyStatement = { ...allowLogs, Action: ["s3:*"], Condition: { Null: { x: ["true"] } } };
    evaluatePolicies([doc(other, matching)], put, { condition });
    expect(condition).toHaveBeenCalledTimes(1);
    expect(condition).toHaveBeenCalledWith(mfa, matching);
  });
});
