import { expect, test } from "@playwright/test";
import { OverviewPage } from "./pages/overview-page";
import { ScanPage } from "./pages/scan-page";
import { StartPage } from "./pages/start-page";
import { expectNoAxeViolations, watchPage } from "./support/checks";

// The e2e server replays fixtures/demo-account.capture.json as its "AWS account" (LOG_DOCTOR_SCAN_REPLAY) and reads
// profiles from e2e/fixtures/aws-config: the whole live path runs, only the AWS calls are recorded ones.

test("a live scan shows progress per region and findings as regions finish, then opens the overview", async ({
  page,
}) => {
  const watched = watchPage(page);
  const start = new StartPage(page);
  await start.goto();
  await expect(start.source("Live AWS account")).toBeChecked();
  const html = await page.content();
  expect(html).not.toContain("awsapps.com");
  expect(html).not.toContain("sso_start_url");

  // Two regions scan at a time: the third starts when one is done, so early findings stay on screen a while.
  await start.startLiveScan("prod-readonly", ["eu-west-1", "ap-southeast-2", "us-east-1"]);
  await expect(page).toHaveURL(/\/scan\/[A-Za-z0-9_-]{22}$/);
  const scan = new ScanPage(page);
  await expect(scan.region("eu-west-1")).toBeVisible();
  await expect(scan.foundSoFar()).toContainText("No CloudWatch logging role set for the region", { timeout: 20_000 });
  await expectNoAxeViolations(page, "the scan page");

  const overview = new OverviewPage(page);
  await overview.expectLoaded();
  await expect(page).toHaveURL(/\/diagnose\/[A-Za-z0-9_-]{22}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Profile prod-readonly · us-east-1, eu-west-1, ap-southeast-2",
  );
  const rows = await overview.rows();
  expect(new Set(rows.map((r) => r.region))).toEqual(new Set(["eu-west-1", "ap-southeast-2", "us-east-1"]));
  expect(rows.find((r) => r.apiName === "shipping-api")).toMatchObject({
    execution: "Missing",
    cause: "The logging role was deleted",
  });
  expect(watched.problems).toEqual([]);
});

test("a live scan can be cancelled, and what finished can still be opened", async ({ page }) => {
  const start = new StartPage(page);
  await start.goto();
  await start.startLiveScan("default", ["us-east-1", "eu-west-1", "ap-southeast-2"]);
  const scan = new ScanPage(page);
  await expect(scan.status()).toContainText("Scanning");
  await scan.cancel();
  await expect(scan.status()).toContainText("Scan cancelled.");
  await expect(page.getByRole("link", { name: "New diagnosis" }).last()).toBeVisible();
  // The scan page is read from the scan store, not the job in memory: reloading shows the same ending.
  await page.reload();
  await expect(scan.status()).toContainText("Scan cancelled.");
});

test("scans can only be started by Log Doctor's own pages, and only for a configured profile", async ({
  request,
  baseURL,
}) => {
  const foreign = await request.post("/api/scans", {
    data: { regions: ["us-east-1"] },
    headers: { origin: "https://evil.example" },
  });
  expect(foreign.status()).toBe(403);
  const unknown = await request.post("/api/scans", {
    data: { profile: "nobody", regions: ["us-east-1"] },
    headers: { origin: baseURL! },
  });
  expect(unknown.status()).toBe(400);
  expect((await unknown.json()).error).toContain('no profile named "nobody"');
  const badRegion = await request.post("/api/scans", {
    data: { regions: ["../../etc"] },
    headers: { origin: baseURL! },
  });
  expect(badRegion.status()).toBe(400);
});
