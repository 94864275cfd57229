import { it } from "vitest";
import { accessDenied, capture } from "../../testing/capture-builder";
import check from "./account-role-arn-invalid";
import { type Case, describeCheck, expectFindings, findingsOf } from "./testing/findings";

const roleArn = "arn:aws:iam::123456789012:role/apigw-logs";
const withArn = (arn: string) => () => capture({ roleArn: arn, role: null }).restApi("a1").stage("prod");
const updateAccount = ["aws apigateway update-account --region us-east-1 --patch-operations"];

export const cases: Case[] = [
  {
    name: "a role ARN of the scanned account → pass",
    capture: withArn(roleArn),
    expected: [{ status: "pass", target: roleArn, evidence: [{ call: "apigateway:GetAccount", value: roleArn }] }],
  },
  {
    name: "a role ARN with a path → pass",
    capture: withArn("arn:aws:iam::123456789012:role/service-role/apigw-logs"),
    expected: [{ status: "pass", target: "arn:aws:iam::123456789012:role/service-role/apigw-logs" }],
  },
  {
    name: "a user ARN, not a role → fail",
    capture: withArn("arn:aws:iam::123456789012:user/ops"),
    expected: [
      {
        status: "fail",
        target: "arn:aws:iam::123456789012:user/ops",
        says: ['"arn:aws:iam::123456789012:user/ops"', "not an IAM role ARN"],
        cli: updateAccount,
      },
    ],
  },
  {
    name: "a role name instead of an ARN → fail",
    capture: withArn("apigw-logs"),
    expected: [{ status: "fail", target: "apigw-logs", says: ['"apigw-logs"'] }],
  },
  {
    name: "an 11-digit account → fail",
    capture: withArn("arn:aws:iam::12345678901:role/apigw-logs"),
    expected: [{ status: "fail", target: "arn:aws:iam::12345678901:role/apigw-logs" }],
  },
  {
    name: "a role ARN of another partition (aws-cn in an aws capture) → fail",
    capture: withArn("arn:aws-cn:iam::123456789012:role/apigw-logs"),
    expected: [
      {
        status: "fail",
        target: "arn:aws-cn:iam::123456789012:role/apigw-logs",
        says: ["aws partition"],
        cli: ["arn:aws:iam::123456789012:role/"],
      },
    ],
  },
  {
    name: "a role of another account → warn",
    capture: withArn("arn:aws:iam::999999999999:role/central-logs"),
    expected: [
      {
        status: "warn",
        target: "arn:aws:iam::999999999999:role/central-logs",
        says: ["account 999999999999", "scanned account 123456789012"],
        evidence: [{ call: "sts:GetCallerIdentity", field: "Account", value: "123456789012" }],
        cli: updateAccount,
      },
    ],
  },
  {
    name: "no role set → no finding (account.role-unset reports it)",
    capture: () => capture({ roleArn: null, role: null }).restApi("a1").stage("prod"),
    expected: [],
  },
  {
    name: "GetAccount denied → unknown",
    capture: () => capture({ accountError: accessDenied(), role: null }),
    expected: [{ status: "unknown", evidence: [{ call: "apigateway:GetAccount", field: "error" }] }],
  },
  {
    name: "GetCallerIdentity not collected: the role's account cannot be compared → unknown",
    capture: () => withArn(roleArn)().without("sts", "GetCallerIdentity"),
    expected: [
      {
        status: "unknown",
        target: roleArn,
        says: ["sts:GetCallerIdentity"],
        evidence: [{ call: "sts:GetCallerIdentity", value: "not collected" }],
      },
    ],
  },
  {
    name: "GetCallerIdentity not collected does not hide a malformed ARN → fail",
    capture: () => withArn("arn:aws:iam::123456789012:user/ops")().without("sts", "GetCallerIdentity"),
    expected: [{ status: "fail", target: "arn:aws:iam::123456789012:user/ops" }],
  },
  {
    name: "one finding per region, each with its own value as target",
    capture: () => withArn(roleArn)().region("eu-west-1", { roleArn: "arn:aws:iam::123456789012:group/x" }),
    expected: [
      { status: "pass", target: roleArn },
      { status: "fail", region: "eu-west-1", target: "arn:aws:iam::123456789012:group/x", cli: ["--region eu-west-1"] },
    ],
  },
];

describeCheck(check, () => {
  it.each(cases)("$name", ({ capture, expected }) => {
    expectFindings(findingsOf(check, capture()), expected);
  });
});
