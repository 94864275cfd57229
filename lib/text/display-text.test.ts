import { describe, expect, it } from "vitest";
import { displayName, displayRegion, formatValue, revealInvisible, shorten } from "./display-text";

describe("display text", () => {
  it("shows bidirectional overrides, controls and zero-width characters as visible codes", () => {
    expect(revealInvisible("invoice\u202Egpj.exe")).toBe("invoice[U+202E]gpj.exe");
    expect(revealInvisible("a\u0000b\u0007c\u200Bd\uFEFF")).toBe("a[U+0000]b[U+0007]c[U+200B]d[U+FEFF]");
    expect(revealInvisible("tab\tand\nnewline stay")).toBe("tab\tand\nnewline stay");
  });

  it("shows every bidi control and every character that draws nothing, tag characters included", () => {
    const bidi = "\u061C\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069";
    expect(revealInvisible(`a${bidi}b`)).toBe(
      `a${[...bidi].map((c) => `[U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}]`).join("")}b`,
    );
    expect(revealInvisible("pay\u00ADpal\u034F\u180E\u2028\u2029\u3164\uFFA0\uFFF9")).toBe(
      "pay[U+00AD]pal[U+034F][U+180E][U+2028][U+2029][U+3164][U+FFA0][U+FFF9]",
    );
    expect(revealInvisible("prod\u{E0041}\u{E007F}")).toBe("prod[U+E0041][U+E007F]");
    expect(revealInvisible("ünïcödé 名前 emoji 🙂 stay")).toBe("ünïcödé 名前 emoji 🙂 stay");
  });

  it("shows region names the same way, short", () => {
    expect(displayRegion("us-east-1")).toBe("us-east-1");
    expect(displayRegion("us-east-1\u202E\u001b]0;x\u0007")).toBe("us-east-1[U+202E][U+001B]]0;x[U+0007]");
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
