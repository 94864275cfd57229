import { describe, expect, it } from "vitest";
import { capture } from "../../testing/capture-builder";
import { analyze } from "../engine/analyze";
import { groupDiagnosis } from "./group";

/** The causes of stage prod of API a1, as [check, target]. */
const causesOf = (built: ReturnType<typeof capture>) => {
  const view = groupDiagnosis(analyze(built.build()).diagnosis);
  const stage = view.regions.flatMap((r) => r.apis).find((a) => a.api.id === "a1")!.stages[0];
  return stage.causes.map((f) => [f.check, f.target]);
};

describe("a stage's causes", () => {
  it("come by impact: a whole log kind (access logging off) before one method's override, against the checklist order", () => {
    const causes = causesOf(
      capture()
        .restApi("a1")
        .stage("prod", { access: null, overrides: { "~1pets/GET": { loggingLevel: "OFF" } } }),
    );
    expect(causes).toEqual([
      ["stage.access-logging-off", null],
      ["method.logging-off", "GET /pets"],
    ]);
  });

  it("keep the checklist order among whole-kind causes: the region-wide one upstream is the root", () => {
    const causes = causesOf(
      capture()
        .region("eu-west-1", { roleArn: null })
        .restApi("a1", { region: "eu-west-1" })
        .stage("prod", { loggingLevel: "OFF" }),
    );
    expect(causes.map(([check]) => check)).toEqual(["account.role-unset", "stage.execution-logging-off"]);
  });

  it("keep a region-wide cause that names a target (the deleted role) ahead of the stage's own", () => {
    const causes = causesOf(
      capture()
        .region("eu-west-1", { roleArn: "arn:aws:iam::111122223333:role/gone" })
        .restApi("a1", { region: "eu-west-1" })
        .stage("prod", { loggingLevel: "OFF" }),
    );
    expect(causes[0][0]).toMatch(/^(role|account)\./);
    expect(causes.map(([check]) => check)).toContain("stage.execution-logging-off");
  });
});
