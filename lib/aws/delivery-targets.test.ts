import { describe, expect, it } from "vitest";
import { deliveryTargetsOf, firehoseStreamOf } from "./stage-log-targets";

const group = "arn:aws:logs:us-east-1:123456789012:log-group:/custom/exec";
const stream = "arn:aws:firehose:us-east-1:123456789012:deliverystream/exec";
const listings = {
  sources: [
    {
      name: "rest-exec",
      logType: "EXECUTION_LOGS",
      resourceArns: ["arn:aws:apigateway:us-east-1:123456789012:/restapis/a1/stages/prod"],
    },
    {
      name: "ws-exec",
      logType: "EXECUTION_LOGS",
      resourceArns: ["arn:aws:apigateway:us-east-1:123456789012:/apis/w1/stages/live"],
    },
    {
      name: "rest-access",
      logType: "ACCESS_LOGS",
      resourceArns: ["arn:aws:apigateway:us-east-1:123456789012:/restapis/a1/stages/prod"],
    },
    { name: "lambda", logType: "APPLICATION_LOGS", resourceArns: ["arn:aws:lambda:us-east-1:123456789012:function:f"] },
  ],
  deliveries: [
    { id: "d1", deliverySourceName: "rest-exec", deliveryDestinationArn: "dest-group" },
    { id: "d2", deliverySourceName: "ws-exec", deliveryDestinationArn: "dest-stream" },
    { id: "d3", deliverySourceName: "rest-access", deliveryDestinationArn: "dest-other" },
    { id: "d4", deliverySourceName: "lambda", deliveryDestinationArn: "dest-other" },
  ],
  destinations: [
    { arn: "dest-group", deliveryDestinationConfiguration: { destinationResourceArn: group } },
    { arn: "dest-stream", deliveryDestinationConfiguration: { destinationResourceArn: stream } },
    { arn: "dest-other", deliveryDestinationConfiguration: { destinationResourceArn: "arn:aws:s3:::elsewhere" } },
  ],
};

describe("execution-log delivery targets", () => {
  it("follows only API Gateway execution-log deliveries to their destination resources", () => {
    expect(deliveryTargetsOf(listings)).toEqual([stream, group]);
  });

  it("keeps to one API's stages in a one-API scan", () => {
    expect(deliveryTargetsOf(listings, "a1")).toEqual([group]);
    expect(deliveryTargetsOf(listings, "zz")).toEqual([]);
  });

  it("reads a Firehose destination of this region and account, and nothing else", () => {
    expect(firehoseStreamOf(stream, "us-east-1", "123456789012")).toBe("exec");
    expect(firehoseStreamOf(stream, "eu-west-1", "123456789012")).toBeUndefined();
    expect(firehoseStreamOf(stream, "us-east-1", "999999999999")).toBeUndefined();
    expect(firehoseStreamOf(group, "us-east-1")).toBeUndefined();
  });
});
