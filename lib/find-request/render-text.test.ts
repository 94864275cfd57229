import { describe, expect, it } from "vitest";
import type { FindRequestResult } from "./find-request";
import { renderFindRequestText, wrap } from "./render-text";

describe("wrap", () => {
  it("wraps words at 80 columns with a hanging indent", () => {
    const lines = wrap("word ".repeat(40), "  - ", "    ");
    expect(lines.every((line) => line.length <= 80)).toBe(true);
    expect(lines[0].startsWith("  - word")).toBe(true);
    expect(lines.slice(1).every((line) => line.startsWith("    word"))).toBe(true);
  });

  it("breaks only a word longer than a whole line", () => {
    const blob = "x".repeat(200);
    const lines = wrap(`short ${blob} end`, "    ", "    ");
    expect(lines[0]).toBe("    short");
    expect(lines.map((line) => line.length)).toEqual([9, 80, 80, 56]);
    expect(lines.at(-1)).toBe(`    ${"x".repeat(48)} end`);
  });
});

describe("renderFindRequestText", () => {
  it("leads with the verdict and cuts a long line to six terminal lines", () => {
    const result: FindRequestResult = {
      requestId: "3f5c7a2e-1b2c-4d5e-8f90-123456789abc",
      region: "us-east-1",
      apiId: "a1b2c3d4e5",
      stage: "prod",
      apiName: "pets",
      window: { start: Date.parse("2026-12-04T07:00:00Z"), end: Date.parse("2026-12-04T09:00:00Z") },
      found: true,
      elsewhere: [],
      kinds: [
        {
          kind: "execution",
          label: "Execution logs",
          region: "us-east-1",
          logGroupName: "API-Gateway-Execution-Logs_a1b2c3d4e5/prod",
          status: "found",
          pages: 1,
          why: [],
          lines: [
            {
              timestamp: Date.parse("2026-12-04T08:02:11Z"),
              stream: "s1",
              message: `(3f5c) Endpoint request body after transformations: ${"a ".repeat(600)}`,
              fields: null,
            },
          ],
        },
      ],
    };
    const text = renderFindRequestText(result);
    expect(text.split("\n").slice(0, 5)).toEqual([
      "Request 3f5c7a2e-1b2c-4d5e-8f90-123456789abc",
      "Stage prod of pets (a1b2c3d4e5) in us-east-1",
      "Searched 2026-12-04 07:00:00Z to 2026-12-04 09:00:00Z",
      "",
      "FOUND in execution logs.",
    ]);
    expect(text).toContain("  2026-12-04 08:02:11Z  s1\n    (3f5c) Endpoint request body");
    expect(text.split("\n").filter((line) => line.startsWith("    ")).length).toBe(6);
    expect(text.split("\n").every((line) => line.length <= 80)).toBe(true);
  });
});
