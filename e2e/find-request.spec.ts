import { expect, test, type Page } from "@playwright/test";
import { startReplayServer, type ReplayServer } from "../lib/aws/replay/server";
import { demoRequests } from "../lib/sources/demo-account/demo-log-content";
import { readFileSync } from "node:fs";
import { parseCapture } from "../lib/capture/parse-capture";
import { oneApiCapture } from "../testing/reports/one-api-capture";
import { expectNoAxeViolations, saveScreenshot, watchPage } from "./support/checks";
import { freePort, startNextServer, type NextServer } from "./support/next-server";

/** The "Search the logs" panel, as a user reads it: by its labels and buttons. */
function logSearch(page: Page) {
  const panel = page.getByRole("region", { name: "Search the logs" });
  return {
    panel,
    async find(requestId: string) {
      await panel.getByLabel("Request id").fill(requestId);
      await panel.getByRole("button", { name: "Find it" }).click();
    },
    verdict: panel.getByTestId("find-request-verdict"),
    kind: (kind: string) => panel.locator(`form [data-log-kind="${kind}"]`),
    alert: panel.getByRole("alert"),
    showLatest: () => panel.getByRole("button", { name: "Show latest events" }).click(),
    latest: (kind: string) => panel.getByTestId("latest-events").locator(`[data-log-kind="${kind}"]`),
  };
}

/** The demo account as the server reads it (Playwright's loader cannot import the JSON module demo-source uses). */
function demoCapture() {
  const parsed = parseCapture(readFileSync("fixtures/demo-account.capture.json", "utf8"));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.capture;
}

const stagePath = (r: { region: string; apiId: string; stage: string }) =>
  `/diagnose/demo/${r.region}/${r.apiId}/${r.stage}`;

test("demo: find each of the three requests on the stage page, with the right explanation; latest events show ages", async ({
  page,
}) => {
  const watched = watchPage(page);
  await page.goto(stagePath(demoRequests.foundInBoth));
  const search = logSearch(page);
  await expect(search.panel).toContainText("no AWS account is used");

  await search.find(demoRequests.foundInBoth.requestId);
  await expect(search.verdict).toHaveText("Found in execution logs and access logs");
  await expect(search.kind("execution")).toContainText("Method completed with status: 201");
  await expect(search.kind("access")).toContainText("203.0.113.24");

  await search.find(`x-amzn-RequestId: ${demoRequests.forbiddenAccessOnly.requestId}`);
  await expect(search.verdict).toHaveText("Found in access logs");
  await expect(search.kind("execution")).toHaveAttribute("data-status", "absent");
  await expect(search.kind("execution")).toContainText("Missing Authentication Token");

  await search.find("not-a-request-id");
  await expect(search.alert).toContainText("is not an API Gateway request id");

  await search.showLatest();
  await expect(search.latest("execution")).toContainText("the newest 12 min ago");
  await expect(search.latest("access")).toContainText("the newest 6 min ago");
  await expectNoAxeViolations(page, "stage page with search results");
  await saveScreenshot(page, "find-request-stage-desktop");
  await page.setViewportSize({ width: 390, height: 844 });
  await saveScreenshot(page, "find-request-stage-390");

  await page.goto(stagePath(demoRequests.absentRoleDeleted));
  await search.find(demoRequests.absentRoleDeleted.requestId);
  await expect(search.verdict).toHaveText("Not found in any log of this stage");
  await expect(search.kind("execution")).toContainText("it was deleted");
  await expect(search.panel).toContainText("Where else it may be");
  expect(watched.problems).toEqual([]);
});

test.describe("runbook page", () => {
  let replay: ReplayServer;
  let server: NextServer;
  const target = demoRequests.foundInBoth;

  test.beforeAll(async () => {
    // The runbook searches live: its SDK clients reach the replay server of the demo account, at its recorded time.
    replay = await startReplayServer({ capture: oneApiCapture(demoCapture(), target) });
    server = await startNextServer(await freePort(), {
      AWS_ENDPOINT_URL: replay.url,
      AWS_ACCESS_KEY_ID: "AKIDREPLAY",
      AWS_SECRET_ACCESS_KEY: "replay",
      AWS_REGION: target.region,
      LOG_DOCTOR_RUNBOOK_NOW: demoCapture().capturedAt,
      LOG_DOCTOR_DATA_DIR: process.env.E2E_DATA_DIR!,
    });
  });

  test.afterAll(async () => {
    await server?.stop();
    await replay?.stop();
  });

  test("finds a request and shows the latest events live, with FilterLogEvents and GetLogEvents only when asked", async ({
    page,
  }) => {
    const watched = watchPage(page);
    await page.goto(`${server.url}/runbook/${target.region}/${target.apiId}/${target.stage}`);
    const search = logSearch(page);
    await expect(search.panel).toContainText("read-only");
    expect(replay.stats.calls["cloudwatch-logs:FilterLogEvents"] ?? 0).toBe(0);

    await search.find(demoRequests.forbiddenAccessOnly.requestId);
    await expect(search.verdict).toHaveText("Found in access logs");
    expect(replay.stats.calls["cloudwatch-logs:FilterLogEvents"]).toBe(2);

    await search.showLatest();
    await expect(search.latest("access")).toContainText("the newest 6 min ago");
    expect(replay.stats.calls["cloudwatch-logs:GetLogEvents"]).toBe(2);
    await expectNoAxeViolations(page, "runbook page with search results");
    await saveScreenshot(page, "find-request-runbook-desktop");
    await page.setViewportSize({ width: 390, height: 844 });
    await saveScreenshot(page, "find-request-runbook-390");
    expect(watched.problems).toEqual([]);
  });
});
