import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { parseCapture } from "../lib/capture/parse-capture";
import { analyze } from "../lib/engine/analyze";
import { findStage } from "../lib/wizard/stage-wizard";

// The on-call engineer, paged at 3 a.m., opens a stage from the demo account and wants the answer on the first screen.
const parsed = parseCapture(readFileSync("fixtures/demo-account.capture.json", "utf8"));
if (!parsed.ok) throw new Error(parsed.error);
const { diagnosis } = analyze(parsed.capture);

test("a healthy stage: where its logs are, how old the newest event is, and console links", async ({ page }) => {
  await page.goto("/diagnose/demo/us-east-1/k7x2m9q4tb/prod");
  await expect(page.getByRole("heading", { level: 2, name: "No cause found" })).toBeVisible();
  const places = page.getByTestId("log-places");
  for (const group of ["API-Gateway-Execution-Logs_k7x2m9q4tb/prod", "/aws/apigateway/orders-api/prod"])
    await expect(places).toContainText(group);
  await expect(places.getByTestId("log-place-summary").first()).toContainText("min before the capture");
  await expect(places.getByRole("link", { name: /^Open log group/ })).toHaveCount(2);
  await expect(places.getByRole("link", { name: /^Query in Logs Insights/ })).toHaveCount(2);
});

test("a broken stage: every fail shows its fix on the summary, and the root cause names who changed it", async ({
  page,
}) => {
  const fails = findStage("demo", diagnosis, "ap-southeast-2", "r5p7o9r1ts", "v1")!.stage.causes.filter(
    (f) => f.status === "fail",
  );
  expect(fails.length).toBeGreaterThan(1);
  await page.goto("/diagnose/demo/ap-southeast-2/r5p7o9r1ts/v1");
  for (const fail of fails) {
    const card = page.locator(`article[data-check="${fail.check}"]`).first();
    await expect(card).toBeVisible();
    await expect(card.getByRole("heading", { name: "How to fix it" })).toBeVisible();
    await expect(card.getByRole("button", { name: /^Copy/ }).first()).toBeVisible();
  }
  const root = page.getByRole("region", { name: "Root cause and fix" });
  await expect(root.locator("[data-cause-change]")).toContainText(
    "Changed by role InfraAdmin (session sam.lee) on 3 Nov 2026, 05:00 UTC",
  );
  await expect(root.locator("[data-cause-change]")).toContainText("DeleteRole");
  await root.getByRole("link", { name: "See the change timeline" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Change timeline" })).toBeVisible();
});

test("a stage whose logging someone turned off names them on the root-cause card", async ({ page }) => {
  await page.goto("/diagnose/demo/us-east-1/p3n8v1w6yd/prod");
  const change = page.getByRole("region", { name: "Root cause and fix" }).locator("[data-cause-change]");
  await expect(change).toContainText("Changed by role PlatformOperators (session jane.doe) on 18 Nov 2026, 05:24 UTC");
  await expect(change).toContainText("UpdateStage");
});

test("what could not be checked names the permission to ask for, on pages of their own", async ({ page }) => {
  await page.goto("/diagnose/demo");
  // An API whose stages could not be read has a page, not a 404.
  await page
    .getByRole("table")
    .getByRole("link", { name: /^stages unreadable/ })
    .click();
  await expect(page).toHaveURL(/\/diagnose\/demo\/ap-southeast-2\/b3l5n7g9xz$/);
  await expect(page.getByText("Its stages could not be read")).toBeVisible();
  await expect(page.locator('[data-permission="apigateway:GET"]')).toContainText(
    "arn:aws:apigateway:ap-southeast-2::/restapis/b3l5n7g9xz/stages",
  );

  // A region-wide item that could not be checked has the region's page.
  await page.goto("/diagnose/demo");
  await page
    .getByRole("link", { name: /^See why for .* in eu-west-1/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/diagnose\/demo\/eu-west-1$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Region/);
  await expect(page.locator('[data-permission="cloudtrail:GetTrailStatus"]')).toBeVisible();
});
