import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import type { Report } from "../lib/reports/report";
import { historyCapture } from "../testing/reports/history-capture";
import { capture } from "../testing/capture-builder";
import { ReportPage } from "./pages/report-page";
import { jsonExportFacts, markdownExportFacts, saveReport } from "./support/reports";

test("a saved report opens in a fresh browser with the verdicts and findings its Markdown and JSON exports hold", async ({
  browser,
  request,
}) => {
  const id = await saveReport(request, {
    from: "capture",
    capture: historyCapture(),
    symptoms: ["413"],
    title: "pets outage",
  });

  const context = await browser.newContext();
  const report = new ReportPage(await context.newPage());
  await report.goto(id);
  await expect(report.title).toHaveText("pets outage");
  const page = { rows: await report.verdictRows(), checks: await report.findingChecks() };
  expect(page.rows).toEqual([
    { region: "us-east-1", api: "a1b2c3d4e5", stage: "prod", execution: "missing", access: "expected" },
  ]);
  expect(page.checks).toEqual(
    expect.arrayContaining([
      "stage.execution-logging-off",
      "cloudtrail.logging-changed",
      "cloudtrail.role-changed",
      "symptom.413",
    ]),
  );

  const json = await context.request.get(`/reports/${id}.json`);
  expect(json.headers()["content-type"]).toBe("application/json; charset=utf-8");
  expect(json.headers()["content-disposition"]).toBe(`attachment; filename="log-doctor-report-${id}.json"`);
  expect(jsonExportFacts((await json.json()) as Report)).toEqual(page);

  const markdown = await context.request.get(`/reports/${id}.md`);
  expect(markdown.headers()["content-type"]).toBe("text/markdown; charset=utf-8");
  expect(markdown.headers()["content-disposition"]).toBe(`attachment; filename="log-doctor-report-${id}.md"`);
  expect(markdownExportFacts(await markdown.text())).toEqual(page);
  await context.close();
});

test("the report's actions: copy its link, download it, print only the document", async ({ browser, request }) => {
  const id = await saveReport(request, { from: "capture", capture: historyCapture() });
  const context = await browser.newContext();
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const report = new ReportPage(await context.newPage());
  await report.goto(id);

  await report.copyLink.click();
  await expect(report.copyLink).toHaveText("Copied");
  expect(await report.page.evaluate(() => navigator.clipboard.readText())).toBe(report.page.url());

  const download = report.page.waitForEvent("download");
  await report.downloadMarkdown.click();
  expect((await download).suggestedFilename()).toBe(`log-doctor-report-${id}.md`);

  await report.page.emulateMedia({ media: "print" });
  await expect(report.copyLink).toBeHidden();
  await expect(report.print).toBeHidden();
  await expect(report.verdictTable).toBeVisible();
  await context.close();
});

test("hostile names in a capture render as text, and the page passes axe", async ({ page, request }) => {
  const hostile = capture()
    .restApi("a1b2c3d4e5", { name: '<img src=x onerror="window.__pwned=1">\u202Egnp.exe' })
    .stage("prod", { loggingLevel: "OFF" })
    .build();
  const id = await saveReport(request, {
    from: "capture",
    capture: hostile,
    title: "<script>window.__pwned=1</script>",
  });
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));

  const report = new ReportPage(page);
  await report.goto(id);
  await expect(report.title).toHaveText("<script>window.__pwned=1</script>");
  await expect(report.verdictTable).toContainText('<img src=x onerror="window.__pwned=1">[U+202E]gnp.exe');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator("img[onerror]")).toHaveCount(0);

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations).toEqual([]);
  expect(errors).toEqual([]);
});
