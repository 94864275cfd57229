import { expect, it } from "vitest";
import { accessDenied, capture, type RoleOptions } from "../../testing/capture-builder";
import { analyze } from "../engine/analyze";
import check from "./role-boundary-blocks";
import { type Case, describeCheck, expectFindings, findingsOf } from "./testing/findings";
import { simulateAll } from "./testing/simulation";

const roleArn = "arn:aws:iam::123456789012:role/apigw-logs";
const boundaryArn = "arn:aws:iam::123456789012:policy/dev-boundary";
const onRole = { target: roleArn };
const policy = (...Statement: unknown[]) => ({ Version: "2012-10-17", Statement });
const bounded =
  (document: unknown, extra: RoleOptions = {}) =>
  () =>
    capture({ role: { boundary: { arn: boundaryArn, document }, ...extra } })
      .restApi("a1")
      .stage("prod");
const blocksLogs = policy({ Effect: "Allow", Action: ["s3:*", "lambda:*"], Resource: "*" });
const fixCli = ["aws iam delete-role-permissions-boundary --role-name apigw-logs"];
const exec = "arn:aws:logs:us-east-1:123456789012:log-group:API-Gateway-Execution-Logs_a1/prod";
const bothGroups = ["API-Gateway-Execution-Logs_a1/prod", "/aws/apigateway/a1/prod"];

export const cases: Case[] = [
  {
    name: "no permissions boundary → pass",
    capture: () => capture().restApi("a1").stage("prod"),
    expected: [
      {
        ...onRole,
        status: "pass",
        says: ["no permissions boundary"],
        evidence: [{ call: "iam:GetRole", field: "Role.PermissionsBoundary", value: null }],
      },
    ],
  },
  {
    name: "a boundary allowing logs:* → pass",
    capture: bounded(policy({ Effect: "Allow", Action: "logs:*", Resource: "*" })),
    expected: [{ ...onRole, status: "pass", says: [boundaryArn] }],
  },
  {
    name: "a boundary that allows no logs: action → fail naming the write path on the resources AWS authorizes",
    capture: bounded(blocksLogs),
    expected: [
      {
        ...onRole,
        status: "fail",
        says: [
          boundaryArn,
          `logs:CreateLogStream on ${exec}:log-stream:x`,
          `logs:PutLogEvents on ${exec}:log-stream:x`,
          "us-east-1",
        ],
        evidence: [
          { call: "iam:GetRole", value: boundaryArn },
          { call: "iam:GetPolicyVersion", field: "dev-boundary.Document" },
        ],
        cli: fixCli,
        console: [boundaryArn],
      },
    ],
  },
  {
    name: "a boundary whose logs: allow misses the execution log group → fail",
    capture: bounded(
      policy({
        Effect: "Allow",
        Action: "logs:*",
        Resource: "arn:aws:logs:us-east-1:123456789012:log-group:/aws/apigateway/*",
      }),
    ),
    expected: [{ ...onRole, status: "fail", says: ["logs:PutLogEvents"], cli: fixCli }],
  },
  {
    name: "a boundary with an explicit Deny on logs:CreateLogGroup, groups not listed → warn naming only it",
    capture: bounded(
      policy(
        { Effect: "Allow", Action: "*", Resource: "*" },
        { Effect: "Deny", Action: "logs:CreateLogGroup", Resource: "*" },
      ),
    ),
    expected: [
      {
        ...onRole,
        status: "warn",
        says: [`does not allow logs:CreateLogGroup on ${exec}:log-stream:`, "(explicit Deny)"],
        cli: fixCli,
      },
    ],
  },
  {
    name: "the same Deny while the listing shows the execution group absent → fail",
    capture: () =>
      bounded(
        policy(
          { Effect: "Allow", Action: "*", Resource: "*" },
          { Effect: "Deny", Action: "logs:CreateLogGroup", Resource: "*" },
        ),
      )().logGroups("us-east-1", "API-Gateway-Execution-Logs_", []),
    expected: [{ ...onRole, status: "fail", says: [`logs:CreateLogGroup on ${exec}:log-stream:`] }],
  },
  {
    name: "a boundary allowing only the write path (…:log-stream:*) and not the Describe actions → warn",
    capture: bounded(
      policy({
        Effect: "Allow",
        Action: ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"],
        Resource: "arn:aws:logs:*:*:log-group:*:log-stream:*",
      }),
    ),
    expected: [
      {
        ...onRole,
        status: "warn",
        says: [
          "logs:DescribeLogGroups on arn:aws:logs:us-east-1:123456789012:log-group::log-stream:",
          "does not document",
        ],
      },
    ],
  },
  {
    name: "SimulatePrincipalPolicy decides: PutLogEvents not allowed by the boundary → fail",
    capture: bounded(policy({ Effect: "Allow", Action: "logs:*", Resource: "*" }), {
      simulation: simulateAll(bothGroups, (action) =>
        action === "logs:PutLogEvents" ? { decision: "implicitDeny", allowedByBoundary: false } : {},
      ),
    }),
    expected: [
      {
        ...onRole,
        status: "fail",
        says: [`does not allow logs:PutLogEvents on ${exec}:log-stream:x`],
        evidence: [{ call: "iam:SimulatePrincipalPolicy", value: "implicitDeny" }],
      },
    ],
  },
  {
    // "A permissions boundary is evaluated the same way": AWS's simulation decides where it names the resource.
    name: "simulation says the boundary allows everything, the document does not → pass (the simulation decides)",
    capture: bounded(blocksLogs, { simulation: simulateAll(bothGroups, () => ({ allowedByBoundary: true })) }),
    expected: [{ ...onRole, status: "pass" }],
  },
  {
    name: "an SCP denial is role.scp-denies' finding, not the boundary's → pass",
    capture: bounded(policy({ Effect: "Allow", Action: "logs:*", Resource: "*" }), {
      simulation: simulateAll(bothGroups, (action) =>
        action === "logs:PutLogEvents"
          ? { decision: "implicitDeny", allowedByBoundary: false, allowedByOrganizations: false }
          : {},
      ),
    }),
    expected: [{ ...onRole, status: "pass" }],
  },
  {
    name: "the boundary's document not collected → unknown",
    capture: () => bounded(blocksLogs)().without("iam", "GetPolicyVersion"),
    expected: [{ ...onRole, status: "unknown", evidence: [{ call: "iam:GetPolicyVersion", value: "not collected" }] }],
  },
  {
    name: "the boundary's document is not JSON → unknown",
    capture: bounded("{Statement"),
    expected: [{ ...onRole, status: "unknown", says: ["Could not read the permissions boundary"] }],
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
  {
    name: "one finding per region that uses the role",
    capture: () => bounded(blocksLogs)().region("eu-west-1"),
    expected: [
      { ...onRole, status: "fail" },
      { ...onRole, region: "eu-west-1", status: "fail", says: ["eu-west-1"] },
    ],
  },
];

describeCheck(check, () => {
  it.each(cases)("$name", ({ capture, expected }) => {
    expectFindings(findingsOf(check, capture()), expected);
  });

  it("when only the boundary blocks, only role.boundary-blocks is reported", () => {
    const findings = analyze(bounded(blocksLogs)().build()).diagnosis.findings.filter(
      (f) => f.check.startsWith("role.") && (f.status === "fail" || f.status === "warn"),
    );
    expect(findings.map((f) => `${f.check} ${f.status}`)).toEqual(["role.boundary-blocks fail"]);
  });
});
