import { describe, expect, it } from "vitest";
import { analyze } from "../engine/analyze";
import { capture } from "../../testing/capture-builder";
import { findStage, wizardSteps } from "./stage-wizard";

// A healthy stage in a region that also has an unmapped custom domain, with data tracing on.
const diagnosis = analyze(
  capture()
    .restApi("a1", { name: "pets" })
    .stage("prod", { dataTrace: true })
    .domain("us-east-1", "old.example.com", { rest: [], v2: [] })
    .build(),
).diagnosis;
const context = findStage("demo", diagnosis, "us-east-1", "a1", "prod")!;
const steps = wizardSteps(diagnosis, context);
const step = (slug: string) => steps.find((s) => s.slug === slug)!;

describe("a stage's checklist steps are coloured by its own causes only", () => {
  it("has no cause (sanity): both warnings exist, neither is behind a verdict", () => {
    expect(context.stage.causes).toEqual([]);
    expect(
      diagnosis.findings
        .filter((f) => f.status === "warn")
        .map((f) => f.check)
        .sort(),
    ).toEqual(["domain.no-api-mapping", "stage.data-trace-on"]);
  });

  it("an unmapped domain elsewhere in the region is region-wide context: shown, but the step is not a warning", () => {
    const unlogged = step("unlogged-requests");
    const domain = unlogged.findings.find((f) => f.check === "domain.no-api-mapping")!;
    expect(unlogged.notCauses.get(domain)).toBe("context");
    expect(unlogged.status).not.toBe("warn");
    expect(context.stage.context.map((f) => f.check)).toEqual(["domain.no-api-mapping"]);
  });

  it("data tracing is hygiene: shown, but the stage step is not a warning", () => {
    const owner = steps.find((s) => s.findings.some((f) => f.check === "stage.data-trace-on"))!;
    const trace = owner.findings.find((f) => f.check === "stage.data-trace-on")!;
    expect(owner.notCauses.get(trace)).toBe("hygiene");
    expect(owner.status).not.toBe("warn");
    expect(context.stage.hygiene.map((f) => f.check)).toEqual(["stage.data-trace-on"]);
  });

  it("a real cause still colours its step", () => {
    const broken = analyze(capture().restApi("a1").stage("prod", { loggingLevel: "OFF" }).build()).diagnosis;
    const brokenSteps = wizardSteps(broken, findStage("demo", broken, "us-east-1", "a1", "prod")!);
    const owner = brokenSteps.find((s) =>
      s.findings.some((f) => f.check === "stage.execution-logging-off" && f.status === "fail"),
    )!;
    expect(owner.status).toBe("fail");
    expect(owner.notCauses.size).toBe(0);
  });
});
