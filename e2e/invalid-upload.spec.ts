import { expect, test } from "@playwright/test";
import { closeSync, mkdtempSync, openSync, ftruncateSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { StartPage } from "./pages/start-page";
import { expectNoAxeViolations, watchPage } from "./support/checks";

const file = (name: string, text: string) => ({ name, mimeType: "application/json", buffer: Buffer.from(text) });
const valid = JSON.stringify({
  kind: "log-doctor/capture",
  version: 1,
  capturedAt: "2026-11-22T10:00:00Z",
  regions: ["us-east-1"],
  calls: [],
});

const cases = [
  { name: "empty.json", text: "", error: "The file is empty." },
  { name: "notes.txt", text: "these are not the logs you are looking for", error: "Capture is not valid JSON" },
  {
    name: "diagnosis.json",
    text: JSON.stringify({ kind: "log-doctor/diagnosis", version: 1 }),
    error: 'kind must be "log-doctor/capture"',
  },
  { name: "future.json", text: valid.replace('"version":1', '"version":2'), error: "version must be 1" },
  {
    name: "bad-call.json",
    text: valid.replace('"calls":[]', '"calls":[{"service":"sts","operation":"GetCallerIdentity"}]'),
    error: "Call 0 has neither output nor error",
  },
  {
    name: "half.json",
    text: valid.slice(0, 70),
    error: "it looks cut off, ending inside an unfinished object or string after 70 bytes",
  },
];

test("an invalid upload shows a clear error, and the page stays usable for a valid one", async ({ page }) => {
  const watched = watchPage(page);
  const start = new StartPage(page);
  await start.goto();
  for (const item of cases) {
    await start.upload(file(item.name, item.text));
    await expect(start.uploadError()).toContainText(`“${item.name}” cannot be diagnosed`);
    await expect(start.uploadError()).toContainText(item.error);
    await expect(page).toHaveURL(/\/$/);
  }
  await expectNoAxeViolations(page, "the start page showing an upload error");

  await start.upload("fixtures/02-account-role-unset-one-region.capture.json");
  await expect(page).toHaveURL(/\/diagnose\/[A-Za-z0-9_-]{22}$/);
  await expect(page.getByRole("heading", { level: 2, name: "API stages" })).toBeVisible();
  // The 422 answers of the rejected uploads are expected; nothing else may go wrong.
  expect(watched.problems.filter((p) => !p.includes("422"))).toEqual([]);
});

test("a CloudTrail file is recognised and sent to the CloudTrail explainer", async ({ page }) => {
  const start = new StartPage(page);
  await start.goto();
  const trail = {
    Records: [
      {
        eventVersion: "1.08",
        eventSource: "apigateway.amazonaws.com",
        eventName: "UpdateStage",
        eventTime: "2026-11-20T09:00:00Z",
        awsRegion: "us-east-1",
      },
    ],
  };
  await start.upload(file("trail.json", JSON.stringify(trail)));
  await expect(start.uploadError()).toContainText(
    "This is a CloudTrail file, not a capture: open it in the CloudTrail explainer (/trail)",
  );
  await start.uploadError().getByRole("link", { name: "Open the CloudTrail explainer" }).click();
  await expect(page).toHaveURL(/\/trail$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("a file over the size limit is refused before it is sent", async ({ page }) => {
  const dir = mkdtempSync(path.join(tmpdir(), "log-doctor-e2e-"));
  const big = path.join(dir, "huge.capture.json");
  const fd = openSync(big, "w");
  ftruncateSync(fd, 100 * 1024 * 1024 + 1);
  closeSync(fd);
  let posted = false;
  page.on("request", (request) => {
    if (request.url().endsWith("/api/sources")) posted = true;
  });
  const start = new StartPage(page);
  await start.goto();
  await start.upload(big);
  await expect(start.uploadError()).toContainText("The file is too large (100.0 MB): captures can be at most 100 MB.");
  expect(posted).toBe(false);
});
