import { expect, it } from "vitest";
import { accessDenied, capture, type RoleOptions } from "../../testing/capture-builder";
import { analyze } from "../engine/analyze";
import check from "./role-scp-denies";
import { type Case, describeCheck, expectFindings, findingsOf } from "./testing/findings";
import { simulateAll } from "./testing/simulation";

const roleArn = "arn:aws:iam::123456789012:role/apigw-logs";
const onRole = { target: roleArn };
const exec = "arn:aws:logs:us-east-1:123456789012:log-group:API-Gateway-Execution-Logs_a1/prod";
const bothGroups = ["API-Gateway-Execution-Logs_a1/prod", "/aws/apigateway/a1/prod"];
const withRole = (role: RoleOptions) => () => capture({ role }).restApi("a1").stage("prod");
const scpDenies =
  (...actions: string[]) =>
  (action: string) =>
    actions.includes(action)
      ? { decision: "implicitDeny", allowedByOrganizations: false }
      : { allowedByOrganizations: true };
const exempt = [/Service control policies/, /aws:PrincipalArn/, new RegExp(roleArn)];

export const cases: Case[] = [
  {
    name: "every simulated action allowed by the organization → pass",
    capture: withRole({ simulation: simulateAll(bothGroups, () => ({ allowedByOrganizations: true })) }),
    expected: [
      {
        ...onRole,
        status: "pass",
        says: ["no organization SCP denies"],
        evidence: [{ call: "iam:SimulatePrincipalPolicy" }],
      },
    ],
  },
  {
    name: "an account outside any organization (no OrganizationsDecisionDetail) → pass",
    capture: withRole({ simulation: simulateAll(bothGroups) }),
    expected: [{ ...onRole, status: "pass" }],
  },
  {
    name: "an SCP denies logs:PutLogEvents → fail, fixed in the SCP, not on the role",
    capture: withRole({ simulation: simulateAll(bothGroups, scpDenies("logs:PutLogEvents")) }),
    expected: [
      {
        ...onRole,
        status: "fail",
        says: [
          "organization SCP denies",
          `logs:PutLogEvents on ${exec}:log-stream:x`,
          "whatever the role's policies say",
        ],
        evidence: [
          {
            call: "iam:SimulatePrincipalPolicy",
            field: `EvaluationResults[logs:PutLogEvents on ${exec}:log-stream:x].OrganizationsDecisionDetail.AllowedByOrganizations`,
            value: false,
          },
        ],
        console: exempt,
      },
    ],
  },
  {
    name: "an SCP denies logs:CreateLogGroup → fail",
    capture: withRole({ simulation: simulateAll(bothGroups, scpDenies("logs:CreateLogGroup")) }),
    expected: [{ ...onRole, status: "fail", says: [`logs:CreateLogGroup on ${exec}:log-stream:`] }],
  },
  {
    name: "an SCP denies only logs:DescribeLogGroups and logs:FilterLogEvents → warn",
    capture: withRole({
      simulation: simulateAll(bothGroups, scpDenies("logs:DescribeLogGroups", "logs:FilterLogEvents")),
    }),
    expected: [
      {
        ...onRole,
        status: "warn",
        says: [
          "logs:DescribeLogGroups on arn:aws:logs:us-east-1:123456789012:log-group::log-stream:",
          "logs:FilterLogEvents",
        ],
        console: exempt,
      },
    ],
  },
  {
    name: "an SCP denial in another region's results does not count here",
    capture: () =>
      withRole({
        simulation: [
          ...simulateAll(bothGroups),
          ...simulateAll(["API-Gateway-Execution-Logs_x/y"], scpDenies("logs:PutLogEvents"), "eu-west-1"),
        ],
      })().region("eu-west-1"),
    expected: [
      { ...onRole, status: "pass" },
      { ...onRole, region: "eu-west-1", status: "fail", says: ["eu-west-1"] },
    ],
  },
  {
    name: "simulation results only on other resource strings (v1 form) → unknown",
    capture: withRole({
      simulation: [
        { action: "logs:PutLogEvents", resource: exec, decision: "implicitDeny", allowedByOrganizations: false },
      ],
    }),
    expected: [
      { ...onRole, status: "unknown", says: ["cannot tell"], evidence: [{ call: "iam:SimulatePrincipalPolicy" }] },
    ],
  },
  {
    name: "SimulatePrincipalPolicy not collected → unknown",
    capture: withRole({}),
    expected: [
      { ...onRole, status: "unknown", evidence: [{ call: "iam:SimulatePrincipalPolicy", value: "not collected" }] },
    ],
  },
  {
    name: "SimulatePrincipalPolicy denied → unknown",
    capture: () =>
      withRole({})().call({
        service: "iam",
        operation: "SimulatePrincipalPolicy",
        input: { PolicySourceArn: roleArn },
        error: accessDenied("iam:SimulatePrincipalPolicy"),
      }),
    expected: [{ ...onRole, status: "unknown", evidence: [{ call: "iam:SimulatePrincipalPolicy", field: "error" }] }],
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

  it("reports an SCP-denied action only under role.scp-denies, and the execution verdict is missing", () => {
    const built = withRole({
      simulation: simulateAll(bothGroups, scpDenies("logs:PutLogEvents", "logs:CreateLogStream")),
    })().build();
    const { diagnosis } = analyze(built);
    const roleFindings = diagnosis.findings.filter(
      (f) => f.check.startsWith("role.") && (f.status === "fail" || f.status === "warn"),
    );
    expect(roleFindings.map((f) => `${f.check} ${f.status}`)).toEqual(["role.scp-denies fail"]);
    const stage = diagnosis.apis[0].stages![0];
    expect(stage.execution).toMatchObject({ verdict: "missing", causes: ["role.scp-denies"] });
    expect(roleFindings[0].fix?.summary).not.toMatch(/attach/i);
  });
});
