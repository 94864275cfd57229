import { describe, expect, it } from "vitest";
import { analyze } from "../../engine/analyze";
import { capture } from "../../../testing/capture-builder";
import { reportView, shownFindings } from "../report-view";
import { demoReport, reportOf } from "../../../testing/reports/demo-report";
import { escapeHtml } from "./html";
import { reportHtml } from "./report-html";

const text = (html: string) =>
  html
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

describe("the HTML download", () => {
  const report = demoReport();
  const file = reportHtml(report, "https://logs.example.com/reports/AAAAAAAAAAAAAAAAAAAAAA");

  it("holds the summary, every stage's verdicts, every shown finding and every fix", () => {
    const view = reportView(report.diagnosis);
    const body = text(file);
    expect(body).toContain(view.summary);
    for (const row of view.rows)
      if (row.stage) expect(file).toContain(`data-api="${row.api.id}" data-stage="${escapeHtml(row.stage.name)}"`);
    for (const finding of shownFindings(view)) {
      expect(file).toContain(`data-check="${finding.check}"`);
      expect(body).toContain(finding.message);
      if (finding.fix?.cli) expect(body).toContain(finding.fix.cli);
    }
  });

  it("needs no script and fetches nothing: no <script, and http(s) URLs only in links", () => {
    expect(file).not.toMatch(/<script/i);
    expect(file).toContain('http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;');
    const urls = [...file.matchAll(/(\w+(?:-\w+)*)\s*=\s*"(https?:\/\/[^"]*)"/gi)].map((m) => m[1].toLowerCase());
    expect(new Set(urls)).toEqual(new Set(["href"]));
    expect(file).not.toMatch(/url\(|@import|<link|<img|<iframe/i);
  });

  it("shows hostile names as text", () => {
    const hostile = capture()
      .restApi("a1b2c3d4e5", { name: '<img src=x onerror="alert(1)"><script>alert(2)</script>' })
      .stage("prod", { loggingLevel: "OFF" })
      .build();
    const html = reportHtml(reportOf(analyze(hostile), { title: '"><script>alert(3)</script>' }));
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;");
    expect(html).toContain("<h1>&quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt;</h1>");
  });

  it("is a redacted report's text: no account id of the demo survives", () => {
    expect(report.redacted).toBe(true);
    expect(file).not.toMatch(/(?<!\d)\d{12}(?!\d)/);
  });
});

describe("the HTML download's stylesheet", () => {
  it("is inserted as written: quotes and selectors inside <style> are not entity-escaped", () => {
    const file = reportHtml(demoReport());
    const style = /<style>([\s\S]*?)<\/style>/.exec(file)![1];
    expect(style).toContain('"Segoe UI"');
    expect(style).not.toContain("&quot;");
  });
});
