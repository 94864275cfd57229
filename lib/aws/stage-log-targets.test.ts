import { describe, expect, it } from "vitest";
import {
  destinationLogGroupOf,
  executionLogGroupOf,
  restStagesOf,
  simulationArnLimit,
  simulationResourceArns,
  v2StagesOf,
} from "./stage-log-targets";

describe("stage log targets", () => {
  const rest = restStagesOf("a1", {
    item: [
      {
        stageName: "prod",
        accessLogSettings: { destinationArn: "arn:aws:logs:us-east-1:123456789012:log-group:/access:*" },
      },
      { stageName: "dev" },
    ],
  });

  it("reads REST and v2 stages and names execution groups for REST and WebSocket only", () => {
    expect(rest.map((s) => [s.stageName, executionLogGroupOf(s)])).toEqual([
      ["prod", "API-Gateway-Execution-Logs_a1/prod"],
      ["dev", "API-Gateway-Execution-Logs_a1/dev"],
    ]);
    const http = v2StagesOf("h1", "HTTP", [{ StageName: "$default" }]);
    const ws = v2StagesOf("w1", "WEBSOCKET", [{ StageName: "live" }]);
    expect(executionLogGroupOf(http[0])).toBeUndefined();
    expect(executionLogGroupOf(ws[0])).toBe("API-Gateway-Execution-Logs_w1/live");
  });

  it("lists only CloudWatch destinations of the scanned region and account", () => {
    expect(destinationLogGroupOf(rest[0].accessLogDestinationArn, "us-east-1", "123456789012")).toBe("/access");
    expect(destinationLogGroupOf(rest[0].accessLogDestinationArn, "eu-west-1", "123456789012")).toBeUndefined();
    expect(destinationLogGroupOf(rest[0].accessLogDestinationArn, "us-east-1", "210987654321")).toBeUndefined();
    expect(
      destinationLogGroupOf("arn:aws:firehose:us-east-1:123456789012:deliverystream/amazon-apigateway-x", "us-east-1"),
    ).toBeUndefined();
  });

  it("simulates on the resource strings CloudWatch Logs authorizes, for the groups API Gateway writes", () => {
    const where = { partition: "aws", region: "us-east-1", account: "123456789012" };
    const base = "arn:aws:logs:us-east-1:123456789012:log-group:";
    expect(simulationResourceArns(rest, where)).toEqual([
      `${base}:log-stream:`,
      `${base}API-Gateway-Execution-Logs_a1/dev:log-stream:`,
      `${base}API-Gateway-Execution-Logs_a1/dev:log-stream:x`,
      `${base}API-Gateway-Execution-Logs_a1/prod:log-stream:`,
      `${base}API-Gateway-Execution-Logs_a1/prod:log-stream:x`,
      `${base}/access:log-stream:`,
      `${base}/access:log-stream:x`,
    ]);
    // No group API Gateway writes yet: the representative group the checks judge too.
    expect(simulationResourceArns(v2StagesOf("h1", "HTTP", [{ StageName: "$default" }]), where)).toEqual([
      `${base}:log-stream:`,
      `${base}API-Gateway-Execution-Logs_x/y:log-stream:`,
      `${base}API-Gateway-Execution-Logs_x/y:log-stream:x`,
    ]);
    const many = Array.from({ length: 30 }, (_, i) => restStagesOf(`api${i}`, { item: [{ stageName: "prod" }] })[0]);
    expect(simulationResourceArns(many, where)).toHaveLength(simulationArnLimit);
  });
});
