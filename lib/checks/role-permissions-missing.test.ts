import { it } from "vitest";
import { accessDenied, capture, managedPolicyArn, managedPolicyDocument, type RoleOptions } from "../testing/capture-builder";
import check from "./role-permissions-missing";
import { readActions, writeActions } from "./support/role-resources";
import { type Case, describeCheck, expectFindings, findingsOf } from "./support/testing/findings";

const roleArn = "arn:aws:iam::123456789012:role/apigw-logs";
const onRole = { target: roleArn };
const groups = "arn:aws:logs:us-east-1:123456789012:log-group:";
const execGroup = `${groups}API-Gateway-Execution-Logs_a1/prod`;
const managed = { arn: managedPolicyArn, document: managedPolicyDocument };
const policy = (...Statement: unknown[]) => ({ Version: "2012-10-17", Statement });
const allLogs = [...writeActions, ...readActions];
const withRole = (role: RoleOptions) => () => capture({ role }).restApi("a1").stage("prod");
const inline = (...Statement: unknown[]) => withRole({ attached: [], inline: [{ name: "logs", document: policy(...Statement) }] });
const everything = (...decisions: [string, string][]) =>
  allLogs.map((action) => ({ action, decision: decisions.find(([a]) => a === action)?.[1] ?? "allowed" }));
const attachCli = ["aws iam attach-role-policy --role-name apigw-logs --policy-arn arn:aws:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs"];

export const cases: Case[] = [
  {
    name: "AWS's managed policy AmazonAPIGatewayPushToCloudWatchLogs → pass",
    capture: withRole({}),
    expected: [{ ...onRole, status: "pass", says: ["its identity policies", "logs:PutLogEvents"] }],
  },
  {
    name: "an inline policy scoped to exactly the groups API Gateway writes → pass",
    capture: inline({ Effect: "Allow", Action: "logs:*", Resource: [`${groups}API-Gateway-Execution-Logs_*`, `${groups}/aws/apigateway/*`] }),
    expected: [{ ...onRole, status: "pass" }],
  },
  {
    name: "a resource-scoped allow that misses the execution log group → fail naming it",
    capture: inline({ Effect: "Allow", Action: "logs:*", Resource: `${groups}/aws/apigateway/*` }),
    expected: [
      {
        ...onRole,
        status: "fail",
        says: ["logs:PutLogEvents on", execGroup, "cannot write logs in us-east-1"],
        evidence: [{ value: `no Allow for logs:CreateLogGroup on ${execGroup}` }],
        cli: attachCli,
      },
    ],
  },
  {
    name: "Allow with NotAction logs:PutLogEvents (NotAction honoured) → fail",
    capture: inline({ Effect: "Allow", NotAction: "logs:PutLogEvents", Resource: "*" }),
    expected: [{ ...onRole, status: "fail", says: ["logs:PutLogEvents"], cli: attachCli }],
  },
  {
    name: "Allow with NotAction iam:* covers the logs: actions → pass",
    capture: inline({ Effect: "Allow", NotAction: "iam:*", Resource: "*" }),
    expected: [{ ...onRole, status: "pass" }],
  },
  {
    name: "an explicit Deny on logs:PutLogEvents beside the managed policy → fail",
    capture: withRole({ attached: [managed], inline: [{ name: "no-writes", document: policy({ Effect: "Deny", Action: "logs:PutLogEvents", Resource: "*" }) }] }),
    expected: [{ ...onRole, status: "fail", says: ["logs:PutLogEvents", "(explicit Deny)"], evidence: [{ call: "iam:GetRolePolicy", value: "Deny logs:PutLogEvents" }], cli: attachCli }],
  },
  {
    name: "only logs:GetLogEvents and logs:FilterLogEvents missing → warn",
    capture: inline({ Effect: "Allow", Action: [...writeActions], Resource: "*" }),
    expected: [{ ...onRole, status: "warn", says: ["lacks logs:GetLogEvents and logs:FilterLogEvents", "managed policy"], cli: attachCli }],
  },
  {
    name: "a write action allowed only under an unprovable condition → warn",
    capture: inline({ Effect: "Allow", Action: "logs:*", Resource: "*", Condition: { StringEquals: { "aws:PrincipalTag/team": "api" } } }),
    expected: [{ ...onRole, status: "warn", says: ["only under conditions"] }],
  },
  {
    name: "a region with no REST/WebSocket stage is judged on log-group:* → execution-group-only scope fails",
    capture: () => capture({ role: { attached: [], inline: [{ name: "logs", document: policy({ Effect: "Allow", Action: "logs:*", Resource: `${groups}API-Gateway-Execution-Logs_*` }) }] } }),
    expected: [{ ...onRole, status: "fail", says: [`${groups}*`] }],
  },
  {
    name: "per region: a policy scoped to us-east-1 passes there and fails in eu-west-1",
    capture: () => inline({ Effect: "Allow", Action: "logs:*", Resource: `${groups}*` })().region("eu-west-1"),
    expected: [{ ...onRole, status: "pass" }, { ...onRole, region: "eu-west-1", status: "fail", says: ["arn:aws:logs:eu-west-1:123456789012:log-group:*"] }],
  },
  {
    name: "SimulatePrincipalPolicy decides: it denies PutLogEvents though the policies allow it → fail",
    capture: withRole({ simulation: everything(["logs:PutLogEvents", "implicitDeny"]) }),
    expected: [{ ...onRole, status: "fail", says: ["SimulatePrincipalPolicy", "logs:PutLogEvents"], evidence: [{ call: "iam:SimulatePrincipalPolicy", value: "implicitDeny" }] }],
  },
  {
    name: "SimulatePrincipalPolicy decides: it allows everything though no policy was read → pass",
    capture: withRole({ attached: [], simulation: everything() }),
    expected: [{ ...onRole, status: "pass", says: ["SimulatePrincipalPolicy"], evidence: [{ call: "iam:SimulatePrincipalPolicy", value: "allowed" }] }],
  },
  {
    name: "a boundary that blocks, policies that allow → pass here (role.boundary-blocks reports it)",
    capture: withRole({ boundary: { arn: "arn:aws:iam::123456789012:policy/boundary", document: policy({ Effect: "Allow", Action: "s3:*", Resource: "*" }) } }),
    expected: [{ ...onRole, status: "pass" }],
  },
  {
    name: "simulation denied only by the boundary → pass here (role.boundary-blocks reports it)",
    capture: withRole({
      boundary: { arn: "arn:aws:iam::123456789012:policy/boundary", document: policy({ Effect: "Allow", Action: "s3:*", Resource: "*" }) },
      simulation: allLogs.map((action) => ({ action, decision: "implicitDeny", allowedByBoundary: false })),
    }),
    expected: [{ ...onRole, status: "pass" }],
  },
  {
    name: "ListAttachedRolePolicies denied → unknown",
    capture: withRole({ policiesError: accessDenied("iam:ListAttachedRolePolicies") }),
    expected: [{ ...onRole, status: "unknown", evidence: [{ call: "iam:ListAttachedRolePolicies", field: "error" }] }],
  },
  {
    name: "the managed policy's document not collected → unknown",
    capture: () => withRole({})().without("iam", "GetPolicyVersion"),
    expected: [{ ...onRole, status: "unknown", evidence: [{ call: "iam:GetPolicyVersion", value: "not collected" }] }],
  },
  {
    name: "an inline policy that is not JSON → unknown",
    capture: withRole({ inline: [{ name: "broken", document: "{Statement:" }] }),
    expected: [{ ...onRole, status: "unknown", says: ["Could not read a policy", "broken"] }],
  },
];

describeCheck(check, () => {
  it.each(cases)("$name", ({ capture, expected }) => {
    expectFindings(findingsOf(check, capture()), expected);
  });
});
