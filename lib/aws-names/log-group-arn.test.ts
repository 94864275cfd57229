import { describe, expect, it } from "vitest";
import { logGroupNameOf, parseLogGroupArn } from "./log-group-arn";

describe("log-group ARNs: one reader for the collector, the model, the fixes and CloudTrail", () => {
  it("parses both forms AWS uses, with and without the trailing :*", () => {
    expect(parseLogGroupArn("arn:aws:logs:eu-west-1:123456789012:log-group:/aws/apigw/pets:*")).toEqual({
      partition: "aws",
      region: "eu-west-1",
      account: "123456789012",
      name: "/aws/apigw/pets",
      wildcard: true,
    });
    expect(parseLogGroupArn("arn:aws:logs:eu-west-1:123456789012:log-group:pets")?.wildcard).toBe(false);
  });

  it.each([
    "arn:aws:logs:eu-west-1:1234:log-group:pets",
    "arn:aws:firehose:eu-west-1:123456789012:deliverystream/x",
    "arn:aws:logs:eu-west-1:123456789012:log-group:",
  ])("refuses %s", (arn) => {
    expect(parseLogGroupArn(arn)).toBeNull();
  });

  it("names the group of an ARN or a bare name, and nothing for another kind of ARN", () => {
    expect(logGroupNameOf("arn:aws:logs:eu-west-1:123456789012:log-group:pets:*")).toBe("pets");
    expect(logGroupNameOf("pets")).toBe("pets");
    expect(logGroupNameOf("arn:aws:firehose:eu-west-1:123456789012:deliverystream/x")).toBeNull();
  });
});
