import { describe, expect, it } from "vitest";
import { positionLookup } from "./position";

describe("positionLookup", () => {
  it.each([
    { name: "start of a one-line text", text: "abc", offset: 0, want: { offset: 0, line: 1, column: 1 } },
    { name: "inside a one-line text", text: "abc", offset: 2, want: { offset: 2, line: 1, column: 3 } },
    { name: "just past the end", text: "abc", offset: 3, want: { offset: 3, line: 1, column: 4 } },
    {
      name: "the newline itself stays on its line",
      text: "ab\ncd",
      offset: 2,
      want: { offset: 2, line: 1, column: 3 },
    },
    { name: "after \\n", text: "ab\ncd", offset: 4, want: { offset: 4, line: 2, column: 2 } },
    { name: "\\r\\n counts once", text: "ab\r\ncd", offset: 4, want: { offset: 4, line: 2, column: 1 } },
    { name: "a lone \\r ends a line", text: "ab\rcd", offset: 3, want: { offset: 3, line: 2, column: 1 } },
    { name: "third line", text: "a\nb\nc", offset: 4, want: { offset: 4, line: 3, column: 1 } },
    { name: "clamps past the end", text: "ab", offset: 99, want: { offset: 2, line: 1, column: 3 } },
    { name: "clamps below zero", text: "ab", offset: -5, want: { offset: 0, line: 1, column: 1 } },
  ])("$name", ({ text, offset, want }) => {
    expect(positionLookup(text)(offset)).toEqual(want);
  });
});
