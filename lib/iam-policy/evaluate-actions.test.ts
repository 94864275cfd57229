import { describe, expect, it } from "vitest";
import { evaluateActions } from "./evaluate-actions";
import type { PolicyDocument, PolicyStatement } from "./types";

const base = "arn:aws:logs:us-east-1:123456789012:log-group:";
const execution = `${base}API-Gateway-Execution-Logs_abc/prod`;
const executionStreams = `${execution}:*`;
const access = `${base}my-access-logs`;
const resources = [execution, executionStreams, access];
const writeActions = [
  "logs:CreateLogGroup",
  "logs:CreateLogStream",
  "logs:PutLogEvents",
  "logs:DescribeLogGroups",
  "logs:DescribeLogStreams",
];
const doc = (...Statement: PolicyStatement[]): PolicyDocument => ({ Version: "2012-10-17", Statement });

describe("evaluateActions", () => {
  it("allows every action on every resource under a broad Allow", () => {
    const verdicts = evaluateActions(
      [doc({ Effect: "Allow", Action: ["logs:*"], Resource: ["*"] })],
      writeActions,
      resources,
    );
    expect(verdicts.map((v) => [v.action, v.allowed, v.decision, v.failingResources])).toEqual(
      writeActions.map((a) => [a, true, "allow", []]),
    );
  });

  it("names the resources an action is not allowed on, and the worst decision", () => {
    const policy = doc(
      { Effect: "Allow", Action: ["logs:*"], Resource: [`${base}API-Gateway-Execution-Logs_*`] },
      { Effect: "Deny", Action: ["logs:PutLogEvents"], Resource: [executionStreams] },
    );
    const [put, create] = evaluateActions([policy], ["logs:PutLogEvents", "logs:CreateLogGroup"], resources);
    expect(put).toMatchObject({
      allowed: false,
      decision: "explicit-deny",
      failingResources: [executionStreams, access],
    });
    expect(create).toMatchObject({ allowed: false, decision: "implicit-deny", failingResources: [access] });
    expect(put.byResource.map((r) => [r.resource, r.decision.decision])).toEqual([
      [execution, "allow"],
      [executionStreams, "explicit-deny"],
      [access, "implicit-deny"],
    ]);
  });

  it("marks an action allowed only through a condition as conditional, naming those resources", () => {
    const policy = doc(
      { Effect: "Allow", Action: ["logs:*"], Resource: [execution, executionStreams] },
      {
        Effect: "Allow",
        Action: ["logs:*"],
        Resource: [access],
        Condition: { StringEquals: { "aws:RequestedRegion": ["us-east-1"] } },
      },
    );
    const [verdict] = evaluateActions([policy], ["logs:PutLogEvents"], resources);
    expect(verdict).toMatchObject({
      allowed: true,
      conditional: true,
      failingResources: [],
      conditionalResources: [access],
    });
  });

  it("does not call a certain refusal conditional because another resource is conditional", () => {
    const policy = doc({
      Effect: "Allow",
      Action: ["logs:*"],
      Resource: [execution],
      Condition: { Bool: { k: ["true"] } },
    });
    const [verdict] = evaluateActions([policy], ["logs:PutLogEvents"], [execution, access]);
    expect(verdict).toMatchObject({
      allowed: false,
      conditional: false,
      failingResources: [access],
      conditionalResources: [execution],
    });
  });

  it("passes the condition callback through", () => {
    const policy = doc({ Effect: "Allow", Action: ["logs:*"], Resource: ["*"], Condition: { Bool: { k: ["true"] } } });
    const [verdict] = evaluateActions([policy], ["logs:PutLogEvents"], [execution], { condition: () => "false" });
    expect(verdict).toMatchObject({ allowed: false, decision: "implicit-deny" });
  });

  it("asks without a resource when none is given", () => {
    const policy = doc({ Effect: "Allow", Action: ["logs:*"], Resource: ["arn:aws:s3:::anything"] });
    const [verdict] = evaluateActions([policy], ["logs:PutLogEvents"], []);
    expect(verdict).toMatchObject({ allowed: true, failingResources: [] });
    expect(verdict.byResource).toHaveLength(1);
    expect(verdict.byResource[0].resource).toBeNull();
  });

  it("evaluates a principal when one is given (resource-based policies)", () => {
    const policy = doc({
      Effect: "Allow",
      Principal: { Service: ["delivery.logs.amazonaws.com"] },
      Action: ["logs:PutLogEvents"],
      Resource: [`${access}:*`],
    });
    const ask = (id: string) =>
      evaluateActions([policy], ["logs:PutLogEvents"], [`${access}:*`], { principal: { type: "Service", id } })[0]
        .allowed;
    expect(ask("delivery.logs.amazonaws.com")).toBe(true);
    expect(ask("apigateway.amazonaws.com")).toBe(false);
  });
});
