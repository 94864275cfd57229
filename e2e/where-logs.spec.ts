import { expect, test, type Locator, type Page } from "@playwright/test";
import { saveReport } from "./support/reports";

// The demo's healthy stage: orders-api prod, both kinds Delivered, newest events 12 and 6 minutes before the capture.
const stagePath = "/diagnose/demo/us-east-1/k7x2m9q4tb/prod";
const execGroup = "API-Gateway-Execution-Logs_k7x2m9q4tb/prod";
const accessGroup = "/aws/apigateway/orders-api/prod";
const shots = process.env.E2E_SCREENSHOTS_DIR;

/** The document is never wider than the viewport (nothing overflows sideways). */
async function expectNoOverflow(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll).toBe(client);
}

/** With E2E_SCREENSHOTS_DIR set, a screenshot to look at: the whole page, or one part of a long one. */
async function look(page: Page, name: string, part?: Locator) {
  if (!shots) return;
  if (part) await part.screenshot({ path: `${shots}/${name}.png` });
  else await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

test("a healthy stage page says where its logs are, how old the newest event is, and links to the console", async ({
  page,
}) => {
  await page.goto(stagePath);
  const places = page.getByTestId("log-places");
  await expect(places.getByRole("heading", { name: "Where the logs are" })).toBeVisible();
  const execution = places.locator('[data-log-kind="execution"]');
  await expect(execution).toContainText(execGroup);
  await expect(execution.getByTestId("log-place-summary")).toHaveText(
    "Newest event 2026-11-20 09:18:00 UTC (12 min before the capture)",
  );
  const access = places.locator('[data-log-kind="access"]');
  await expect(access).toContainText(accessGroup);
  await expect(access.getByTestId("log-place-summary")).toContainText("(6 min before the capture)");
  await expect(execution.getByRole("link", { name: /^Open log group/ })).toHaveAttribute(
    "href",
    "https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1#logsV2:log-groups/log-group/API-Gateway-Execution-Logs_k7x2m9q4tb$252Fprod",
  );
  await expect(access.getByRole("link", { name: /^Query in Logs Insights/ })).toHaveAttribute(
    "href",
    /#logsV2:logs-insights\$3FqueryDetail\$3D~\(.*~source~\(~'\*2Faws\*2Fapigateway\*2Forders-api\*2Fprod\)\)$/,
  );
  await expect(execution.getByRole("link", { name: /^Open log group/ })).toHaveAttribute("rel", "noopener noreferrer");
  await look(page, "stage-desktop");

  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(places).toBeVisible();
  await expectNoOverflow(page);
  await look(page, "stage-390");
});

test("a saved report of the demo names every stage's groups, the healthy ones included", async ({ page, request }) => {
  const id = await saveReport(request, { from: "source", source: "demo", title: "where logs" });
  await page.goto(`/reports/${id}`);
  // The stage has a section of its own (a CloudTrail note), so its places are there; stages without one get theirs in
  // "Where the logs are for the other stages".
  const quiet = page.locator('[data-api="k7x2m9q4tb"][data-stage="prod"]').getByTestId("log-places");
  await expect(quiet).toContainText(execGroup);
  await expect(quiet).toContainText("12 min before the capture");
  await expect(quiet.getByRole("link", { name: /^Open log group/ }).first()).toHaveAttribute(
    "href",
    /^https:\/\/us-east-1\.console\.aws\.amazon\.com\/cloudwatch\/home\?region=us-east-1#logsV2:log-groups\/log-group\//,
  );
  await look(page, "report-desktop", page.locator('section[data-api="k7x2m9q4tb"][data-stage="prod"]'));

  const markdown = await (await request.get(`/reports/${id}.md`)).text();
  expect(markdown).toContain("## Where the logs are");
  expect(markdown).toContain(`\`${execGroup}\`: newest event 2026-11-20 09:18:00 UTC (12 min before the capture)`);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(quiet).toBeVisible();
  await expectNoOverflow(page);
  await look(page, "report-390", page.locator('section[data-api="k7x2m9q4tb"][data-stage="prod"]'));
});
