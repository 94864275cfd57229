import { describe, expect, it } from "vitest";
import { quote, quoteBefore } from "./quote";

describe("quote", () => {
  it.each([
    { name: "plain text", text: "$context.requestID", want: '"$context.requestID"' },
    { name: "empty", text: "", want: '""' },
    { name: "markup stays plain text", text: "<script>alert(1)</script>", want: '"<script>alert(1)</script>"' },
    { name: "newline and tab", text: "a\nb\tc", want: '"a\\u{000A}b\\u{0009}c"' },
    { name: "NUL, DEL and C1", text: "\u0000\u007f\u0085", want: '"\\u{0000}\\u{007F}\\u{0085}"' },
    { name: "right-to-left override", text: "a\u202Eb", want: '"a\\u{202E}b"' },
    { name: "isolates and marks", text: "\u2066\u200F\u061C", want: '"\\u{2066}\\u{200F}\\u{061C}"' },
    { name: "zero-width and BOM", text: "\u200B\uFEFF", want: '"\\u{200B}\\u{FEFF}"' },
    { name: "astral characters stay whole", text: "😀é", want: '"😀é"' },
    { name: "lone surrogate is escaped", text: "a\uD800b", want: '"a\\u{D800}b"' },
  ])("$name", ({ text, want }) => {
    expect(quote(text)).toBe(want);
  });

  it("cuts after the limit in code points, not UTF-16 units", () => {
    expect(quote("😀".repeat(5), 3)).toBe('"😀😀😀…"');
    expect(quote("x".repeat(100))).toBe(`"${"x".repeat(80)}…"`);
  });

  it("does not cut text exactly at the limit", () => {
    expect(quote("x".repeat(80))).toBe(`"${"x".repeat(80)}"`);
  });
});

describe("quoteBefore", () => {
  it.each([
    { name: "short prefix", text: "abc\ndef", end: 3, want: '"abc"' },
    { name: "cut from the left", text: "0123456789\n", end: 10, limit: 4, want: '"…6789"' },
    { name: "keeps a surrogate pair", text: "a😀\n", end: 3, limit: 1, want: '"…😀"' },
  ])("$name", ({ text, end, limit, want }) => {
    expect(quoteBefore(text, end, limit)).toBe(want);
  });
});
