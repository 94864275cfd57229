import { describe, expect, it } from "vitest";
import { markdownCode, markdownText, markdownUrl, visible } from "./escape";

describe("visible", () => {
  it.each([
    ["plain", "pets-api", "pets-api"],
    ["RTL override", "\u202Egnp.exe", "\\u202Egnp.exe"],
    ["newline and tab", "a\nb\tc", "a\\nb\\tc"],
    ["escape character", "\u001b[31mred", "\\u001B[31mred"],
    ["zero-width joiner area", "a\u200Bb", "a\\u200Bb"],
  ])("%s", (_name, input, output) => {
    expect(visible(input)).toBe(output);
  });

  it("shortens a 100 KB value and says by how much", () => {
    const long = "x".repeat(100_000);
    const shown = visible(long);
    expect(shown.length).toBeLessThan(400);
    expect(shown).toContain(`${100_000 - 300} more characters`);
  });
});

describe("markdownText", () => {
  it("escapes HTML and Markdown syntax", () => {
    expect(markdownText('<script>alert("x")</script>')).toBe('&lt;script&gt;alert("x")&lt;/script&gt;');
    expect(markdownText("<img src=x onerror=alert(1)>")).not.toMatch(/<img/);
    expect(markdownText("a|b [link](http://x) **bold** `code`")).toBe(
      "a\\|b \\[link\\](http://x) \\*\\*bold\\*\\* \\`code\\`",
    );
  });
});

describe("markdownCode", () => {
  it("uses a fence longer than any backtick run inside", () => {
    const block = markdownCode("echo ```` done");
    expect(block.startsWith("`````\n")).toBe(true);
    expect(block.endsWith("\n`````")).toBe(true);
  });
});

describe("markdownUrl", () => {
  it("keeps a report link as it is, so a copied id with _ or - still opens (an escaped \\_ broke it)", () => {
    expect(markdownUrl("http://127.0.0.1:3000/reports/ab_cd-EF")).toBe("<http://127.0.0.1:3000/reports/ab_cd-EF>");
  });

  it("cannot be ended early or hide a line break, and anything but http(s) is plain text", () => {
    expect(markdownUrl("https://x.example/a>b c\nd")).toBe("<https://x.example/a%3Eb%20c%0Ad>");
    expect(markdownUrl("javascript:alert(1)_")).toBe("javascript:alert(1)\\_");
  });
});
