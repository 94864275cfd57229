import { expect, test } from "@playwright/test";
import { startReplayServer, type ReplayServer } from "../lib/aws/replay/server";
import { analyze } from "../lib/engine/analyze";
import { historyCapture } from "../testing/reports/history-capture";
import { oneApiCapture } from "../testing/reports/one-api-capture";
import { ReportPage } from "./pages/report-page";
import { RunbookPage } from "./pages/runbook-page";
import { freePort, startNextServer, type NextServer } from "./support/next-server";
import { rawGet } from "./support/reports";

const account = historyCapture();
const target = { region: "us-east-1", apiId: "a1b2c3d4e5", stage: "prod" };

test.describe.configure({ mode: "serial" });

let replay: ReplayServer;
let server: NextServer;

test.beforeAll(async () => {
  // The replay server answers the AWS wire protocols from a recorded account; the Next server's SDK clients reach it
  // through AWS_ENDPOINT_URL with fake static credentials, at the time the account was recorded.
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

const callsSince = (before: Record<string, number>) =>
  Object.fromEntries(
    Object.entries(replay.stats.calls)
      .map(([call, n]) => [call, n - (before[call] ?? 0)])
      .filter(([, n]) => n !== 0),
  );

test("a runbook link answers first, from that one API's calls", async ({ page }) => {
  const before = { ...replay.stats.calls };
  const runbook = new RunbookPage(page);
  const response = await runbook.goto(`${server.url}/runbook/us-east-1/a1b2c3d4e5/prod`);
  expect(response?.status()).toBe(200);

  await expect(runbook.answer).toHaveText("Execution logs are missing");
  await expect(runbook.kindAnswers().first()).toContainText("because Stage prod of pets has execution logging OFF.");
  // The answer and the table stream in separately: wait for both before comparing where they sit.
  await expect(runbook.verdictTable).toBeVisible();
  const [answerBox, tableBox] = [await runbook.answer.boundingBox(), await runbook.verdictTable.boundingBox()];
  expect(answerBox!.y).toBeLessThan(tableBox!.y);

  const expected = analyze(account).diagnosis.apis[0].stages![0];
  const verdicts = await runbook.verdictTable
    .locator("[data-verdict]")
    .evaluateAll((pills) => pills.map((pill) => pill.getAttribute("data-verdict")));
  expect(verdicts).toEqual([expected.execution.verdict, expected.access.verdict]);
  const calls = callsSince(before);
  const count = (call: string) => calls[call] ?? 0;
  expect(
    {
      GetRestApis: count("apigateway:GetRestApis"),
      GetApis: count("apigatewayv2:GetApis"),
      GetDomainNames: count("apigateway:GetDomainNames"),
      GetRestApi: count("apigateway:GetRestApi"),
      GetStages: count("apigateway:GetStages"),
    },
    JSON.stringify(calls),
  ).toEqual({ GetRestApis: 0, GetApis: 0, GetDomainNames: 0, GetRestApi: 1, GetStages: 1 });
});

test("Save as report keeps what the page showed, and its link opens in a fresh browser", async ({ page, browser }) => {
  const runbook = new RunbookPage(page);
  await runbook.goto(`${server.url}/runbook/us-east-1/a1b2c3d4e5/prod`);
  await expect(runbook.redact).toBeChecked();
  await runbook.save.click();
  await expect(runbook.savedLink).toHaveText(new RegExp(`^${server.url}/reports/[A-Za-z0-9_-]{22}$`));
  const url = await runbook.savedLink.textContent();

  const context = await browser.newContext({ baseURL: server.url });
  const report = new ReportPage(await context.newPage());
  await report.goto(url!.replace(`${server.url}/reports/`, ""));
  expect(await report.verdictRows()).toEqual([
    { region: "us-east-1", api: "a1b2c3d4e5", stage: "prod", execution: "missing", access: "expected" },
  ]);
  await expect(report.redactionNote).toBeVisible();
  await context.close();
});

test("a malformed runbook link is a 404 and reaches no AWS API", async () => {
  const before = replay.stats.requests;
  for (const path of [
    "/runbook/US-EAST-1/a1b2c3d4e5",
    "/runbook/us-east-1a/a1b2c3d4e5",
    "/runbook/us-east-1/A1B2C3D4E5",
    "/runbook/us-east-1/a1b2c3d4e",
    "/runbook/us-east-1/a1b2c3d4e5/prod/extra",
    "/runbook/us-east-1/a1b2c3d4e5/..%2Fadmin",
    "/runbook/us-east-1/a1b2c3d4e5/%24other",
    `/runbook/us-east-1/a1b2c3d4e5/${"x".repeat(129)}`,
    "/runbook/us-east-1",
  ]) {
    expect((await rawGet(server.url, path)).status, path).toBe(404);
  }
  expect(replay.stats.requests).toBe(before);
});

test("without AWS credentials the runbook page says how to configure them", async ({ page }) => {
  const bare = await startNextServer(await freePort(), {
    AWS_REGION: "us-east-1",
    LOG_DOCTOR_DATA_DIR: process.env.E2E_DATA_DIR!,
  });
  try {
    const response = await page.goto(`${bare.url}/runbook/us-east-1/a1b2c3d4e5/prod`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { name: "This server has no AWS credentials" })).toBeVisible();
    await expect(page.getByText("aws configure sso")).toBeVisible();
    await expect(page.getByText("AWS_PROFILE=NAME npm start")).toBeVisible();
    await expect(page.getByText("AWS_ACCESS_KEY_ID")).toBeVisible();
  } finally {
    await bare.stop();
  }
});
