import { describe, expect, it } from "vitest";
import { analyze } from "../engine/analyze";
import { CaptureBuilder } from "../../testing/capture-builder";
import { boundedView, omittedNote } from "./bounded-view";
import { reportView } from "./report-view";

describe("a report page's bounded view", () => {
  const builder = new CaptureBuilder().region("us-east-1");
  for (let api = 0; api < 30; api++) {
    builder.restApi(`a${String(api).padStart(9, "0")}`);
    for (const stage of ["prod", "dev"]) builder.stage(stage, { loggingLevel: "OFF" });
  }
  const view = reportView(analyze(builder.build()).diagnosis);

  it("keeps a small report whole", () => {
    const bounded = boundedView(view);
    expect(bounded.view.rows).toHaveLength(60);
    expect(bounded.omitted).toEqual({ rows: 0, apis: 0, stages: 0 });
    expect(omittedNote(60, 0, "stages")).toBeNull();
  });

  it("renders at most the limits, in the report's order, and says how many were left off", () => {
    const bounded = boundedView(view, { rows: 10, apis: 0, stages: 4 });
    expect(bounded.view.rows).toEqual(view.rows.slice(0, 10));
    expect(bounded.view.stages).toEqual(view.stages.slice(0, 4));
    expect(bounded.omitted).toEqual({ rows: 50, apis: view.apis.length, stages: view.stages.length - 4 });
    expect(omittedNote(10, 50, "stages")).toBe(
      "Showing the first 10 of 60 stages; the Markdown and JSON downloads hold all of them.",
    );
  });
});
