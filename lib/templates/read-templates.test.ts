import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkTemplates } from "./check-templates";
import { summarize, testdata } from "./testing";

describe("check-template on the documented formats (testdata/README.md says what each file follows)", () => {
  it("SAM: Globals reach the stage, the OFF override and the access-log format fail, the HTTP grant is unknown", async () => {
    const report = await checkTemplates([testdata("sam-api.yaml")], { region: "us-east-1" });
    expect(report.inputs).toEqual([{ path: testdata("sam-api.yaml"), kind: "sam", stacks: ["sam-api"], error: null }]);
    expect(summarize(report, "stage.execution-logging-off")).toEqual(["pass PetsApi:26"]);
    expect(summarize(report, "method.logging-off")).toEqual(["fail PetsApi:26 GET /pets"]);
    expect(summarize(report, "stage.access-log-format-invalid")).toEqual(["fail PetsApi:26", "pass OrdersHttp:34"]);
    const grant = report.findings.find((f) => f.check === "http.access-log-policy-missing");
    expect(grant?.status).toBe("unknown");
    expect(grant?.message).toContain(
      "Check it live: `log-doctor diagnose --region us-east-1 --api <id of OrdersHttp>`",
    );
    // No stack sets the account: unknown, never pass.
    expect(summarize(report, "account.role-unset")).toEqual(["unknown -:1"]);
  });

  it("SAM implicit APIs of function events get Globals", async () => {
    const report = await checkTemplates([testdata("sam-implicit.yaml")], { region: "us-east-1" });
    expect(summarize(report, "stage.execution-logging-errors-only")).toEqual(["warn Handler:18"]);
    expect(summarize(report, "stage.access-logging-off")).toEqual(["warn Handler:18", "fail Handler:18"]);
    expect(report.findings.filter((f) => f.api).map((f) => `${f.api?.id}/${f.stage}`)).toContain(
      "ServerlessHttpApi/$default",
    );
  });

  it("CloudFormation YAML with short tags: Join/Sub/If/GetAtt resolve, the stack-owned role warns", async () => {
    const report = await checkTemplates([testdata("cfn-short-tags.yaml")], { region: "eu-west-1" });
    expect(report.inputs[0]).toMatchObject({ kind: "cloudformation", error: null });
    expect(summarize(report, "template.account-role-deleted-with-stack")).toEqual([
      "warn ApiAccount:26 arn:aws:iam::123456789012:role/apigw-logs-live",
    ]);
    expect(summarize(report, "role.trust-denies-apigateway")).toEqual([
      "pass LoggingRole:14 arn:aws:iam::123456789012:role/apigw-logs-live",
    ]);
    expect(summarize(report, "role.permissions-missing")).toEqual([
      "pass LoggingRole:14 arn:aws:iam::123456789012:role/apigw-logs-live",
    ]);
    expect(summarize(report, "stage.execution-logging-off")).toEqual(["pass LiveStage:40"]);
    expect(summarize(report, "stage.access-log-format-invalid")).toEqual(["pass LiveStage:40"]);
    expect(report.findings.filter((f) => f.status === "fail")).toEqual([]);
  });

  it("Terraform plan: a deployment with stage_name and a module-owned logging role warn; method settings reach the stage", async () => {
    const report = await checkTemplates([testdata("deployment-stage-name.plan.json")], { region: "us-east-1" });
    expect(report.inputs[0]).toMatchObject({ kind: "terraform-plan", error: null });
    expect(summarize(report, "template.stage-recreated-drops-settings")).toEqual([
      "warn aws_api_gateway_deployment.api:13 aws_api_gateway_deployment.api",
    ]);
    expect(summarize(report, "template.account-role-deleted-with-stack")).toEqual([
      "warn aws_api_gateway_account.this:64 arn:aws:iam::123456789012:role/apigw-cloudwatch",
    ]);
    expect(summarize(report, "stage.execution-logging-off")).toEqual(["pass aws_api_gateway_deployment.api:13"]);
    // The provider's region, not the --region default.
    expect(new Set(report.findings.map((f) => f.region))).toEqual(new Set(["eu-central-1"]));
  });

  it("Terraform plan with a module: a replaced stage warns, the HTTP stage without access logs fails", async () => {
    const report = await checkTemplates([testdata("stage-replaced.plan.json")], { region: "us-east-1" });
    expect(summarize(report, "template.stage-recreated-drops-settings")).toEqual([
      "warn module.edge.aws_api_gateway_stage.prod:21 module.edge.aws_api_gateway_stage.prod",
    ]);
    expect(summarize(report, "stage.access-logging-off")).toEqual([
      "pass module.edge.aws_api_gateway_stage.prod:21",
      "fail aws_apigatewayv2_stage.default:54",
    ]);
    expect(summarize(report, "stage.execution-logging-errors-only")).toEqual([
      "warn module.edge.aws_api_gateway_stage.prod:21",
    ]);
  });

  it("several inputs that set the account: each warns, and the ambiguous setting leaves the role checks unknown", async () => {
    const report = await checkTemplates(
      [testdata("cfn-short-tags.yaml"), testdata("deployment-stage-name.plan.json")],
      { region: "eu-central-1" },
    );
    expect(summarize(report, "template.account-set-by-several")).toEqual([
      "warn ApiAccount:26",
      "warn aws_api_gateway_account.this:64",
    ]);
    expect(summarize(report, "account.role-unset")).toEqual(["unknown ApiAccount:26"]);
  });

  it("Terraform plan: the module's own CloudWatch Logs resource policy grants the HTTP stage's delivery; no grant stays unknown", async () => {
    const report = await checkTemplates([testdata("http-grant.plan.json")], { region: "us-east-1" });
    expect(summarize(report, "http.access-log-policy-missing")).toEqual(["pass aws_apigatewayv2_stage.default:63"]);

    // Variants: a policy for another group (other policies of the account may still grant: unknown, never fail), and a
    // document known only after apply (unknown, naming it).
    const plan = JSON.parse(readFileSync(testdata("http-grant.plan.json"), "utf8"));
    const policy = plan.resource_changes.find(
      (c: { type: string }) => c.type === "aws_cloudwatch_log_resource_policy",
    ).change;
    const dir = mkdtempSync(join(tmpdir(), "log-doctor-plan-"));
    const variant = (
      name: string,
      change: (after: Record<string, unknown>, unknown: Record<string, unknown>) => void,
    ) => {
      const copy = structuredClone(plan);
      const target = copy.resource_changes.find(
        (c: { type: string }) => c.type === "aws_cloudwatch_log_resource_policy",
      ).change;
      change(target.after, target.after_unknown);
      writeFileSync(join(dir, name), JSON.stringify(copy, null, 2));
      return join(dir, name);
    };
    const otherGroup = variant(
      "other.plan.json",
      (after) =>
        (after.policy_document = String(policy.after.policy_document).replace("/orders/access", "/billing/access")),
    );
    const afterApply = variant("after-apply.plan.json", (after, unknown) => {
      delete after.policy_document;
      unknown.policy_document = true;
    });
    const other = await checkTemplates([otherGroup], { region: "us-east-1" });
    const unknownOnStage = [expect.stringMatching(/^unknown aws_apigatewayv2_stage\.default:\d+$/)];
    expect(summarize(other, "http.access-log-policy-missing")).toEqual(unknownOnStage);
    const later = await checkTemplates([afterApply], { region: "us-east-1" });
    expect(summarize(later, "http.access-log-policy-missing")).toEqual(unknownOnStage);
    expect(later.findings.find((f) => f.check === "http.access-log-policy-missing")?.message).toContain(
      "aws_cloudwatch_log_resource_policy.delivery.policy_document is known only after apply",
    );
  });
});
