import { it } from "vitest";
import { accessDenied, capture } from "../../testing/capture-builder";
import check from "./account-role-unset";
import { type Case, describeCheck, expectFindings, findingsOf } from "./testing/findings";

const roleArn = "arn:aws:iam::123456789012:role/apigw-logs";
const unset = () => capture({ roleArn: null, role: null });
const setAccountCli = [
  "aws apigateway update-account --region us-east-1",
  "path=/cloudwatchRoleArn,value=arn:aws:iam::123456789012:role/APIGatewayCloudWatchLogsRole",
  'aws iam create-role --role-name APIGatewayCloudWatchLogsRole --assume-role-policy-document \'{"Version"',
];

export const cases: Case[] = [
  {
    name: "GetAccount names a role → pass",
    capture: () => capture().restApi("a1").stage("prod"),
    expected: [
      {
        status: "pass",
        says: [roleArn],
        evidence: [{ call: "apigateway:GetAccount", field: "cloudwatchRoleArn", value: roleArn }],
      },
    ],
  },
  {
    name: "unset while a REST stage logs execution → fail naming the stage",
    capture: () => unset().restApi("a1", { name: "pets" }).stage("prod", { access: null }),
    expected: [
      {
        status: "fail",
        says: ["not set in us-east-1", "1 stage", "pets/prod"],
        evidence: [{ field: "cloudwatchRoleArn", value: null }],
        cli: setAccountCli,
      },
    ],
  },
  {
    name: "unset, while another region logs with a role that exists → the fix reuses that role instead of creating one",
    capture: () =>
      capture()
        .region("eu-west-1", { roleArn: null })
        .restApi("e1", { name: "orders", region: "eu-west-1" })
        .stage("prod"),
    expected: [
      { status: "pass" },
      {
        region: "eu-west-1",
        status: "fail",
        says: ["not set in eu-west-1"],
        cli: [
          "aws apigateway update-account --region eu-west-1 --patch-operations op=replace,path=/cloudwatchRoleArn,value=arn:aws:iam::123456789012:role/apigw-logs",
        ],
        cliLacks: ["create-role", "attach-role-policy"],
      },
    ],
  },
  {
    name: "unset while a REST stage only sends access logs to CloudWatch → fail",
    capture: () => unset().restApi("a1", { name: "pets" }).stage("prod", { loggingLevel: "OFF" }),
    expected: [{ status: "fail", says: ["pets/prod"] }],
  },
  {
    name: "unset while a WebSocket stage logs only through a route override → fail",
    capture: () =>
      unset()
        .webSocketApi("w1", { name: "chat" })
        .stage("live", { loggingLevel: "OFF", access: null, overrides: { $connect: { loggingLevel: "ERROR" } } }),
    expected: [{ status: "fail", says: ["chat/live"] }],
  },
  {
    name: "GetAccount NotFoundException is read as unset → fail",
    capture: () =>
      capture({ accountError: { name: "NotFoundException", message: "Invalid Account" }, role: null })
        .restApi("a1")
        .stage("prod"),
    expected: [{ status: "fail", says: ["not set"], cli: setAccountCli }],
  },
  {
    name: "unset, and only an HTTP API (which does not use the role) → info",
    capture: () => unset().httpApi("h1").stage("$default"),
    expected: [{ status: "info", says: ["not set in us-east-1", "no REST or WebSocket stage there logs"] }],
  },
  {
    name: "unset, REST stage with execution logging OFF and a Firehose destination → info",
    capture: () =>
      unset()
        .restApi("a1")
        .stage("prod", {
          loggingLevel: "OFF",
          access: {
            destinationArn: "arn:aws:firehose:us-east-1:123456789012:deliverystream/amazon-apigateway-a1",
            format: "$context.requestId",
          },
        }),
    expected: [{ status: "info" }],
  },
  {
    name: "unset, nothing needs it, but some GetStages failed → info that says it may be needed",
    capture: () => unset().restApi("a1", { stagesError: accessDenied("apigateway:GET") }),
    expected: [{ status: "info", says: ["could not be read"] }],
  },
  {
    name: "GetAccount denied → unknown",
    capture: () =>
      capture({ accountError: accessDenied("apigateway:GET"), role: null })
        .restApi("a1")
        .stage("prod"),
    expected: [
      {
        status: "unknown",
        says: ["apigateway:GetAccount failed with AccessDeniedException"],
        evidence: [{ call: "apigateway:GetAccount", field: "error" }],
      },
    ],
  },
  {
    name: "GetAccount not collected → unknown",
    capture: () => capture().restApi("a1").stage("prod").without("apigateway", "GetAccount"),
    expected: [{ status: "unknown", evidence: [{ call: "apigateway:GetAccount", value: "not collected" }] }],
  },
  {
    name: "the setting is per region: set in us-east-1, unset in eu-west-1 where a stage logs",
    capture: () =>
      capture()
        .restApi("a1")
        .stage("prod")
        .region("eu-west-1", { roleArn: null })
        .restApi("e1", { name: "eu" })
        .stage("prod"),
    expected: [
      { status: "pass" },
      { status: "fail", region: "eu-west-1", says: ["eu-west-1", "eu/prod"], cli: ["--region eu-west-1"] },
    ],
  },
];

describeCheck(check, () => {
  it.each(cases)("$name", ({ capture, expected }) => {
    expectFindings(findingsOf(check, capture()), expected);
  });
});
