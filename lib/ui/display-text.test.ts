import { describe, expect, it } from "vitest";
import { displayName, formatValue, revealInvisible, shorten } from "./display-text";

describe("display text", () => {
  it("shows bidirectional overrides, controls and zero-width characters as visible codes", () => {
    expect(revealInvisible("invoice\u202Egpj.exe")).toBe("invoice[U+202E]gpj.exe");
    expect(revealInvisible("a\u0000b\u0007c\u200Bd\uFEFF")).toBe("a[U+0000]b[U+0007]c[U+200B]d[U+FEFF]");
    expect(revealInvisible("tab\tand\nnewline stay")).toBe("tab\tand\nnewline stay");
  });

  it("leaves markup alone: React renders it as text", () => {
    expect(displayName("<script>alert(1)</script>")).toBe("<script>alert(1)</script>");
  });

  it("cuts long text and says how much was left out", () => {
    expect(shorten("abcdef", 4)).toBe("abcd… (2 more characters)");
    expect(shorten("abcde", 4)).toBe("abcd… (1 more character)");
    expect(displayName("x".repeat(100 * 1024))).toMatch(/^x{120}… \(102,280 more characters\)$/);
  });

  it("formats evidence values: strings as they are, the rest as JSON", () => {
    expect(formatValue("OFF")).toBe("OFF");
    expect(formatValue(null)).toBe("null");
    expect(formatValue(undefined)).toBe("(absent)");
    expect(formatValue({ a: 1 })).toBe('{\n  "a": 1\n}');
  });
});
