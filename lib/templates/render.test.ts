import { describe, expect, it } from "vitest";
import type { TemplateReport } from "./check-templates";
import { checkTemplates } from "./check-templates";
import { renderTemplateMarkdown, renderTemplateText, wrap } from "./render";
import { testdata } from "./testing";

const hostile: TemplateReport = {
  kind: "log-doctor/template-report",
  version: 1,
  inputs: [{ path: "evil\u001b[2J.yaml", kind: "cloudformation", stacks: ["evil"], error: null }],
  findings: [
    {
      check: "method.logging-off",
      severity: "high",
      status: "fail",
      region: "us-east-1",
      api: null,
      stage: null,
      target: null,
      evidence: [],
      message: "Override of <b>|x|</b> sets OFF.",
      where: { file: "evil\u001b[2J.yaml", resource: "Api\u202Egnp`", line: 3 },
    },
  ],
};

describe("template text and Markdown", () => {
  it("text fits 80 columns except for a single path longer than the line", async () => {
    const report = await checkTemplates([testdata("sam-api.yaml"), testdata("stage-replaced.plan.json")], {
      region: "us-east-1",
    });
    const text = renderTemplateText(report);
    const long = text.split("\n").filter((line) => line.length > 80);
    for (const line of long) expect(line.trim().split(" ").length, line).toBe(1);
    expect(text).toContain("Not decidable from the input; check live:\n  $ log-doctor diagnose --region us-east-1\n");
  });

  it("shows the template author's names with invisible characters escaped, and as plain text in Markdown", () => {
    const text = renderTemplateText(hostile);
    expect(text).not.toMatch(/\u001b|\u202E/);
    expect(text).toContain("evil\\u001B[2J.yaml:3 (Api\\u202Egnp`)");
    const markdown = renderTemplateMarkdown(hostile);
    expect(markdown).toContain(
      "| fail | `method.logging-off` | evil\\\\u001B\\[2J.yaml:3 (Api\\\\u202Egnp\\`) | Override of &lt;b&gt;\\|x\\|&lt;/b&gt; sets OFF. |",
    );
  });

  it("wraps on spaces with a hanging indent and keeps an over-long word whole", () => {
    expect(wrap("aaa bbb ccc", 9, "  ", "    ")).toEqual(["  aaa bbb", "    ccc"]);
    expect(wrap("x".repeat(20), 10, "", "")).toEqual(["x".repeat(20)]);
  });
});
