import { describe, expect, it } from "vitest";
import { measureUtf8 } from "./size-limit";

describe("measureUtf8", () => {
  it.each([
    { name: "ASCII under the limit", text: "abc", limit: 3, want: { bytes: 3, firstOverflow: null } },
    { name: "ASCII over the limit", text: "abcd", limit: 3, want: { bytes: 4, firstOverflow: 3 } },
    { name: "two-byte characters", text: "éé", limit: 3, want: { bytes: 4, firstOverflow: 1 } },
    { name: "three-byte characters", text: "€", limit: 3, want: { bytes: 3, firstOverflow: null } },
    { name: "astral characters are four bytes", text: "a😀b", limit: 5, want: { bytes: 6, firstOverflow: 3 } },
    { name: "lone surrogate", text: "\uD800", limit: 2, want: { bytes: 3, firstOverflow: 0 } },
    { name: "empty", text: "", limit: 0, want: { bytes: 0, firstOverflow: null } },
  ])("$name", ({ text, limit, want }) => {
    expect(measureUtf8(text, limit)).toEqual(want);
  });

  it("agrees with TextEncoder", () => {
    const text = "x€é😀\u0000".repeat(100);
    expect(measureUtf8(text, 1e9).bytes).toBe(new TextEncoder().encode(text).length);
  });
});
