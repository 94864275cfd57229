import { expect, it } from "vitest";
import { accessDenied, capture } from "../../testing/capture-builder";
import { analyze } from "../engine/analyze";
import check from "./role-not-found";
import { type Case, describeCheck, expectFindings, findingsOf } from "./testing/findings";

const roleArn = "arn:aws:iam::123456789012:role/apigw-logs";
const deleted = () =>
  capture({ role: { missing: true } })
    .restApi("a1")
    .stage("prod");

export const cases: Case[] = [
  {
    name: "GetRole answers → pass, target the role ARN",
    capture: () => capture().restApi("a1").stage("prod"),
    expected: [
      { status: "pass", target: roleArn, evidence: [{ call: "iam:GetRole", field: "Role.Arn", value: roleArn }] },
    ],
  },
  {
    name: "GetRole NoSuchEntityException (deleted with its stack) → fail",
    capture: deleted,
    expected: [
      {
        status: "fail",
        target: roleArn,
        says: ["no role named apigw-logs", "NoSuchEntity"],
        evidence: [{ call: "iam:GetRole", value: "NoSuchEntityException" }],
        cli: ["aws iam create-role", "aws apigateway update-account --region us-east-1"],
      },
    ],
  },
  {
    name: "IAM is global but findings are regional: two regions naming the deleted role → one fail each",
    capture: () => deleted().region("eu-west-1"),
    expected: [
      { status: "fail", target: roleArn, says: ["in us-east-1"] },
      { status: "fail", region: "eu-west-1", target: roleArn, says: ["in eu-west-1"], cli: ["--region eu-west-1"] },
    ],
  },
  {
    name: "a role with a path is looked up by its name",
    capture: () => capture({ roleArn: "arn:aws:iam::123456789012:role/service-role/apigw-logs" }),
    expected: [{ status: "pass", target: "arn:aws:iam::123456789012:role/service-role/apigw-logs" }],
  },
  {
    name: "GetRole denied → unknown",
    capture: () => capture({ role: { error: accessDenied("iam:GetRole") } }),
    expected: [
      {
        status: "unknown",
        target: roleArn,
        says: ["iam:GetRole failed with AccessDeniedException"],
        evidence: [{ call: "iam:GetRole", field: "error" }],
      },
    ],
  },
  {
    name: "GetRole not collected → unknown",
    capture: () => capture({ role: null }),
    expected: [{ status: "unknown", target: roleArn, evidence: [{ call: "iam:GetRole", value: "not collected" }] }],
  },
  {
    name: "no role set → no finding (account.role-unset reports it)",
    capture: () => capture({ roleArn: null, role: null }),
    expected: [],
  },
  {
    name: "a role of another account → no finding (account.role-arn-invalid warns)",
    capture: () => capture({ roleArn: "arn:aws:iam::999999999999:role/central", role: null }),
    expected: [],
  },
];

describeCheck(check, () => {
  it.each(cases)("$name", ({ capture, expected }) => {
    expectFindings(findingsOf(check, capture()), expected);
  });

  it("a deleted role is reported by role.not-found alone: the other role checks do not apply to it", () => {
    const roleFindings = analyze(deleted().build()).diagnosis.findings.filter((f) => f.check.startsWith("role."));
    expect(roleFindings.map((f) => `${f.check} ${f.status}`)).toEqual(["role.not-found fail"]);
  });
});
