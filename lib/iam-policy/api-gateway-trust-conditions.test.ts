import { describe, expect, it } from "vitest";
import { apiGatewayTrustConditions } from "./api-gateway-trust-conditions";
import type { ConditionBlock, ConditionVerdict, PolicyStatement } from "./types";

const account = "123456789012";
const judge = apiGatewayTrustConditions({ partition: "aws", region: "us-east-1", account });
const statement: PolicyStatement = { Effect: "Allow", Principal: { Service: ["apigateway.amazonaws.com"] }, Action: ["sts:AssumeRole"] };
const verdict = (block: ConditionBlock) => judge(block, statement);

describe("apiGatewayTrustConditions", () => {
  it.each<[string, ConditionBlock, ConditionVerdict]>([
    // aws:SourceAccount
    ["SourceAccount equal to the scanned account", { StringEquals: { "aws:SourceAccount": [account] } }, "true"],
    ["SourceAccount among several accounts", { StringEquals: { "aws:SourceAccount": ["999999999999", account] } }, "true"],
    ["SourceAccount naming another account", { StringEquals: { "aws:SourceAccount": ["999999999999"] } }, "unknown"],
    ["SourceAccount with StringLike matching", { StringLike: { "aws:SourceAccount": ["1234*"] } }, "true"],
    ["SourceAccount with StringLike not matching", { StringLike: { "aws:SourceAccount": ["9*"] } }, "unknown"],
    ["SourceAccount key in another case", { StringEquals: { "AWS:SOURCEACCOUNT": [account] } }, "true"],
    ["SourceAccount with StringEqualsIfExists", { StringEqualsIfExists: { "aws:SourceAccount": [account] } }, "true"],
    ["SourceAccount with ForAnyValue:StringEquals", { "ForAnyValue:StringEquals": { "aws:SourceAccount": [account] } }, "true"],
    ["SourceAccount with ForAllValues:StringLike", { "ForAllValues:StringLike": { "aws:SourceAccount": [account] } }, "true"],
    ["SourceAccount with a negated operator", { StringNotEquals: { "aws:SourceAccount": ["999999999999"] } }, "unknown"],
    ["SourceAccount with NumericEquals", { NumericEquals: { "aws:SourceAccount": [account] } }, "unknown"],
    ["SourceAccount with a misspelled operator", { stringequals: { "aws:SourceAccount": [account] } }, "unknown"],
    ["SourceAccount with no values", { StringEquals: { "aws:SourceAccount": [] } }, "unknown"],

    // aws:SourceArn
    ["SourceArn the spec's pattern", { ArnLike: { "aws:SourceArn": ["arn:aws:apigateway:us-east-1::*"] } }, "true"],
    ["SourceArn narrowed to REST APIs", { ArnLike: { "aws:SourceArn": ["arn:aws:apigateway:us-east-1::/restapis/*"] } }, "true"],
    ["SourceArn of any region", { ArnLike: { "aws:SourceArn": ["arn:aws:apigateway:*::*"] } }, "true"],
    ["SourceArn with ArnEquals (same as ArnLike)", { ArnEquals: { "aws:SourceArn": ["arn:aws:apigateway:us-east-1::*"] } }, "true"],
    ["SourceArn with StringLike", { StringLike: { "aws:SourceArn": ["arn:aws:apigateway:us-*"] } }, "true"],
    ["SourceArn with StringEquals and a concrete ARN", { StringEquals: { "aws:SourceArn": ["arn:aws:apigateway:us-east-1::/restapis/a1b2c3"] } }, "true"],
    ["SourceArn with StringEquals and a literal '*' (the spec's pattern matches it)", { StringEquals: { "aws:SourceArn": ["arn:aws:apigateway:us-east-1::*"] } }, "true"],
    ["SourceArn with StringEquals naming one stage", { StringEquals: { "aws:SourceArn": ["arn:aws:apigateway:us-east-1::/restapis/a1/stages/prod"] } }, "true"],
    ["SourceArn with StringEquals on another service", { StringEquals: { "aws:SourceArn": ["arn:aws:lambda:us-east-1::*"] } }, "unknown"],
    ["SourceArn with ArnLikeIfExists", { ArnLikeIfExists: { "aws:SourceArn": ["arn:aws:apigateway:us-east-1::*"] } }, "true"],
    ["SourceArn key in another case", { ArnLike: { "AWS:SourceARN": ["arn:aws:apigateway:us-east-1::*"] } }, "true"],
    ["SourceArn of another region", { ArnLike: { "aws:SourceArn": ["arn:aws:apigateway:eu-west-1::*"] } }, "unknown"],
    ["SourceArn of another partition", { ArnLike: { "aws:SourceArn": ["arn:aws-cn:apigateway:us-east-1::*"] } }, "unknown"],
    ["SourceArn of another service", { ArnLike: { "aws:SourceArn": ["arn:aws:lambda:us-east-1:123456789012:function:*"] } }, "unknown"],
    ["SourceArn with an account part API Gateway ARNs lack", { ArnLike: { "aws:SourceArn": ["arn:aws:apigateway:us-east-1:123456789012:*"] } }, "unknown"],
    ["SourceArn with ArnLike whose region '*' would need to cross colons", { ArnLike: { "aws:SourceArn": ["arn:aws:apigateway:*"] } }, "unknown"],
    ["SourceArn with a negated operator", { ArnNotLike: { "aws:SourceArn": ["arn:aws:apigateway:eu-west-1::*"] } }, "unknown"],

    // Combinations and other keys.
    ["both keys satisfied under one operator", { StringEquals: { "aws:SourceAccount": [account] }, ArnLike: { "aws:SourceArn": ["arn:aws:apigateway:us-east-1::*"] } }, "true"],
    ["both keys, the account wrong", { StringEquals: { "aws:SourceAccount": ["999999999999"] }, ArnLike: { "aws:SourceArn": ["arn:aws:apigateway:us-east-1::*"] } }, "unknown"],
    ["both keys under StringLike", { StringLike: { "aws:SourceAccount": [account], "aws:SourceArn": ["arn:aws:apigateway:us-east-1::*"] } }, "true"],
    ["aws:SourceIp alone", { IpAddress: { "aws:SourceIp": ["203.0.113.0/24"] } }, "unknown"],
    ["a good key mixed with another key", { StringEquals: { "aws:SourceAccount": [account], "aws:PrincipalOrgID": ["o-abc"] } }, "unknown"],
    ["a good key mixed with another operator", { StringEquals: { "aws:SourceAccount": [account] }, Bool: { "aws:SecureTransport": ["true"] } }, "unknown"],
    ["an operator with no keys", { StringEquals: {} }, "unknown"],
    ["an empty block", {}, "true"],
  ])("%s → %s", (_name, block, expected) => {
    expect(verdict(block)).toBe(expected);
  });

  it("cannot prove aws:SourceAccount when the scanned account is unknown", () => {
    const blind = apiGatewayTrustConditions({ partition: "aws", region: "us-east-1", account: null });
    expect(blind({ StringEquals: { "aws:SourceAccount": [account] } }, statement)).toBe("unknown");
    expect(blind({ ArnLike: { "aws:SourceArn": ["arn:aws:apigateway:us-east-1::*"] } }, statement)).toBe("true");
  });

  it("uses the partition and region it was made for", () => {
    const china = apiGatewayTrustConditions({ partition: "aws-cn", region: "cn-north-1", account });
    expect(china({ ArnLike: { "aws:SourceArn": ["arn:aws-cn:apigateway:cn-north-1::*"] } }, statement)).toBe("true");
    expect(china({ ArnLike: { "aws:SourceArn": ["arn:aws:apigateway:us-east-1::*"] } }, statement)).toBe("unknown");
  });
});
