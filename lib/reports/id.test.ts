import { describe, expect, it } from "vitest";
import { isReportId, newReportId } from "./id";

describe("report ids", () => {
  it("are 22 base64url characters carrying 128 random bits", () => {
    const id = newReportId();
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(Buffer.from(id, "base64url")).toHaveLength(16);
  });

  it("do not repeat", () => {
    const ids = new Set(Array.from({ length: 10_000 }, newReportId));
    expect(ids.size).toBe(10_000);
  });

  it.each([
    ["a fresh id", newReportId(), true],
    ["too short", "A".repeat(21), false],
    ["too long", "A".repeat(23), false],
    ["very long", "A".repeat(5000), false],
    ["base64 padding", `${"A".repeat(20)}==`, false],
    ["standard base64 characters", `${"A".repeat(20)}+/`, false],
    ["a path", "../../../../etc/passwd", false],
    ["an encoded slash", `${"A".repeat(19)}%2F`, false],
    ["an encoded dot-dot", `%2e%2e${"A".repeat(16)}`, false],
    ["a trailing newline", `${"A".repeat(22)}\n`, false],
    ["an export suffix", `${"A".repeat(22)}.md`, false],
    ["empty", "", false],
    ["not a string", 42, false],
  ])("%s → %s", (_name, value, valid) => {
    expect(isReportId(value)).toBe(valid);
  });
});
