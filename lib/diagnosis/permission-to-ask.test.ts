import { describe, expect, it } from "vitest";
import { analyze } from "../engine/analyze";
import { demoCapture } from "../sources/demo-source";
import { permissionToAsk } from "./permission-to-ask";
import type { Finding } from "./types";

const unknown = (call: string, error: unknown): Finding => ({
  check: "stage.execution-logging-off",
  status: "unknown",
  severity: "high",
  region: "us-east-1",
  api: null,
  stage: null,
  target: null,
  message: "Could not check",
  evidence: [{ call, field: "error", value: error }],
});

describe("permissionToAsk", () => {
  it("takes the action and resource from AWS's own refusal", () => {
    const finding = unknown(
      "apigateway:GetStages",
      "AccessDeniedException: User: arn:aws:sts::1:assumed-role/R/s is not authorized to perform: apigateway:GET on resource: arn:aws:apigateway:us-east-1::/restapis/a1/stages because no identity-based policy allows the apigateway:GET action",
    );
    expect(permissionToAsk(finding)).toEqual({
      action: "apigateway:GET",
      resource: "arn:aws:apigateway:us-east-1::/restapis/a1/stages",
      call: "apigateway:GetStages",
      explicitDeny: false,
    });
  });

  it("says when an explicit deny refused the call, since granting the action alone would not help", () => {
    const finding = unknown(
      "apigateway:GetStages",
      "AccessDeniedException: User: x is not authorized to perform: apigateway:GET on resource: arn:aws:apigateway:eu-west-1::/restapis/a1/stages with an explicit deny in a service control policy",
    );
    expect(permissionToAsk(finding)).toMatchObject({
      action: "apigateway:GET",
      resource: "arn:aws:apigateway:eu-west-1::/restapis/a1/stages",
      explicitDeny: true,
    });
  });

  it.each([
    ["apigatewayv2:GetStages", "apigateway:GET"],
    ["apigatewayv2:ListRoutingRules", "apigateway:ListRoutingRules"],
    ["cloudwatch-logs:DescribeLogGroups", "logs:DescribeLogGroups"],
    ["cloudtrail:GetTrailStatus", "cloudtrail:GetTrailStatus"],
  ])("names the IAM action of %s when the refusal does not", (call, action) => {
    expect(permissionToAsk(unknown(call, "AccessDenied: Access Denied"))).toEqual({
      action,
      resource: null,
      call,
      explicitDeny: false,
    });
  });

  it("asks for nothing when more permission would not help, or the check ran", () => {
    expect(permissionToAsk(unknown("apigateway:GetStages", "ThrottlingException: Rate exceeded"))).toBeNull();
    expect(permissionToAsk({ ...unknown("apigateway:GetStages", "AccessDenied"), status: "fail" })).toBeNull();
  });

  it("names a permission for every could-not-check finding of the demo account", () => {
    const asks = analyze(demoCapture())
      .diagnosis.findings.filter((f) => f.status === "unknown")
      .map((f) => [f.check, permissionToAsk(f)?.action]);
    expect(asks).toEqual([
      ["cloudtrail.no-trail", "cloudtrail:GetTrailStatus"],
      ["stage.execution-logging-off", "apigateway:GET"],
    ]);
  });
});
