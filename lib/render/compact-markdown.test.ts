import { describe, expect, it } from "vitest";
import { analyze } from "../engine/analyze";
import { exportReport } from "../reports/exports";
import { demoCapture, reportOf } from "../../testing/reports/demo-report";
import { capture } from "../../testing/capture-builder";
import { renderCompactMarkdown, ticketText } from "./compact-markdown";

describe("the ticket-sized Markdown", () => {
  const analysis = analyze(demoCapture());
  const link = "https://logs.example.com/reports/AAAAAAAAAAAAAAAAAAAAAA";
  const markdown = exportReport(reportOf(analysis), "md", link, { compact: true }).body;

  it("stays under 10,000 characters for the demo account, with the link at the top and the summary next", () => {
    expect(markdown.length).toBeLessThan(10_000);
    const lines = markdown.split("\n");
    expect(lines[2]).toBe(`Full report: <${link}>`);
    expect(lines[4]).toMatch(/^Of 14 API stages in 4 regions, /);
  });

  it("lists only the stages with a failing cause, each with one fix", () => {
    const failing = analysis.diagnosis.apis.flatMap((api) =>
      (api.stages ?? [])
        .filter((s) =>
          analysis.diagnosis.findings.some(
            (f) =>
              f.status === "fail" &&
              (s.execution.causes.includes(f.check) || s.access.causes.includes(f.check)) &&
              f.region === api.region &&
              (f.api === null || (f.api.id === api.id && f.stage === s.name)),
          ),
        )
        .map((s) => `${api.id}/${s.name}`),
    );
    const headings = [...markdown.matchAll(/^### .*\(`([a-z0-9]{10})`\) · stage `([^`]+)`/gm)].map(
      (m) => `${m[1]}/${m[2]}`,
    );
    expect([...headings].sort()).toEqual([...failing].sort());
    const sections = markdown.split(/^### /m).slice(1);
    for (const section of sections) expect(section.match(/^- \*\*FAIL/gm)).toHaveLength(1);
  });

  it("puts $context variables, ARNs and API ids in code spans", () => {
    const ticket = ticketText(analysis.diagnosis);
    expect(ticket("add $context.requestId to the format of k7x2m9q4tb.")).toBe(
      "add `$context.requestId` to the format of `k7x2m9q4tb`.",
    );
    expect(ticket("role arn:aws:iam::account-1:role/x_y.")).toBe("role `arn:aws:iam::account-1:role/x_y`.");
    expect(ticket("group /aws/vendedlogs/apigateway/k7x2m9q4tb/default")).toBe(
      "group `/aws/vendedlogs/apigateway/k7x2m9q4tb/default`",
    );
    const prose = markdown.replace(/^ *```[\s\S]*?^ *```/gm, "");
    expect(prose).not.toMatch(/(?<!`)\$context\.[a-zA-Z]/);
  });

  it("escapes Markdown-hostile names", () => {
    const hostile = capture()
      .restApi("a1b2c3d4e5", { name: "*bold* [x](javascript:1) <img src=x> | `tick` _u_" })
      .stage("prod", { loggingLevel: "OFF" })
      .build();
    const out = renderCompactMarkdown(analyze(hostile).diagnosis, { title: "# <script>x</script>" });
    expect(out).not.toMatch(/<script|<img|(?<!\\)\]\(javascript/);
    expect(out).toContain("\\*bold\\* \\[x\\](javascript:1) &lt;img src=x&gt; \\| \\`tick\\` \\_u\\_");
  });
});
