import { describe, expect, it } from "vitest";
import { evaluateActions } from "./evaluate-actions";
import { logsActionResource, logsResourceLevel } from "./logs-action-resource";
import { parsePolicyDocument } from "./parse-policy-document";
import type { PolicyDocument } from "./types";

const at = {
  partition: "aws",
  region: "us-east-1",
  account: "123456789012",
  group: "API-Gateway-Execution-Logs_a1/prod",
  stream: "x",
};
const groupArn = "arn:aws:logs:us-east-1:123456789012:log-group:API-Gateway-Execution-Logs_a1/prod";
const allowed = (resource: string, action: string) => {
  const parsed = parsePolicyDocument({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Action: "logs:*", Resource: resource }],
  });
  if (!parsed.ok) throw new Error(parsed.error);
  const document: PolicyDocument = parsed.document;
  return evaluateActions([document], [action], [logsActionResource(action, at)])[0].allowed;
};

describe("logsActionResource", () => {
  it("names the resource strings AWS's AccessDenied messages show", () => {
    expect(logsActionResource("logs:CreateLogGroup", at)).toBe(`${groupArn}:log-stream:`);
    expect(logsActionResource("logs:CreateLogStream", at)).toBe(`${groupArn}:log-stream:x`);
    expect(logsActionResource("logs:PutLogEvents", at)).toBe(`${groupArn}:log-stream:x`);
    expect(logsActionResource("logs:GetLogEvents", at)).toBe(`${groupArn}:log-stream:x`);
    expect(logsActionResource("logs:DescribeLogStreams", at)).toBe(`${groupArn}:log-stream:`);
    expect(logsActionResource("logs:FilterLogEvents", at)).toBe(`${groupArn}:log-stream:`);
    expect(logsActionResource("logs:DescribeLogGroups", at)).toBe(
      "arn:aws:logs:us-east-1:123456789012:log-group::log-stream:",
    );
    expect(logsResourceLevel("LOGS:putlogevents")).toBe("stream");
  });

  it.each([
    [`${groupArn}:log-stream:*`, "logs:PutLogEvents", true],
    [`${groupArn}:*`, "logs:PutLogEvents", true],
    [groupArn, "logs:PutLogEvents", false],
    [groupArn, "logs:CreateLogStream", false],
    [groupArn, "logs:CreateLogGroup", false],
    [`${groupArn}:*`, "logs:CreateLogGroup", true],
    [`${groupArn}:*`, "logs:DescribeLogGroups", false],
    ["arn:aws:logs:us-east-1:123456789012:log-group:*", "logs:DescribeLogGroups", true],
    ["arn:aws:logs:us-east-1:123456789012:*", "logs:DescribeLogGroups", true],
  ])("a policy on %s allows %s: %s", (resource, action, expected) => {
    expect(allowed(resource, action)).toBe(expected);
  });
});
