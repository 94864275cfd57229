import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../testing/run-cli";

const testdata = (name: string) => join(__dirname, "../../lib/templates/testdata", name);

describe("log-doctor check-template", () => {
  it("text: each finding with file:line (resource); exit 1 when a check fails", async () => {
    const run = await runCli(["check-template", testdata("sam-api.yaml")]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`FAIL method.logging-off\n  at ${testdata("sam-api.yaml")}:26 (PetsApi)\n`);
    expect(run.stdout).toMatch(/\d+ failed, \d+ warnings, \d+ unknown \(check live\), \d+ passed\n$/);
    expect(run.stderr).toBe("");
  });

  it("exit 0 when nothing fails (warnings and unknowns do not fail the build)", async () => {
    const run = await runCli(["check-template", testdata("cfn-short-tags.yaml"), "--format", "markdown"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("| warn | `template.account-role-deleted-with-stack` |");
  });

  it("json and sarif formats", async () => {
    const json = JSON.parse(
      (await runCli(["check-template", testdata("stage-replaced.plan.json"), "--format", "json"])).stdout,
    );
    expect(json).toMatchObject({
      kind: "log-doctor/template-report",
      version: 1,
      inputs: [{ kind: "terraform-plan", error: null }],
    });
    expect(
      json.findings.find(
        (f: { check: string; status: string }) => f.check === "stage.access-logging-off" && f.status === "fail",
      ).where,
    ).toEqual({
      file: testdata("stage-replaced.plan.json"),
      resource: "aws_apigatewayv2_stage.default",
      line: 54,
    });
    const sarif = JSON.parse(
      (await runCli(["check-template", testdata("stage-replaced.plan.json"), "--format", "sarif"])).stdout,
    );
    expect(sarif.version).toBe("2.1.0");
  });

  it("exit 2 when an input cannot be read, after reporting the others; one line per bad file on stderr", async () => {
    const run = await runCli(["check-template", testdata("nope.yaml"), testdata("cfn-short-tags.yaml")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`log-doctor: ${testdata("nope.yaml")}: no such file or directory\n`);
    expect(run.stdout).toContain("template.account-role-deleted-with-stack");
  });

  it("usage errors exit 2", async () => {
    expect((await runCli(["check-template"])).code).toBe(2);
    expect((await runCli(["check-template", testdata("sam-api.yaml"), "--format", "xml"])).code).toBe(2);
  });
});
