import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { expect, test, type Page } from "@playwright/test";
import { ReportPage } from "./pages/report-page";
import { saveReport } from "./support/reports";

// The demo's eu-west-1 REST stage: no logging role is set in its region (a region-wide cause), and the region has
// other problems (an HTTP API's missing log policy) that are not this stage's.
const stage = { region: "eu-west-1", apiId: "e2u4r6o8pa", stage: "prod" };
const shots = "/work/notes/shots";

/** What a reader sees of a report, read the same way from the page and from the downloaded file. */
async function visibleContent(page: Page) {
  return {
    title: (await page.getByRole("heading", { level: 1 }).innerText()).trim(),
    summary: (await page.locator("[data-testid=report-summary], [data-summary]").first().innerText()).trim(),
    rows: await page.locator('table[aria-label="Verdicts per API stage"] tbody tr').evaluateAll((rows) =>
      rows.map((row) => {
        const el = row as HTMLElement;
        const verdicts = [...row.querySelectorAll("[data-verdict]")].map((v) => v.getAttribute("data-verdict"));
        return `${el.dataset.region}/${el.dataset.api}/${el.dataset.stage} ${verdicts.join(" ")} ${(row.lastElementChild as HTMLElement).innerText.trim()}`;
      }),
    ),
    findings: await page
      .locator("article[data-check]")
      .evaluateAll((articles) =>
        articles.map(
          (a) =>
            `${a.getAttribute("data-check")}: ${(a.querySelector("[data-message]") as HTMLElement).innerText.trim()}`,
        ),
      ),
    fixes: await page
      .locator("article[data-check] pre > code")
      .evaluateAll((codes) => codes.map((c) => c.textContent ?? "")),
  };
}

test("Share this stage on a demo stage page: the link opens in a fresh browser with that stage only", async ({
  page,
  browser,
}) => {
  await page.goto(`/diagnose/demo/${stage.region}/${stage.apiId}/${stage.stage}`);
  await page.getByRole("button", { name: "Share this stage" }).click();
  const panel = page.getByRole("region", { name: "Share this stage as a report" });
  // The e2e server runs on 127.0.0.1 with no LOG_DOCTOR_BASE_URL: the panel says so before anything is saved.
  await expect(panel.getByTestId("loopback-warning")).toContainText("A colleague cannot open this link");
  await expect(panel.getByTestId("loopback-warning")).toContainText("LOG_DOCTOR_BASE_URL");
  await page.setViewportSize({ width: 1280, height: 900 });
  await panel.screenshot({ path: `${shots}/share-panel-desktop.png` });
  await panel.getByRole("button", { name: "Create link" }).click();
  const link = panel.getByRole("status").getByRole("link");
  await expect(link).toHaveText(/^http:\/\/127\.0\.0\.1:\d+\/reports\/[A-Za-z0-9_-]{22}$/);
  await page.setViewportSize({ width: 390, height: 844 });
  await panel.screenshot({ path: `${shots}/share-panel-390.png` });
  const url = (await link.textContent())!;

  const context = await browser.newContext();
  const report = new ReportPage(await context.newPage());
  await report.page.goto(url);
  await expect(report.title).toHaveText("Stage prod of inventory-api (e2u4r6o8pa) in eu-west-1");
  expect(await report.verdictRows()).toEqual([
    { region: stage.region, api: stage.apiId, stage: stage.stage, execution: "missing", access: "missing" },
  ]);
  await expect(report.page.getByTestId("report-summary")).toHaveText(
    /^Stage prod of inventory-api \(e2u4r6o8pa\) in eu-west-1: execution logs missing, access logs missing; first cause: /,
  );
  // Its own region-wide cause, and nothing about the region's other APIs or other regions.
  expect(await report.findingChecks()).toContain("account.role-unset");
  const places = await report.page
    .locator("article[data-check]")
    .evaluateAll((articles) => articles.map((a) => a.closest("[data-api]")?.getAttribute("data-api") ?? "region"));
  expect(places.every((p) => p === "region" || p === stage.apiId)).toBe(true);
  await expect(report.page.locator("[data-region-section]")).toHaveCount(1);
  await expect(report.page.locator(`[data-region-section="${stage.region}"]`)).toBeVisible();
  await context.close();
});

test("the HTML download opens from disk with no server and shows what the report page shows", async ({
  browser,
  page,
  request,
}) => {
  const id = await saveReport(request, { from: "source", source: "demo", title: "demo <b>outage</b>" });
  const report = new ReportPage(page);
  await report.goto(id);
  await expect(page.getByTestId("report-summary")).toHaveText(/^Of 14 API stages in 4 regions, /);
  const onPage = await visibleContent(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `${shots}/share-report-desktop.png` });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: `${shots}/share-report-390.png` });

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download HTML" }).click();
  expect((await download).suggestedFilename()).toBe(`log-doctor-report-${id}.html`);
  const file = path.join(mkdtempSync(path.join(tmpdir(), "log-doctor-html-")), "report.html");
  await (await download).saveAs(file);

  // A fresh browser with scripts off and the network cut: the file must need neither.
  const offline = await browser.newContext({ javaScriptEnabled: false, offline: true });
  const reader = await offline.newPage();
  const requests: string[] = [];
  reader.on("request", (r) => requests.push(r.url()));
  await reader.goto(pathToFileURL(file).href);
  expect(await visibleContent(reader)).toEqual(onPage);
  expect(onPage.title).toBe("demo <b>outage</b>");
  expect(onPage.findings.length).toBeGreaterThan(5);
  expect(onPage.fixes.length).toBeGreaterThan(5);
  expect(requests).toEqual([pathToFileURL(file).href]);
  await reader.setViewportSize({ width: 390, height: 844 });
  await reader.screenshot({ path: `${shots}/share-html-390.png` });
  await offline.close();
});

test("printing a report opens what the screen folds and hides the buttons", async ({ page, request }) => {
  const id = await saveReport(request, { from: "source", source: "demo" });
  const report = new ReportPage(page);
  await report.goto(id);
  const folded = page.locator("details:not([open])").filter({ hasText: "Infrastructure as code" }).first();
  const inside = folded.locator("pre").first();
  await expect(inside).toBeHidden();
  await page.emulateMedia({ media: "print" });
  await expect(inside).toBeVisible();
  await expect(page.locator("details.report-evidence:not([open]) ul").first()).toBeVisible();
  await expect(report.copyLink).toBeHidden();
  await expect(page.getByRole("link", { name: "Download HTML" })).toBeHidden();
  await expect(page.getByRole("banner").first()).toBeHidden();
});

test("the ticket-sized Markdown of the demo starts with the link and stays under 10,000 characters", async ({
  request,
}) => {
  const id = await saveReport(request, { from: "source", source: "demo" });
  const response = await request.get(`/reports/${id}.md?compact=1`);
  expect(response.headers()["content-disposition"]).toBe(`attachment; filename="log-doctor-report-${id}-ticket.md"`);
  const markdown = await response.text();
  expect(markdown.length).toBeLessThan(10_000);
  expect(markdown.split("\n")[2]).toMatch(new RegExp(`^Full report: <http://127\\.0\\.0\\.1:\\d+/reports/${id}>$`));
});
