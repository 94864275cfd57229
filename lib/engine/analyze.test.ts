import { describe, expect, it } from "vitest";
import { historyCapture } from "../../testing/reports/history-capture";
import { analyze } from "./analyze";

describe("analyze", () => {
  it("gives the diagnosis and the timelines of one model: a change's finding, its timeline and the verdicts share the API object", () => {
    const { diagnosis, timelines } = analyze(historyCapture());
    const changed = diagnosis.findings.find((f) => f.check === "cloudtrail.logging-changed" && f.stage === "prod");
    const off = diagnosis.findings.find((f) => f.check === "stage.execution-logging-off" && f.stage === "prod");
    expect(changed?.api).toBeDefined();
    // Checks point at the model's shared `api.ref`; nothing repairs findings afterwards.
    expect(changed?.api).toBe(off?.api);
    expect(timelines[0].stages[0].api).toBe(off?.api);
    expect(timelines[0].stages[0].entries.map((e) => e.eventName)).toEqual(["UpdateStage"]);
  });

  it("keeps the Diagnosis JSON the CLI prints: only the contract's keys", () => {
    const { diagnosis } = analyze(historyCapture(), { symptoms: ["413"] });
    expect(Object.keys(diagnosis)).toEqual(["kind", "version", "capturedAt", "account", "regions", "findings", "apis"]);
    expect(diagnosis.findings.some((f) => f.check === "symptom.413")).toBe(true);
  });
});
