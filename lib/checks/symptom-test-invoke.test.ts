import { expect, it } from "vitest";
import { capture } from "../../testing/capture-builder";
import check from "./symptom-test-invoke";
import { type Case, describeCheck, expectFindings, findingsOf, nothingCollected } from "./testing/findings";

const explained = {
  region: null,
  status: "info" as const,
  says: ["TestInvokeMethod", "nothing is written to the stage's execution or access logs"],
};

// no-unknown-case: symptom checks read no AWS input; they only explain a symptom the user names.
export const cases: Case[] = [
  {
    name: "the user names test-invoke → info, global (region, api, stage, target null)",
    capture: () => capture().restApi("a1").stage("prod"),
    symptoms: ["test-invoke"],
    expected: [explained],
  },
  { name: "not named → no finding", capture: () => capture().restApi("a1").stage("prod"), expected: [] },
  { name: "only another symptom named → no finding", capture: () => capture(), symptoms: ["413"], expected: [] },
  {
    name: "named, with every AWS input missing → still info, never pass or unknown",
    capture: nothingCollected,
    symptoms: ["test-invoke"],
    expected: [explained],
  },
];

describeCheck(check, () => {
  it.each(cases)("$name", ({ capture, symptoms, expected }) => {
    expectFindings(findingsOf(check, capture(), symptoms), expected);
  });

  it("says where to look instead", () => {
    const [finding] = findingsOf(check, capture(), ["test-invoke"]);
    expect([finding.fix?.summary, ...(finding.fix?.console ?? [])].join(" ")).toContain("Invoke URL");
  });
});
