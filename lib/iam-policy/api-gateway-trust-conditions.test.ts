import { describe, expect, it } from "vitest";
import { apiGatewayTrustConditions } from "./api-gateway-trust-conditions";
import type { ConditionBlock, ConditionVerdict, PolicyStatement } from "./types";

const account = "123456789012";
const judge = apiGatewayTrustConditions();
const statement: PolicyStatement = {
  Effect: "Allow",
  Principal: { Service: ["apigateway.amazonaws.com"] },
  Action: ["sts:AssumeRole"],
};
const verdict = (block: ConditionBlock) => judge(block, statement);

describe("apiGatewayTrustConditions", () => {
  it.each<[string, ConditionBlock, ConditionVerdict]>([
    ["SourceAccount with StringEqualsIfExists", { StringEqualsIfExists: { "aws:SourceAccount": [account] } }, "true"],
    [
      "SourceArn with ArnLikeIfExists",
      { ArnLikeIfExists: { "aws:SourceArn": ["arn:aws:apigateway:us-east-1::*"] } },
      "true",
    ],
    ["a qualified IfExists operator", { "ForAnyValue:StringLikeIfExists": { "aws:SourceAccount": [account] } }, "true"],
    [
      "several operators, all IfExists",
      {
        StringEqualsIfExists: { "aws:SourceAccount": [account] },
        ArnLikeIfExists: { "aws:SourceArn": ["arn:aws:apigateway:*::*"] },
      },
      "true",
    ],
    // AWS does not document API Gateway sending these keys for the logging role: a plain condition is unprovable.
    ["SourceAccount equal to the scanned account", { StringEquals: { "aws:SourceAccount": [account] } }, "unknown"],
    ["SourceArn of the region", { ArnLike: { "aws:SourceArn": ["arn:aws:apigateway:us-east-1::*"] } }, "unknown"],
    [
      "an IfExists operator beside a plain one",
      { StringEqualsIfExists: { "aws:SourceAccount": [account] }, ArnLike: { "aws:SourceArn": ["*"] } },
      "unknown",
    ],
    ["SourceIp", { IpAddress: { "aws:SourceIp": ["203.0.113.0/24"] } }, "unknown"],
    ["a misspelled IfExists operator", { stringequalsifexists: { "aws:SourceAccount": [account] } }, "unknown"],
    ["a Null check", { Null: { "aws:SourceAccount": ["false"] } }, "unknown"],
  ])("%s → %s", (_name, block, expected) => {
    expect(verdict(block)).toBe(expected);
  });
});
