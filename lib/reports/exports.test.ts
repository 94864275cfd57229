import { describe, expect, it } from "vitest";
import { analyze } from "../engine/analyze";
import { verdictLabels } from "../diagnosis/labels";
import { capture } from "../../testing/capture-builder";
import type { Capture } from "../capture/schema";
import { buildReport } from "./create-report";
import { exportReport } from "./exports";
import type { Report } from "./report";
import { reportView, shownFindings } from "./report-view";
import { historyCapture } from "../../testing/reports/history-capture";
import { fixtureCapture } from "../../testing/reports/sample-report";

function saved(source: Capture, title?: string): Report {
  return {
    kind: "log-doctor/report",
    version: 1,
    id: "AAAAAAAAAAAAAAAAAAAAAA",
    ...buildReport({
      analysis: analyze(source, { symptoms: ["413"] }),
      capture: source,
      title,
      now: new Date("2026-11-22T10:05:00Z"),
    }),
  };
}

const sources: [string, () => Capture][] = [
  ...[
    "01-healthy-rest-delivered",
    "02-account-role-unset-one-region",
    "03-role-deleted",
    "04-method-override-off-format-no-requestid",
    "05-http-no-access-websocket-errors-only",
  ].map((name): [string, () => Capture] => [name, () => fixtureCapture(name)]),
  ["history", historyCapture],
];

/** Check ids in backticks outside the verdict table, and the table's rows. */
function parseMarkdown(markdown: string) {
  const lines = markdown.split("\n");
  const rows = lines
    .filter((line) => line.startsWith("| ") && !line.startsWith("| Region") && !line.startsWith("| Time"))
    .map((line) => line.split(" | ").map((cell) => cell.replace(/^\| |\s\|$/g, "")))
    .filter((cells) => cells.length === 7);
  const ids = new Set(
    lines
      .filter((line) => !line.startsWith("|"))
      .flatMap((line) => [...line.matchAll(/`([a-z0-9-]+\.[a-z0-9-]+)`/g)].map((m) => m[1])),
  );
  return { rows, ids };
}

describe("exports", () => {
  it.each(sources)("the Markdown of %s shows the page's verdict rows and findings", (_name, source) => {
    const report = saved(source());
    const view = reportView(report.diagnosis);
    const { rows, ids } = parseMarkdown(exportReport(report, "md").body);
    expect(rows.map((cells) => [cells[3], cells[4], cells[5]])).toEqual(
      view.rows.map((row) =>
        row.stage
          ? [row.stage.name, verdictLabels[row.stage.execution.verdict], verdictLabels[row.stage.access.verdict]]
          : ["—", "stages could not be read", ""],
      ),
    );
    expect([...ids].sort()).toEqual([...new Set(shownFindings(view).map((f) => f.check))].sort());
  });

  it.each(sources)("the JSON of %s is the stored report, and holds every shown finding", (_name, source) => {
    const report = saved(source());
    const json = JSON.parse(exportReport(report, "json").body) as Report;
    expect(json).toEqual(report);
    const shown = shownFindings(reportView(json.diagnosis));
    expect(
      shown.every((f) =>
        json.diagnosis.findings.some((g) => g.check === f.check && g.stage === f.stage && g.api?.id === f.api?.id),
      ),
    ).toBe(true);
  });

  it("shows every finding that did not pass", () => {
    for (const [, source] of sources) {
      const report = saved(source());
      const shown = new Set(shownFindings(reportView(report.diagnosis)));
      expect(report.diagnosis.findings.filter((f) => f.status !== "pass" && !shown.has(f)).map((f) => f.check)).toEqual(
        [],
      );
    }
  });

  it("adds the CloudTrail history and where the report came from", () => {
    const markdown = exportReport(
      saved(historyCapture()),
      "md",
      "https://logs.example.com/reports/AAAAAAAAAAAAAAAAAAAAAA",
    ).body;
    expect(markdown).toContain("## Changes to logging settings (CloudTrail)");
    expect(markdown).toMatch(
      /\| 2026-11-20T10:00:00Z \| pets \(a1b2c3d4e5\) stage prod \| \*\*stage prod of API a1b2c3d4e5: execution logging turned OFF for the whole stage\*\* \| IAM user principal-\d \| ip-\d \|/,
    );
    expect(markdown).toContain("Saved 2026-11-22T10:05:00.000Z by Log Doctor");
    expect(markdown).toContain("are masked");
    expect(markdown).toContain("https://logs.example.com/reports/AAAAAAAAAAAAAAAAAAAAAA");
  });

  it("sends downloads with their content type and a file name", () => {
    const report = saved(historyCapture());
    expect(exportReport(report, "md").headers).toMatchObject({
      "Content-Type": "text/markdown; charset=utf-8",
      "Content-Disposition": 'attachment; filename="log-doctor-report-AAAAAAAAAAAAAAAAAAAAAA.md"',
    });
    expect(exportReport(report, "json").headers).toMatchObject({
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="log-doctor-report-AAAAAAAAAAAAAAAAAAAAAA.json"',
    });
  });

  it("keeps hostile names inert in Markdown", () => {
    const hostile = capture()
      .restApi("a1b2c3d4e5", { name: "<img src=x onerror=alert(1)> | `x` [l](javascript:1)" })
      .stage("prod", { loggingLevel: "OFF" })
      .build();
    const markdown = exportReport(saved(hostile, "<script>alert(1)</script>"), "md").body;
    expect(markdown).not.toMatch(/<script|<img/);
    expect(markdown).toContain("&lt;script&gt;");
    expect(parseMarkdown(markdown).rows[0]).toHaveLength(7);
  });
});
