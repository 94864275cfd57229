import { describe, expect, it } from "vitest";
import { allowedCommands } from "./allowlist";
import { leastPrivilegePolicy } from "./least-privilege-policy";

describe("leastPrivilegePolicy", () => {
  const policy = leastPrivilegePolicy();
  const actions = policy.Statement.flatMap((statement) => statement.Action);

  it("grants exactly the IAM actions of the allowlist, each once", () => {
    expect(new Set(actions)).toEqual(new Set(allowedCommands.map((command) => command.iamAction)));
    expect(actions).toHaveLength(new Set(actions).size);
  });

  it("grants API Gateway only GET on its configuration resources, and ListRoutingRules on routing rules", () => {
    const gateway = policy.Statement.filter((s) => s.Action.some((a) => a.startsWith("apigateway:")));
    expect(gateway).toHaveLength(2);
    expect(gateway[0]).toEqual({
      Sid: "ListCustomDomainRoutingRules",
      Effect: "Allow",
      Action: ["apigateway:ListRoutingRules"],
      Resource: ["arn:aws:apigateway:*:*:/domainnames/*/routingrules/*"],
    });
    expect(gateway[1].Action).toEqual(["apigateway:GET"]);
    expect(gateway[1].Resource).toEqual([
      "arn:aws:apigateway:*::/account",
      "arn:aws:apigateway:*::/apis",
      "arn:aws:apigateway:*::/apis/*",
      "arn:aws:apigateway:*::/domainnames",
      "arn:aws:apigateway:*::/domainnames/*/apimappings",
      "arn:aws:apigateway:*::/domainnames/*/basepathmappings",
      "arn:aws:apigateway:*::/restapis",
      "arn:aws:apigateway:*::/restapis/*",
    ]);
  });

  it("scopes IAM reads to roles and policies", () => {
    const role = policy.Statement.find((s) => s.Action.includes("iam:GetRole"));
    const managed = policy.Statement.find((s) => s.Action.includes("iam:GetPolicyVersion"));
    expect(role?.Resource).toEqual(["arn:aws:iam::*:role/*"]);
    expect(managed?.Resource).toEqual(["arn:aws:iam::*:policy/*"]);
  });

  it("grants log content (the lines) in a statement of its own, on log groups only", () => {
    const content = policy.Statement.filter((s) =>
      s.Action.some((a) => a === "logs:FilterLogEvents" || a === "logs:GetLogEvents"),
    );
    expect(content).toEqual([
      {
        Sid: "ReadLogContent",
        Effect: "Allow",
        Action: ["logs:FilterLogEvents", "logs:GetLogEvents"],
        Resource: ["arn:aws:logs:*:*:log-group:*"],
      },
    ]);
  });

  it("has no write actions and no wildcard actions", () => {
    expect(actions.filter((a) => /:(Put|Create|Update|Delete|Attach|Detach|Pass|Tag|Untag|\*)/.test(a))).toEqual([]);
    expect(actions.filter((a) => /^apigateway:(POST|PUT|PATCH|DELETE)$/.test(a))).toEqual([]);
  });

  it("writes the partition into resource ARNs", () => {
    const cn = JSON.stringify(leastPrivilegePolicy("aws-cn"));
    expect(cn).toContain("arn:aws-cn:apigateway:*::/restapis");
    expect(cn).not.toContain("arn:aws:");
  });
});
