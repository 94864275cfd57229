import { describe, expect, it } from "vitest";
import { analyze } from "../engine/analyze";
import { focusAnalysis } from "../reports/focus-stage";
import { demoCapture } from "../../testing/reports/demo-report";
import { fixtureCapture } from "../../testing/reports/sample-report";
import { reportView } from "../reports/report-view";
import { stageSeverity } from "../diagnosis/severity";
import { diagnosisSummary } from "./summary";

describe("the one-sentence summary", () => {
  it("counts the stages that lose logs and names the most common cause by its title", () => {
    expect(diagnosisSummary(analyze(fixtureCapture("03-role-deleted")).diagnosis)).toBe(
      "Of 2 API stages in 1 region, 1 is missing logs; the most common cause: The logging role was deleted (1 stage).",
    );
    expect(diagnosisSummary(analyze(demoCapture()).diagnosis)).toMatch(
      /^Of 14 API stages in 4 regions, 10 are missing logs, .* could not be fully checked; the most common cause: /,
    );
  });

  it("gives one stage's verdicts and first cause", () => {
    const focused = focusAnalysis(analyze(demoCapture()), { region: "eu-west-1", apiId: "e2u4r6o8pa", stage: "prod" })!;
    expect(diagnosisSummary(focused.diagnosis)).toBe(
      "Stage prod of inventory-api (e2u4r6o8pa) in eu-west-1: execution logs missing, access logs missing; first cause: No CloudWatch logging role set for the region.",
    );
  });

  it("says nothing failed only when nothing failed and nothing was left unchecked", () => {
    const healthy = analyze(fixtureCapture("01-healthy-rest-delivered")).diagnosis;
    expect(diagnosisSummary(healthy)).not.toMatch(/missing|could not/);
    const unread = { ...healthy, apis: healthy.apis.map((a) => ({ ...a, stages: null })) };
    expect(diagnosisSummary(unread)).toMatch(/could not be read/);
  });
});

describe("report order", () => {
  it("puts the worst stages first, keeping region order among equals", () => {
    const view = reportView(analyze(demoCapture()).diagnosis);
    const ranks = view.rows.map((r) => stageSeverity(r.stage));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const sections = view.stages.map((s) => stageSeverity(s.stage));
    expect(sections).toEqual([...sections].sort((a, b) => a - b));
  });
});
