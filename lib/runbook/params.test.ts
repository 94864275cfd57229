import { describe, expect, it } from "vitest";
import { runbookTargetOf } from "./params";

describe("runbookTargetOf", () => {
  it.each([
    [
      { region: "us-east-1", apiId: "a1b2c3d4e5" },
      { region: "us-east-1", apiId: "a1b2c3d4e5" },
    ],
    [
      { region: "us-east-1", apiId: "a1b2c3d4e5", stage: ["prod"] },
      { region: "us-east-1", apiId: "a1b2c3d4e5", stage: "prod" },
    ],
    [
      { region: "us-east-1", apiId: "a1b2c3d4e5", stage: ["%24default"] },
      { region: "us-east-1", apiId: "a1b2c3d4e5", stage: "$default" },
    ],
    [
      { region: "us-east-1", apiId: "a1b2c3d4e5", stage: [] },
      { region: "us-east-1", apiId: "a1b2c3d4e5" },
    ],
    [{ region: "us-east-1", apiId: "a1b2c3d4e5", stage: ["prod", "extra"] }, null],
    [{ region: "us-east-1", apiId: "a1b2c3d4e5", stage: ["..%2Fadmin"] }, null],
    [{ region: "us-east-1", apiId: "a1b2c3d4e5", stage: ["%E0%A4%A"] }, null],
    [{ region: "%2e%2e", apiId: "a1b2c3d4e5" }, null],
    [{ region: "us-east-1", apiId: "a1b2c3d4e5%2F" }, null],
  ])("%j → %j", (params, expected) => {
    expect(runbookTargetOf(params)).toEqual(expected);
  });
});
