import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { parseCapture } from "../lib/capture/parse-capture";
import type { Capture } from "../lib/capture/schema";
import { analyze } from "../lib/engine/analyze";
import type { Report } from "../lib/reports/report";
import { findLeaks } from "../testing/reports/leak-sweep";
import { OverviewPage } from "./pages/overview-page";
import { ReportPage } from "./pages/report-page";
import { jsonExportFacts, markdownExportFacts, reportRow } from "./support/reports";

/** The demo account the wizard opens (read from its file: this runner does not import JSON modules). */
function demoCapture(): Capture {
  const parsed = parseCapture(readFileSync("fixtures/demo-account.capture.json", "utf8"));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.capture;
}

/** Shares the open overview as a report and answers its id. */
async function share(overview: OverviewPage, options: { includeCapture?: boolean } = {}): Promise<string> {
  const { page } = overview;
  await page.getByRole("button", { name: "Share" }).click();
  const panel = page.getByRole("region", { name: "Share as a report" });
  await expect(panel.getByRole("checkbox", { name: /Mask account ids/ })).toBeChecked();
  if (options.includeCapture) await panel.getByRole("checkbox", { name: /Include the capture/ }).check();
  await panel.getByRole("button", { name: "Create link" }).click();
  const link = panel.getByRole("status").getByRole("link");
  await expect(link).toHaveText(/\/reports\/[A-Za-z0-9_-]{22}$/);
  return (await link.textContent())!.split("/reports/")[1];
}

test("Share from the wizard: the link opens in a fresh browser with the same verdicts and findings, like its exports", async ({
  page,
  browser,
}) => {
  const overview = new OverviewPage(page);
  await overview.goto("demo");
  await overview.expectLoaded();
  // The overview words an API whose stages could not be read as a "stages unreadable" row; the report, as a row with
  // no stage and no verdicts (as the Markdown and JSON do).
  const wizardRows = (await overview.rows()).map((row) =>
    row.stage === "stages unreadable"
      ? { region: row.region, api: row.apiId, stage: "", execution: "", access: "" }
      : {
          region: row.region,
          api: row.apiId,
          stage: row.stage,
          execution: row.execution.toLowerCase().replace(" ", "-"),
          access: row.access.toLowerCase().replace(" ", "-"),
        },
  );
  const id = await share(overview);
  expect((await new AxeBuilder({ page }).include('[aria-label="Share as a report"]').analyze()).violations).toEqual([]);

  const context = await browser.newContext();
  const report = new ReportPage(await context.newPage());
  await report.goto(id);
  const shown = { rows: await report.verdictRows(), checks: await report.findingChecks() };
  const byPlace = (a: { region: string; api: string; stage: string }, b: typeof a) =>
    `${a.region}/${a.api}/${a.stage}`.localeCompare(`${b.region}/${b.api}/${b.stage}`);
  expect([...shown.rows].sort(byPlace)).toEqual([...wizardRows].sort(byPlace));
  // The wizard's diagnosis of the demo account, every finding that did not pass.
  const engine = analyze(demoCapture()).diagnosis;
  expect(shown.checks).toEqual(
    [...new Set(engine.findings.filter((f) => f.status !== "pass").map((f) => f.check))].sort(),
  );

  // The JSON keeps the diagnosis's order; the page and the Markdown list the worst stages first.
  const json = jsonExportFacts((await (await context.request.get(`/reports/${id}.json`)).json()) as Report);
  expect({ ...json, rows: [...json.rows].sort(byPlace) }).toEqual({ ...shown, rows: [...shown.rows].sort(byPlace) });
  expect(markdownExportFacts(await (await context.request.get(`/reports/${id}.md`)).text())).toEqual(shown);
  await context.close();
});

test("a report shared from the wizard with its capture keeps no account id, access key or IP address of the demo account", async ({
  page,
  request,
}) => {
  const overview = new OverviewPage(page);
  await overview.goto("demo");
  await overview.expectLoaded();
  const id = await share(overview, { includeCapture: true });

  const original = JSON.stringify(demoCapture());
  const secrets = [
    ...new Set(
      [...original.matchAll(/(?<!\d)\d{12}(?!\d)|A[SK]IA[A-Z0-9]{12,}|(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d])/g)].map(
        (m) => m[0],
      ),
    ),
  ];
  expect(secrets.length).toBeGreaterThan(2);
  const row = reportRow(id)!;
  expect(String(row.body)).toContain("LookupEvents");
  // The report's own link (on this test server's 127.0.0.1) is not the account's data.
  const ownLink = new RegExp(`https?://[^/\\s<>]+/reports/${id}`, "g");
  for (const [where, text] of [
    ["page source", await (await request.get(`/reports/${id}`)).text()],
    ["Markdown export", await (await request.get(`/reports/${id}.md`)).text()],
    ["ticket Markdown export", await (await request.get(`/reports/${id}.md?compact=1`)).text()],
    ["HTML export", await (await request.get(`/reports/${id}.html`)).text()],
    ["JSON export", await (await request.get(`/reports/${id}.json`)).text()],
    ["database row", Object.values(row).join("\n")],
  ]) {
    expect(findLeaks(text.replace(ownLink, ""), secrets), where).toEqual([]);
  }
});
