import { describe, expect, it } from "vitest";
import { displayText } from "./display";

describe("displayText", () => {
  it.each([
    ["plain text", "pets prod", "pets prod"],
    ["a bidirectional override", "\u202Egnp.exe", "[U+202E]gnp.exe"],
    ["zero-width and control characters", "a\u200Bb\u0000c", "a[U+200B]b[U+0000]c"],
    ["newlines and tabs kept", "a\n\tb", "a\n\tb"],
    ["markup stays text (React escapes it)", "<script>x</script>", "<script>x</script>"],
  ])("%s", (_name, input, expected) => {
    expect(displayText(input)).toBe(expected);
  });

  it("cuts long values and says by how much", () => {
    expect(displayText("x".repeat(1500), 1000)).toBe(`${"x".repeat(1000)}… (500 more characters)`);
  });
});
