import { describe, expect, it } from "vitest";
import type { StageReplacement } from "../inventory";
import check from "./template-stage-recreated-drops-settings";
import { stack } from "./testing";

const replacement = (kind: StageReplacement["kind"], methodSettings: string[] = []): StageReplacement => ({
  address: kind === "deployment-stage-name" ? "aws_api_gateway_deployment.api" : "aws_api_gateway_stage.prod",
  kind,
  stage: "prod",
  methodSettings,
  where: { file: "plan.json", resource: "x", line: 7 },
});

describe(check.id, () => {
  it.each([
    [
      "warn: a deployment with stage_name",
      [replacement("deployment-stage-name", ["aws_api_gateway_method_settings.all"])],
      "stage_name",
    ],
    [
      "warn: a stage the plan replaces under its method settings",
      [replacement("stage-replaced", ["aws_api_gateway_method_settings.all"])],
      "replaces",
    ],
  ])("%s", (_name, replacements, text) => {
    const inventory = stack("plan.json");
    inventory.stageReplacements = replacements;
    const findings = check.run([inventory]);
    expect(findings.map((f) => f.status)).toEqual(["warn"]);
    expect(findings[0].message).toContain(text);
    expect(findings[0].message).toContain("aws_api_gateway_method_settings.all");
    expect(findings[0].where?.line).toBe(7);
  });

  it("pass is silence: a plan that re-creates no stage has no finding", () => {
    expect(check.run([stack("plan.json")])).toEqual([]);
  });
  // no-unknown-case: the plan's own actions and stage_name decide; nothing is read from the account.
});
