import { expect, test, type Page } from "@playwright/test";
import { startTestProvider, type TestProvider } from "../testing/auth/oidc-provider";
import { startReplayServer, type ReplayServer } from "../lib/aws/replay/server";
import { historyCapture } from "../testing/reports/history-capture";
import { oneApiCapture } from "../testing/reports/one-api-capture";
import { ReportPage } from "./pages/report-page";
import { RunbookPage } from "./pages/runbook-page";
import { freePort, startNextServer, type NextServer } from "./support/next-server";

/**
 * Built-in sign-in in Chromium: a production server with LOG_DOCTOR_AUTH=oidc against a real OpenID provider
 * (oidc-provider, started here), the runbook's AWS calls answered by the replay server.
 */
const account = historyCapture();
const target = { region: "us-east-1", apiId: "a1b2c3d4e5", stage: "prod" };

test.describe.configure({ mode: "serial" });

let idp: TestProvider;
let replay: ReplayServer;
let server: NextServer;
let signedIn: Page;

test.beforeAll(async () => {
  const port = await freePort();
  idp = await startTestProvider([`http://127.0.0.1:${port}/auth/callback`], await freePort());
  replay = await startReplayServer({ capture: oneApiCapture(account, target) });
  server = await startNextServer(port, {
    AWS_ENDPOINT_URL: replay.url,
    AWS_ACCESS_KEY_ID: "AKIDREPLAY",
    AWS_SECRET_ACCESS_KEY: "replay",
    AWS_REGION: "us-east-1",
    LOG_DOCTOR_RUNBOOK_NOW: account.capturedAt,
    LOG_DOCTOR_DATA_DIR: process.env.E2E_DATA_DIR!,
    LOG_DOCTOR_AUTH: "oidc",
    LOG_DOCTOR_OIDC_ISSUER: idp.issuer,
    LOG_DOCTOR_OIDC_CLIENT_ID: idp.clientId,
    LOG_DOCTOR_OIDC_CLIENT_SECRET: idp.clientSecret,
    LOG_DOCTOR_OIDC_REDIRECT_URI: `http://127.0.0.1:${port}/auth/callback`,
    LOG_DOCTOR_SESSION_SECRET: "an-e2e-session-secret-of-32-characters-or-more",
    LOG_DOCTOR_ALLOWED_EMAIL_DOMAINS: "example.com",
    LOG_DOCTOR_SCAN_GROUP: "oncall",
  });
});

test.afterAll(async () => {
  await signedIn?.context().close();
  await server?.stop();
  await replay?.stop();
  await idp?.close();
});

/** At the provider's login form: type a known email and submit. */
async function logInAtProvider(page: Page, email: string) {
  await expect(page).toHaveURL(new RegExp(`^${idp.issuer}/interaction/`));
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("without a session a page goes to the identity provider and the API answers 401", async ({ page, playwright }) => {
  await page.goto(`${server.url}/diagnose/demo`);
  await expect(page).toHaveURL(new RegExp(`^${idp.issuer}/interaction/`));
  const api = await playwright.request.newContext();
  expect((await api.get(`${server.url}/api/scans/AAAAAAAAAAAAAAAAAAAAAA/events`)).status()).toBe(401);
  expect((await api.post(`${server.url}/api/reports`, { data: {}, headers: { origin: server.url } })).status()).toBe(
    401,
  );
  await api.dispose();
});

test("after sign-in the wizard, a runbook link and a saved report work", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: server.url });
  signedIn = await context.newPage();
  await signedIn.goto(`${server.url}/diagnose/demo`);
  await logInAtProvider(signedIn, "ana@example.com");
  await expect(signedIn).toHaveURL(`${server.url}/diagnose/demo`);
  await expect(signedIn.getByRole("navigation", { name: "Main" })).toContainText("ana@example.com");
  await expect(signedIn.getByRole("heading", { level: 1 })).toBeVisible();

  const runbook = new RunbookPage(signedIn);
  expect((await runbook.goto(`${server.url}/runbook/us-east-1/a1b2c3d4e5/prod`))?.status()).toBe(200);
  await expect(runbook.answer).toHaveText("Execution logs are missing");
  await runbook.save.click();
  await expect(runbook.savedLink).toHaveText(new RegExp(`^${server.url}/reports/[A-Za-z0-9_-]{22}$`));
  const url = (await runbook.savedLink.textContent())!;
  const report = new ReportPage(signedIn);
  await report.goto(url.replace(`${server.url}/reports/`, ""));
  expect(await report.verdictRows()).toHaveLength(1);

  // The server's audit trail names who did each of these, as one JSON line each, and holds no secret.
  const audit = server
    .output()
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, string>)
    .filter((line) => line.type === "audit");
  expect(audit).toContainEqual(expect.objectContaining({ action: "sign-in", who: "ana@example.com" }));
  expect(audit).toContainEqual(
    expect.objectContaining({
      action: "runbook-run",
      who: "ana@example.com",
      region: "us-east-1",
      api: "a1b2c3d4e5",
      stage: "prod",
    }),
  );
  expect(audit).toContainEqual(
    expect.objectContaining({
      action: "report-save",
      who: "ana@example.com",
      report: url.replace(`${server.url}/reports/`, ""),
    }),
  );
  for (const secret of [idp.clientSecret, "an-e2e-session-secret-of-32-characters-or-more", "AKIDREPLAY"])
    expect(server.output()).not.toContain(secret);
});

test("a user outside the allowlist is refused", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await logInAtProvider(page, "eve@other.io");
  await expect(page.getByRole("heading", { name: "Not allowed", exact: true })).toBeVisible();
  await expect(page.getByText("eve@other.io is not allowed")).toBeVisible();
  expect((await page.request.get(`${server.url}/api/scans/AAAAAAAAAAAAAAAAAAAAAA/events`)).status()).toBe(401);
  await context.close();
});

test("sign-out ends the session, here and at the identity provider", async () => {
  // On a phone the header keeps Sign out on screen: the logo drops its word mark, nothing overflows sideways.
  await signedIn.setViewportSize({ width: 360, height: 740 });
  await signedIn.goto(`${server.url}/`);
  await expect(signedIn.getByRole("button", { name: "Sign out" })).toBeInViewport({ ratio: 1 });
  await expect(signedIn.getByRole("link", { name: "Log Doctor" })).toBeVisible();
  expect(await signedIn.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await signedIn.setViewportSize({ width: 1280, height: 720 });
  await signedIn.getByRole("button", { name: "Sign out" }).click();
  // The provider asks whether to end its own session too (RP-Initiated Logout), then sends the browser back.
  await expect(signedIn).toHaveURL(new RegExp(`^${idp.issuer}/`));
  await signedIn.getByRole("button", { name: "Yes, sign me out" }).click();
  await expect(signedIn.getByRole("heading", { name: "Signed out", exact: true })).toBeVisible();
  expect(signedIn.url()).toBe(`${server.url}/auth/signed-out`);
  expect((await signedIn.request.get(`${server.url}/api/scans/AAAAAAAAAAAAAAAAAAAAAA/events`)).status()).toBe(401);
  // Signing in again asks for the login form: the provider's session ended as well.
  await signedIn.goto(`${server.url}/`);
  await logInAtProvider(signedIn, "ana@example.com");
  await expect(signedIn).toHaveURL(`${server.url}/`);
});
