import { describe, expect, it } from "vitest";
import { auditLine } from "./audit";

describe("auditLine", () => {
  it("is one line of JSON with who, what and when", () => {
    const line = auditLine(
      "report-save",
      "ana@example.com",
      { report: "abc", source: "upload", missing: undefined },
      new Date("2026-01-02T03:04:05Z"),
    );
    expect(line).not.toContain("\n");
    expect(JSON.parse(line)).toEqual({
      time: "2026-01-02T03:04:05.000Z",
      level: "info",
      type: "audit",
      action: "report-save",
      who: "ana@example.com",
      report: "abc",
      source: "upload",
    });
  });

  it("says local when nobody signed in, and keeps a hostile value on one short line", () => {
    const parsed = JSON.parse(auditLine("live-diagnosis", undefined, { profile: `x\n${"y".repeat(500)}` }));
    expect(parsed.who).toBe("local");
    expect(parsed.profile.length).toBe(200);
  });
});
