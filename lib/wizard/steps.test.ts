import { describe, expect, it } from "vitest";
import { causeLabel, checks } from "../checks/registry";
import { checkSections } from "../engine/define-check";
import { steps } from "./steps";

describe("wizard steps", () => {
  it("place every registered check in exactly one step, so no finding is left out of the wizard", () => {
    for (const check of checks)
      expect(
        steps.filter((s) => s.owns(check.id)).map((s) => s.slug),
        check.id,
      ).toHaveLength(1);
  });

  it("have a short cause label for every registered check", () => {
    // Symptoms are explanations, never causes: their titles already read as one.
    for (const check of checks.filter((c) => !c.id.startsWith("symptom.")))
      expect(causeLabel(check.id), check.id).not.toBe(check.title);
  });

  it("follow the checklist order: STS, role, account setting, stage, overrides, access, never logged, history", () => {
    expect(steps.map((s) => s.slug)).toEqual([
      "sts",
      "logging-role",
      "account-setting",
      "stage-logging",
      "overrides",
      "access-logging",
      "unlogged-requests",
      "history",
    ]);
    // One step per checklist section, in the sections' order: a check's `section` always has a step.
    expect(steps.map((s) => s.section)).toEqual([...checkSections]);
  });
});
