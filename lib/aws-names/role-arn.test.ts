import { describe, expect, it } from "vitest";
import { arnAccount, isIamRoleArn, parseRoleArn } from "./role-arn";

describe("role ARNs: one reader for the collector, the model and the checks", () => {
  it.each([
    ["arn:aws:iam::123456789012:role/apigw-logs", { partition: "aws", account: "123456789012", name: "apigw-logs" }],
    [
      "arn:aws-cn:iam::123456789012:role/service-role/apigw-logs",
      { partition: "aws-cn", account: "123456789012", name: "apigw-logs" },
    ],
    ["arn:aws:iam::123456789012:user/apigw-logs", undefined],
    ["arn:aws:iam::12345:role/x", undefined],
    ["apigw-logs", undefined],
  ])("parseRoleArn(%s)", (arn, expected) => expect(parseRoleArn(arn)).toEqual(expected));

  it("accepts as cloudwatchRoleArn only a role of the stage's partition, without white space", () => {
    expect(isIamRoleArn("arn:aws:iam::123456789012:role/a", "aws")).toBe(true);
    expect(isIamRoleArn("arn:aws:iam::123456789012:role/a", "aws-cn")).toBe(false);
    expect(isIamRoleArn("arn:aws:iam::123456789012:role/a b", "aws")).toBe(false);
  });

  it("reads an ARN's account only when it is twelve digits", () => {
    expect(arnAccount("arn:aws:logs:us-east-1:123456789012:log-group:x")).toBe("123456789012");
    expect(arnAccount("arn:aws:s3:::bucket")).toBeNull();
  });
});
