import { describe, expect, it } from "vitest";
import { diagnose } from "../checks/engine";
import { symptomNames } from "../checks/registry";
import { diagnoseWithAllSymptoms, withSymptoms } from "./diagnose-source";
import { demoCapture } from "./demo-source";

describe("withSymptoms", () => {
  const full = diagnoseWithAllSymptoms(demoCapture()).diagnosis;

  it.each([[[]], [["413"]], [["429", "unmapped-domain-4xx"]], [[...symptomNames]]])("equals diagnose() with symptoms %j", (symptoms) => {
    expect(withSymptoms(full, symptoms)).toEqual(diagnose(demoCapture(), { symptoms }));
  });
});
