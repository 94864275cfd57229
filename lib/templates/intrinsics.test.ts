import { describe, expect, it } from "vitest";
import { diagnoseInventories } from "./check-templates";
import { IntrinsicResolver } from "./intrinsics";
import { parseDocumentWithLines } from "./parse-document";
import { readCloudFormation } from "./read-cloudformation";
import { summarize } from "./testing";
import { isUnknown, Unknown } from "./types";

const resolver = new IntrinsicResolver({
  stackName: "pets",
  region: "eu-west-1",
  account: "123456789012",
  parameters: {
    Env: { Type: "String", Default: "prod" },
    Secret: { Type: "String" },
    FromSsm: { Type: "AWS::SSM::Parameter::Value<String>", Default: "/x" },
  },
  mappings: { Levels: { prod: { Logging: "INFO" } } },
  conditions: {
    IsProd: { "Fn::Equals": [{ Ref: "Env" }, "prod"] },
    NeedsSecret: { "Fn::Equals": [{ Ref: "Secret" }, "x"] },
  },
  resources: {
    Logs: { Type: "AWS::Logs::LogGroup", Properties: { LogGroupName: { "Fn::Sub": "/api/${Env}" } } },
    Api: { Type: "AWS::ApiGateway::RestApi" },
    Role: { Type: "AWS::IAM::Role", Properties: { Path: "/service/" } },
  },
});

describe("intrinsic functions", () => {
  it.each([
    [
      "Sub with pseudo parameters and a local variable",
      { "Fn::Sub": ["${AWS::StackName}-${AWS::Region}-${X}", { X: "x" }] },
      "pets-eu-west-1-x",
    ],
    ["Sub keeps ${!Literal}", { "Fn::Sub": "${!Literal}" }, "${Literal}"],
    ["Ref to a log group is its name", { Ref: "Logs" }, "/api/prod"],
    [
      "GetAtt Arn of a log group",
      { "Fn::GetAtt": ["Logs", "Arn"] },
      "arn:aws:logs:eu-west-1:123456789012:log-group:/api/prod:*",
    ],
    [
      "GetAtt Arn of a role with a path and a generated name",
      { "Fn::Sub": "${Role.Arn}" },
      "arn:aws:iam::123456789012:role/service/pets-Role",
    ],
    [
      "Join, Select and Split",
      { "Fn::Join": ["-", [{ "Fn::Select": [1, { "Fn::Split": [",", "a,b,c"] }] }, "z"]] },
      "b-z",
    ],
    ["If on a condition", { "Fn::If": ["IsProd", "INFO", "ERROR"] }, "INFO"],
    ["FindInMap", { "Fn::FindInMap": ["Levels", { Ref: "Env" }, "Logging"] }, "INFO"],
  ])("%s", (_name, input, expected) => {
    expect(resolver.resolve(input)).toEqual(expected);
  });

  it.each([
    ["a parameter without default", { Ref: "Secret" }, "parameter Secret has no default"],
    ["an SSM parameter", { Ref: "FromSsm" }, "parameter FromSsm is read from SSM at deploy"],
    ["an import", { "Fn::ImportValue": "shared-role" }, "Fn::ImportValue is resolved by CloudFormation at deploy"],
    [
      "an If whose condition needs an unknown",
      { "Fn::If": ["NeedsSecret", "a", "b"] },
      "parameter Secret has no default",
    ],
    ["a Join with one unknown part", { "Fn::Join": ["", ["a", { Ref: "Secret" }]] }, "parameter Secret has no default"],
  ])("unknown: %s", (_name, input, reason) => {
    const value = resolver.resolve(input);
    expect(isUnknown(value)).toBe(true);
    expect((value as Unknown).reason).toBe(reason);
  });

  it("a stage whose logging level only a deploy knows is unknown with the live check, never pass or fail", () => {
    const parsed = parseDocumentWithLines(
      "t.yaml",
      [
        "Parameters:",
        "  Level: { Type: String }",
        "Resources:",
        "  Api: { Type: AWS::ApiGateway::RestApi }",
        "  Prod:",
        "    Type: AWS::ApiGateway::Stage",
        "    Properties:",
        "      RestApiId: !Ref Api",
        "      StageName: prod",
        "      MethodSettings: [{ ResourcePath: '/*', HttpMethod: '*', LoggingLevel: !Ref Level }]",
      ].join("\n"),
    );
    const findings = diagnoseInventories([
      readCloudFormation(parsed, { stackName: "t", region: "eu-west-1", account: "123456789012" }),
    ]);
    expect(summarize(findings, "stage.execution-logging-off")).toEqual(["unknown Api:4"]);
    const finding = findings.find((f) => f.check === "stage.execution-logging-off");
    expect(finding?.message).toContain("parameter Level has no default");
    expect(finding?.message).toContain("Check it live: `log-doctor diagnose --region eu-west-1 --api <id of Api>`");
    expect(findings.filter((f) => f.stage === "prod")).toEqual([]);
  });
});
