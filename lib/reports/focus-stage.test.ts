import { describe, expect, it } from "vitest";
import { analyze } from "../engine/analyze";
import { focusAnalysis } from "./focus-stage";
import { demoCapture, reportOf } from "../../testing/reports/demo-report";

describe("focusAnalysis (Share this stage)", () => {
  const whole = analyze(demoCapture());
  const focus = { region: "eu-west-1", apiId: "e2u4r6o8pa", stage: "prod" };

  it("keeps only that stage, its own findings and the region-wide causes behind its verdicts", () => {
    const focused = focusAnalysis(whole, focus)!;
    expect(focused.diagnosis.regions).toEqual(["eu-west-1"]);
    expect(focused.diagnosis.apis).toHaveLength(1);
    expect(focused.diagnosis.apis[0].stages?.map((s) => s.name)).toEqual(["prod"]);
    for (const f of focused.diagnosis.findings) {
      if (f.region === null) continue;
      expect(f.region).toBe("eu-west-1");
      if (f.api !== null) expect([f.api.id, f.stage ?? "prod"]).toEqual(["e2u4r6o8pa", "prod"]);
    }
    const wide = focused.diagnosis.findings.filter((f) => f.region !== null && f.api === null).map((f) => f.check);
    expect(wide).toContain("account.role-unset");
    // Region-wide problems that are not this stage's causes (another API's, a domain's) stay out.
    const stage = focused.diagnosis.apis[0].stages![0];
    const causes = new Set([...stage.execution.causes, ...stage.access.causes]);
    expect(
      focused.diagnosis.findings
        .filter((f) => f.api === null && f.region !== null && (f.status === "fail" || f.status === "warn"))
        .every((f) => causes.has(f.check)),
    ).toBe(true);
    // The verdicts are the whole diagnosis's, untouched.
    expect(stage).toEqual(
      whole.diagnosis.apis.find((a) => a.id === focus.apiId)!.stages!.find((s) => s.name === "prod"),
    );
    expect(focused.logs?.map((l) => `${l.apiId}/${l.stage}`)).toEqual(["e2u4r6o8pa/prod"]);
    expect(
      focused.timelines.flatMap((t) => t.stages).every((s) => s.api.id === focus.apiId && s.stage === "prod"),
    ).toBe(true);
  });

  it("names the stage in the default title", () => {
    expect(reportOf(focusAnalysis(whole, focus)!, { focus }).title).toBe(
      "Stage prod of inventory-api (e2u4r6o8pa) in eu-west-1",
    );
  });

  it("answers null for a stage the diagnosis does not have", () => {
    expect(focusAnalysis(whole, { ...focus, stage: "nope" })).toBeNull();
    expect(focusAnalysis(whole, { ...focus, region: "us-east-1" })).toBeNull();
  });
});
