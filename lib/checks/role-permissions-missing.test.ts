import { it } from "vitest";
import {
  accessDenied,
  capture,
  managedPolicyArn,
  managedPolicyDocument,
  type RoleOptions,
} from "../../testing/capture-builder";
import check from "./role-permissions-missing";
import { type Case, describeCheck, expectFindings, findingsOf } from "./testing/findings";
import { simulateAll } from "./testing/simulation";

const roleArn = "arn:aws:iam::123456789012:role/apigw-logs";
const onRole = { target: roleArn };
const groups = "arn:aws:logs:us-east-1:123456789012:log-group:";
const execName = "API-Gateway-Execution-Logs_a1/prod";
const accessName = "/aws/apigateway/a1/prod";
const exec = `${groups}${execName}`;
const access = `${groups}${accessName}`;
const managed = { arn: managedPolicyArn, document: managedPolicyDocument };
const policy = (...Statement: unknown[]) => ({ Version: "2012-10-17", Statement });
const withRole = (role: RoleOptions) => () => capture({ role }).restApi("a1").stage("prod");
const inline = (...Statement: unknown[]) =>
  withRole({ attached: [], inline: [{ name: "logs", document: policy(...Statement) }] });
const writes = ["logs:CreateLogStream", "logs:PutLogEvents"];
const others = [
  "logs:CreateLogGroup",
  "logs:DescribeLogGroups",
  "logs:DescribeLogStreams",
  "logs:GetLogEvents",
  "logs:FilterLogEvents",
];
const attachCli = [
  "aws iam attach-role-policy --role-name apigw-logs --policy-arn arn:aws:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs",
];
const bothGroups = [execName, accessName];

export const cases: Case[] = [
  {
    name: "AWS's managed policy AmazonAPIGatewayPushToCloudWatchLogs → pass",
    capture: withRole({}),
    expected: [{ ...onRole, status: "pass", says: ["its identity policies"] }],
  },
  {
    name: "the write path scoped to …:log-group:G:log-stream:* → pass",
    capture: inline(
      { Effect: "Allow", Action: writes, Resource: [`${exec}:log-stream:*`, `${access}:log-stream:*`] },
      { Effect: "Allow", Action: others, Resource: "*" },
    ),
    expected: [{ ...onRole, status: "pass" }],
  },
  {
    name: "the write path scoped to …:log-group:G (no :*) → fail: AWS authorizes it on the stream",
    capture: inline(
      { Effect: "Allow", Action: writes, Resource: [exec, access] },
      { Effect: "Allow", Action: others, Resource: "*" },
    ),
    expected: [
      {
        ...onRole,
        status: "fail",
        says: [
          `logs:CreateLogStream on ${exec}:log-stream:x`,
          `logs:PutLogEvents on ${exec}:log-stream:x`,
          "cannot write logs in us-east-1",
        ],
        evidence: [
          { call: "iam:ListAttachedRolePolicies", value: `no Allow for logs:CreateLogStream on ${exec}:log-stream:x` },
        ],
        cli: attachCli,
      },
    ],
  },
  {
    name: "logs:* on the groups API Gateway writes (…:G:*), DescribeLogGroups only on named groups → warn",
    capture: inline({ Effect: "Allow", Action: "logs:*", Resource: [`${exec}:*`, `${access}:*`] }),
    expected: [
      {
        ...onRole,
        status: "warn",
        says: [`logs:DescribeLogGroups on ${groups}:log-stream:`, "does not document"],
        cli: attachCli,
      },
    ],
  },
  {
    name: "DescribeLogGroups granted only on a named group, everything else on * → warn, never fail",
    capture: inline(
      { Effect: "Allow", NotAction: "logs:DescribeLogGroups", Resource: "*" },
      { Effect: "Allow", Action: "logs:DescribeLogGroups", Resource: `${exec}:*` },
    ),
    expected: [{ ...onRole, status: "warn", says: [`logs:DescribeLogGroups on ${groups}:log-stream:`] }],
  },
  {
    name: "CreateLogGroup missing while the execution group exists → warn",
    capture: () =>
      inline({ Effect: "Allow", Action: [...writes, ...others.slice(1)], Resource: "*" })()
        .logGroups("us-east-1", "API-Gateway-Execution-Logs_", [execName])
        .logGroups("us-east-1", "/aws/apigateway/", [accessName]),
    expected: [{ ...onRole, status: "warn", says: [`logs:CreateLogGroup on ${exec}:log-stream:`] }],
  },
  {
    name: "CreateLogGroup missing while the listing shows the execution group absent → fail",
    capture: () =>
      inline({ Effect: "Allow", Action: [...writes, ...others.slice(1)], Resource: "*" })()
        .logGroups("us-east-1", "API-Gateway-Execution-Logs_", [])
        .logGroups("us-east-1", "/aws/apigateway/", [accessName]),
    expected: [{ ...onRole, status: "fail", says: [`logs:CreateLogGroup on ${exec}:log-stream:`] }],
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
    capture: withRole({
      attached: [managed],
      inline: [{ name: "no-writes", document: policy({ Effect: "Deny", Action: "logs:PutLogEvents", Resource: "*" }) }],
    }),
    expected: [
      {
        ...onRole,
        status: "fail",
        says: ["logs:PutLogEvents", "(explicit Deny)"],
        evidence: [{ call: "iam:GetRolePolicy", value: "Deny logs:PutLogEvents" }],
        cli: attachCli,
      },
    ],
  },
  {
    name: "only logs:GetLogEvents and logs:FilterLogEvents missing → warn",
    capture: inline({
      Effect: "Allow",
      Action: [...writes, "logs:CreateLogGroup", "logs:DescribeLogGroups", "logs:DescribeLogStreams"],
      Resource: "*",
    }),
    expected: [
      {
        ...onRole,
        status: "warn",
        says: ["logs:GetLogEvents on", "logs:FilterLogEvents on", "managed policy"],
        cli: attachCli,
      },
    ],
  },
  {
    name: "a write action allowed only under an unprovable condition → warn",
    capture: inline({
      Effect: "Allow",
      Action: "logs:*",
      Resource: "*",
      Condition: { StringEquals: { "aws:PrincipalTag/team": "api" } },
    }),
    expected: [{ ...onRole, status: "warn", says: ["only under conditions"] }],
  },
  {
    name: "a region with no REST/WebSocket stage is judged on API-Gateway-Execution-Logs_x/y → a scope elsewhere fails",
    capture: () =>
      capture({
        role: {
          attached: [],
          inline: [
            { name: "logs", document: policy({ Effect: "Allow", Action: "logs:*", Resource: `${groups}/aws/*` }) },
          ],
        },
      }),
    expected: [{ ...onRole, status: "fail", says: [`${groups}API-Gateway-Execution-Logs_x/y:log-stream:x`] }],
  },
  {
    name: "a stage with execution logging off: its execution group is not judged → pass",
    capture: () =>
      capture({
        role: {
          attached: [],
          inline: [
            {
              name: "logs",
              document: policy(
                { Effect: "Allow", Action: "logs:*", Resource: `${groups}/aws/*` },
                { Effect: "Allow", Action: "logs:DescribeLogGroups", Resource: "*" },
              ),
            },
          ],
        },
      })
        .restApi("a1")
        .stage("prod", { loggingLevel: "OFF" }),
    expected: [{ ...onRole, status: "pass" }],
  },
  {
    name: "a stage with an execution-log delivery: API Gateway does not write its managed group → pass",
    capture: () =>
      inline(
        { Effect: "Allow", Action: "logs:*", Resource: `${groups}/aws/*` },
        { Effect: "Allow", Action: "logs:DescribeLogGroups", Resource: "*" },
      )().deliveries("us-east-1", [
        {
          id: "d1",
          logType: "EXECUTION_LOGS",
          resourceArn: "arn:aws:apigateway:us-east-1::/restapis/a1/stages/prod",
          destinationArn: `${groups}/custom/exec`,
        },
      ]),
    expected: [{ ...onRole, status: "pass" }],
  },
  {
    name: "per region: a policy scoped to us-east-1 passes there and fails in eu-west-1",
    capture: () => inline({ Effect: "Allow", Action: "logs:*", Resource: `${groups}*` })().region("eu-west-1"),
    expected: [
      { ...onRole, status: "pass" },
      {
        ...onRole,
        region: "eu-west-1",
        status: "fail",
        says: ["arn:aws:logs:eu-west-1:123456789012:log-group:API-Gateway-Execution-Logs_x/y:log-stream:x"],
      },
    ],
  },
  {
    name: "SimulatePrincipalPolicy decides: it denies PutLogEvents though the policies allow it → fail",
    capture: withRole({
      simulation: simulateAll(bothGroups, (action) =>
        action === "logs:PutLogEvents" ? { decision: "implicitDeny" } : {},
      ),
    }),
    expected: [
      {
        ...onRole,
        status: "fail",
        says: ["SimulatePrincipalPolicy", `logs:PutLogEvents on ${exec}:log-stream:x`],
        evidence: [
          {
            call: "iam:SimulatePrincipalPolicy",
            field: `EvaluationResults[logs:PutLogEvents on ${exec}:log-stream:x].EvalDecision`,
            value: "implicitDeny",
          },
        ],
      },
    ],
  },
  {
    name: "a stream-level simulation result decides whatever stream name was asked → fail",
    capture: withRole({
      simulation: [{ action: "logs:PutLogEvents", resource: `${exec}:log-stream:2026/abc`, decision: "explicitDeny" }],
    }),
    expected: [
      {
        ...onRole,
        status: "fail",
        says: ["logs:PutLogEvents", "(explicit Deny)"],
        evidence: [{ call: "iam:SimulatePrincipalPolicy", value: "explicitDeny" }],
      },
    ],
  },
  {
    name: "SimulatePrincipalPolicy decides: it allows everything though no policy allows anything → pass",
    capture: withRole({ attached: [], simulation: simulateAll(bothGroups) }),
    expected: [
      {
        ...onRole,
        status: "pass",
        says: ["SimulatePrincipalPolicy"],
        evidence: [{ call: "iam:SimulatePrincipalPolicy", value: "allowed" }],
      },
    ],
  },
  {
    name: "simulation results on the group ARN itself (v1 form) do not decide the stream-level actions → the policies do",
    capture: withRole({
      attached: [],
      simulation: writes.map((action) => ({ action, resource: exec, decision: "allowed" })),
    }),
    expected: [
      { ...onRole, status: "fail", says: ["its identity policies", `logs:PutLogEvents on ${exec}:log-stream:x`] },
    ],
  },
  {
    name: "a boundary that blocks, policies that allow → pass here (role.boundary-blocks reports it)",
    capture: withRole({
      boundary: {
        arn: "arn:aws:iam::123456789012:policy/boundary",
        document: policy({ Effect: "Allow", Action: "s3:*", Resource: "*" }),
      },
    }),
    expected: [{ ...onRole, status: "pass" }],
  },
  {
    name: "simulation denied only by the boundary → pass here (role.boundary-blocks reports it)",
    capture: withRole({
      boundary: {
        arn: "arn:aws:iam::123456789012:policy/boundary",
        document: policy({ Effect: "Allow", Action: "s3:*", Resource: "*" }),
      },
      simulation: simulateAll(bothGroups, () => ({ decision: "implicitDeny", allowedByBoundary: false })),
    }),
    expected: [{ ...onRole, status: "pass" }],
  },
  {
    name: "PutLogEvents missing from the policies, nothing simulated → fail",
    capture: () =>
      inline({
        Effect: "Allow",
        Action: ["logs:CreateLogGroup", "logs:CreateLogStream", ...others.slice(1)],
        Resource: "*",
      })().without("iam", "SimulatePrincipalPolicy"),
    expected: [{ ...onRole, status: "fail", says: ["logs:PutLogEvents"] }],
  },
  {
    name: "the same policies, but a simulation says an SCP denies PutLogEvents → pass here (role.scp-denies reports it only)",
    capture: () =>
      capture({
        role: {
          attached: [],
          inline: [
            {
              name: "logs",
              document: policy({
                Effect: "Allow",
                Action: ["logs:CreateLogGroup", "logs:CreateLogStream", ...others.slice(1)],
                Resource: "*",
              }),
            },
          ],
          simulation: simulateAll(bothGroups, (action) =>
            action === "logs:PutLogEvents" ? { decision: "implicitDeny", allowedByOrganizations: false } : {},
          ),
        },
      })
        .restApi("a1")
        .stage("prod"),
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
