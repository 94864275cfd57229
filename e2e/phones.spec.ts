import { expect, test, type Page } from "@playwright/test";
import { startReplayServer, type ReplayServer } from "../lib/aws/replay/server";
import { historyCapture } from "../testing/reports/history-capture";
import { oneApiCapture } from "../testing/reports/one-api-capture";
import { freePort, startNextServer, type NextServer } from "./support/next-server";
import { saveReport } from "./support/reports";

// Screenshots to look at (light and dark, desktop and phone); written only when the directory is given.
const shots = process.env.E2E_SCREENSHOTS_DIR;
const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 900 };
const schemes = ["light", "dark"] as const;

/** Nothing overflows sideways: the document is no wider than the window. */
async function expectFits(page: Page, where: string, soft = false) {
  const { scroll, inner } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    inner: window.innerWidth,
  }));
  (soft
    ? expect.soft(scroll, `${where} is ${scroll} px wide in a ${inner} px window`)
    : expect(scroll, `${where} is ${scroll} px wide in a ${inner} px window`)
  ).toBeLessThanOrEqual(inner);
}

async function look(page: Page, name: string) {
  if (shots) await page.screenshot({ path: `${shots}/phones-${name}.png`, fullPage: true });
}

/** Opens a page at both widths in both colour schemes: it fits the phone, and each view is photographed. */
async function everyView(page: Page, name: string, open: () => Promise<unknown>, ready: () => Promise<void>) {
  for (const scheme of schemes) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [size, viewport] of [
      ["desktop", desktop],
      ["390", phone],
    ] as const) {
      await page.setViewportSize(viewport);
      await open();
      await ready();
      if (size === "390") await expectFits(page, `${name} (${scheme})`);
      await look(page, `${name}-${size}-${scheme}`);
    }
  }
}

test("the overview fits a phone: its stage table becomes cards with both verdicts and the first cause", async ({
  page,
}) => {
  await everyView(
    page,
    "overview",
    () => page.goto("/diagnose/demo"),
    () => expect(page.getByRole("heading", { level: 2, name: "API stages" })).toBeVisible(),
  );
  await page.setViewportSize(phone);
  const cards = page.getByRole("list", { name: "API stages" });
  await expect(page.getByRole("table")).toBeHidden();
  const card = cards.getByRole("listitem").filter({ hasText: "p3n8v1w6yd" });
  await expect(card.getByRole("link", { name: /\/ prod$/ })).toBeVisible();
  await expect(card.getByRole("definition").first()).toHaveText("Missing");
  await expect(card).toContainText("First cause");
  await expect(card).toContainText("Execution logging is off");
  await card.getByRole("link", { name: /\/ prod$/ }).click();
  await expect(page).toHaveURL(/\/diagnose\/demo\/us-east-1\/p3n8v1w6yd\/prod$/);
});

test("the phone's cards sort without column headers, and the order is kept in the URL", async ({ page }) => {
  await page.setViewportSize(phone);
  await page.goto("/diagnose/demo");
  const sort = page.getByLabel("Sort by");
  await expect(sort).toHaveValue("health");
  await sort.selectOption({ label: "Region" });
  await expect(page).toHaveURL(/[?&]sort=region/);
  // Each card's second line starts with its region: they read in order now.
  const regions = await page
    .getByRole("list", { name: "API stages" })
    .getByRole("listitem")
    .locator("p.text-xs .font-mono:first-child")
    .allTextContents();
  expect(regions.length).toBeGreaterThan(1);
  expect(regions).toEqual([...regions].sort());
  expect(new Set(regions).size).toBeGreaterThan(1);
  await page.setViewportSize(desktop);
  await expect(sort).toBeHidden();
  await expect(page.getByRole("columnheader", { name: "Region" })).toHaveAttribute("aria-sort", "ascending");
});

test("a stage page and its steps fit a phone, header included", async ({ page }) => {
  await everyView(
    page,
    "stage",
    () => page.goto("/diagnose/demo/ap-southeast-2/r5p7o9r1ts/v1"),
    () => expect(page.getByRole("heading", { name: "Root cause and fix" })).toBeVisible(),
  );
  await page.setViewportSize(phone);
  for (const step of ["sts", "logging-role", "stage-logging", "history"]) {
    await page.goto(`/diagnose/demo/ap-southeast-2/r5p7o9r1ts/v1/${step}`);
    await expect(page.locator("#step-title")).toBeVisible();
    await expectFits(page, `step ${step}`);
  }
  const header = await page.getByRole("banner").first().boundingBox();
  expect(header!.height, "the header stays one row").toBeLessThanOrEqual(64);
});

test("a saved report fits a phone (read only: reports are laid out elsewhere)", async ({ page, request }) => {
  const id = await saveReport(request, { from: "source", source: "demo", title: "phone check" });
  await page.setViewportSize(phone);
  for (const scheme of schemes) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`/reports/${id}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectFits(page, `report (${scheme})`, true);
    await look(page, `report-390-${scheme}`);
  }
});

test.describe("the runbook page", () => {
  const account = historyCapture();
  const target = { region: "us-east-1", apiId: "a1b2c3d4e5", stage: "prod" };
  let replay: ReplayServer;
  let server: NextServer;

  test.beforeAll(async () => {
    replay = await startReplayServer({ capture: oneApiCapture(account, target) });
    server = await startNextServer(await freePort(), {
      AWS_ENDPOINT_URL: replay.url,
      AWS_ACCESS_KEY_ID: "AKIDREPLAY",
      AWS_SECRET_ACCESS_KEY: "replay",
      AWS_REGION: "us-east-1",
      LOG_DOCTOR_RUNBOOK_NOW: account.capturedAt,
      LOG_DOCTOR_DATA_DIR: process.env.E2E_DATA_DIR!,
    });
  });

  test.afterAll(async () => {
    await server?.stop();
    await replay?.stop();
  });

  test("fits a phone, its headline stacked one part per line", async ({ page }) => {
    const url = `${server.url}/runbook/us-east-1/a1b2c3d4e5/prod`;
    await everyView(
      page,
      "runbook",
      () => page.goto(url),
      () => expect(page.getByRole("table", { name: "Verdicts per API stage" })).toBeVisible(),
    );
    await page.setViewportSize(phone);
    const parts = page.getByRole("heading", { level: 1 }).locator(":scope > span");
    const tops = await parts.evaluateAll((spans) => spans.map((span) => span.getBoundingClientRect().top));
    expect(tops.length).toBe(3);
    expect(tops[0]).toBeLessThan(tops[1]);
    expect(tops[1]).toBeLessThan(tops[2]);
  });
});
