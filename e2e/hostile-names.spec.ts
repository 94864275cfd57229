import { expect, test } from "@playwright/test";
import { capture } from "../testing/capture-builder";
import { OverviewPage } from "./pages/overview-page";
import { StartPage } from "./pages/start-page";
import { WizardPage } from "./pages/wizard-page";
import { expectNoAxeViolations, watchPage } from "./support/checks";

const scriptName = '<script>window.__pwned=1;alert("xss")</script>';
const imgStage = "<img src=x onerror=alert(2)>";
const rtlName = "invoice\u202Egpj.exe";
const controlName = "bell\u0007null\u0000tab";
const hugeName = `huge-${"A".repeat(100 * 1024)}`;

const hostile = capture()
  .restApi("x1x1x1x1x1", { name: scriptName })
  .stage(imgStage, {
    loggingLevel: "OFF",
    access: {
      destinationArn: "arn:aws:logs:us-east-1:123456789012:log-group:/x",
      format: "<script>alert(3)</script> $context.status",
    },
  })
  .httpApi("r2r2r2r2r2", { name: rtlName })
  .stage("prod", { access: null })
  .webSocketApi("h3h3h3h3h3", { name: hugeName })
  .stage("prod")
  .restApi("c4c4c4c4c4", { name: controlName })
  .stage("</td><td onclick=alert(4)>", { loggingLevel: "ERROR" })
  .build();

test("hostile API and stage names render as text and no script of theirs runs", async ({ page }) => {
  const watched = watchPage(page);
  const start = new StartPage(page);
  await start.goto();
  await start.upload({
    name: "hostile.capture.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(hostile)),
  });
  const overview = new OverviewPage(page);
  await overview.expectLoaded();

  const table = overview.table();
  await expect(table.getByText(scriptName, { exact: true })).toBeVisible();
  await expect(
    table.getByRole("link", { name: new RegExp(`^${imgStage.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} of`) }),
  ).toBeVisible();
  await expect(table.getByText("invoice[U+202E]gpj.exe", { exact: true })).toBeVisible();
  await expect(table.getByText("bell[U+0007]null[U+0000]tab", { exact: true })).toBeVisible();
  await expect(
    table
      .getByText(`${hugeName.slice(0, 120)}… (${(hugeName.length - 120).toLocaleString("en-US")} more characters)`, {
        exact: true,
      })
      .first(),
  ).toBeVisible();
  await expectNoHostileEffects(page);

  await overview.openStage(scriptName, imgStage, "us-east-1");
  const wizard = new WizardPage(page);
  await expect(wizard.title()).toContainText(scriptName);
  await page.goto(`${page.url().split("?")[0]}/access-logging`);
  await expect(wizard.findings().filter({ hasText: "The access log format is invalid" })).toContainText(
    "<script>alert(3)</script> $context.status",
  );
  await expectNoHostileEffects(page);
  await expectNoAxeViolations(page, "a wizard step with hostile names");
  expect(watched.problems).toEqual([]);
});

async function expectNoHostileEffects(page: import("@playwright/test").Page) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.locator("main img")).toHaveCount(0);
  await expect(page.locator("[onerror], [onclick]")).toHaveCount(0);
  const html = await page.content();
  for (const raw of ["<script>window.__pwned", "<img src=x onerror", "<script>alert(3)", "<td onclick"])
    expect(html).not.toContain(raw);
  // Nothing of the page overflows sideways: long names wrap or are cut.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}
