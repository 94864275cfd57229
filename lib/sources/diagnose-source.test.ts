import { describe, expect, it } from "vitest";
import { analyze } from "../engine/analyze";
import { symptomNames } from "../checks/registry";
import { diagnoseWithAllSymptoms, withSymptoms } from "./diagnose-source";
import { demoCapture } from "./demo-source";

describe("withSymptoms", () => {
  const full = diagnoseWithAllSymptoms(demoCapture()).diagnosis;

  it.each([[[]], [["413"]], [["429", "unmapped-domain-4xx"]], [[...symptomNames]]])(
    "equals analyze().diagnosis with symptoms %j",
    (symptoms) => {
      expect(withSymptoms(full, symptoms)).toEqual(analyze(demoCapture(), { symptoms }).diagnosis);
    },
  );
});
