import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { demoProbe } from "../lib/sources/demo-account/demo-log-content";
import { expectNoAxeViolations, saveScreenshot, watchPage } from "./support/checks";
import { freePort, startNextServer, type NextServer } from "./support/next-server";

const stagePath = `/diagnose/demo/${demoProbe.region}/${demoProbe.apiId}/${demoProbe.stage}`;
const probePanel = (page: Page) => page.getByRole("region", { name: "Send a test request" });

test.describe("Send a test request, against a local fake API and the demo's recorded log events", () => {
  let fakeApi: Server;
  let fakeUrl: string;
  const received: { line: string; headers: IncomingHttpHeaders }[] = [];
  let server: NextServer;

  test.beforeAll(async () => {
    // Stands in for API Gateway: a path no route matches, answered 403 with the request id of the demo's recorded probe.
    fakeApi = createServer((req, res) => {
      received.push({ line: `${req.method} ${req.url}`, headers: req.headers });
      res.writeHead(403, { "x-amzn-RequestId": demoProbe.requestId, "content-type": "application/json" });
      res.end('{"message":"Missing Authentication Token"}');
    });
    await new Promise<void>((resolve) => fakeApi.listen(0, "127.0.0.1", resolve));
    fakeUrl = `http://127.0.0.1:${(fakeApi.address() as AddressInfo).port}`;
    // A short wait so the test does not sit through 120 s; nothing is asserted about how long anything took.
    server = await startNextServer(await freePort(), {
      LOG_DOCTOR_PROBE_BASE_URL: fakeUrl,
      LOG_DOCTOR_PROBE_WAIT_S: "6",
      LOG_DOCTOR_DATA_DIR: process.env.E2E_DATA_DIR!,
    });
  });

  test.afterAll(async () => {
    await server?.stop();
    fakeApi?.closeAllConnections();
    await new Promise((resolve) => (fakeApi ? fakeApi.close(resolve) : resolve(undefined)));
  });

  test("says what it will send, sends only after a second click, then: access arrived, execution not, with why", async ({
    page,
  }) => {
    const watched = watchPage(page);
    await page.goto(`${server.url}${stagePath}`);
    const panel = probePanel(page);
    await expect(panel.getByTestId("probe-request")).toHaveText(`GET ${fakeUrl}/prod/log-doctor-probe`);
    await expect(panel).toContainText("the only request it ever sends to your API");
    await expect(panel).toContainText("No credentials, no AWS signature");
    await expect(panel).toContainText(
      "this proves the access-log chain only. Execution logs need a request to a real route",
    );
    await expect(panel).toContainText("WebSocket APIs and private APIs are not supported.");
    await expect(panel).toContainText("IAM authorization");

    await panel.getByRole("button", { name: "Send a test request" }).click();
    await expect(panel.getByRole("group", { name: "Confirm the test request" })).toContainText(
      `Send GET ${fakeUrl}/prod/log-doctor-probe now?`,
    );
    expect(received).toEqual([]);
    await saveScreenshot(page, "probe-stage-confirm-desktop");
    await panel.getByRole("button", { name: "Yes, send it" }).click();

    const summary = panel.getByTestId("probe-summary");
    await expect(summary).toHaveText(
      /^access: arrived after ~\d+ s; execution: not arrived — The access log shows 403 .*Missing Authentication Token/,
      { timeout: 30_000 },
    );
    await expect(panel.locator('[data-probe-kind="access"]')).toHaveAttribute("data-status", "arrived");
    await expect(panel.locator('[data-probe-kind="access"]')).toContainText("203.0.113.99");
    await expect(panel.locator('[data-probe-kind="execution"]')).toHaveAttribute("data-status", "not-arrived");
    await expect(panel).toContainText(`request id ${demoProbe.requestId}`);

    // One request, as shown: no credentials, no AWS signature, no cookie.
    expect(received.map((r) => r.line)).toEqual(["GET /prod/log-doctor-probe"]);
    expect(Object.keys(received[0].headers).filter((h) => /^(authorization|cookie|x-amz-)/.test(h))).toEqual([]);

    await expectNoAxeViolations(page, "stage page with a probe result");
    await saveScreenshot(page, "probe-stage-desktop");
    await page.setViewportSize({ width: 390, height: 844 });
    await saveScreenshot(page, "probe-stage-390");
    expect(watched.problems).toEqual([]);
  });
});

test("the demo without a fake API says why it cannot send one", async ({ page }) => {
  await page.goto(stagePath);
  const panel = probePanel(page);
  await expect(panel.getByTestId("probe-unavailable")).toContainText(
    "Not available for the demo account: it is a recording",
  );
  await expect(panel.getByRole("button", { name: "Send a test request" })).toHaveCount(0);
});
