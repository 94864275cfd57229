import { expect, test } from "@playwright/test";
import { historyCapture } from "../testing/reports/history-capture";
import { expireReport, rawGet, saveReport } from "./support/reports";

const unknown = "AAAAAAAAAAAAAAAAAAAAAA";

// Sent byte for byte (no client-side normalization), as a crafted request would be.
const tricks = [
  `/reports/${unknown}`,
  `/reports/${unknown}.md`,
  `/reports/${unknown}.json`,
  "/reports/not-an-id",
  "/reports/not-an-id.md",
  `/reports/${unknown}.txt`,
  `/reports/${"A".repeat(4000)}`,
  `/reports/${"A".repeat(4000)}.json`,
  "/reports/../../etc/passwd",
  "/reports/..%2F..%2Fetc%2Fpasswd",
  "/reports/%2e%2e%2f%2e%2e%2fpackage.json",
  "/reports/%2e%2e/%2e%2e/etc/passwd",
  "/reports/..%5c..%5cpackage.json",
  "/reports/%252e%252e%252fpackage.json",
  `/reports/${unknown}%2F..%2F..%2Fpackage.json`,
  `/reports/${unknown}%00`,
  `/api/reports/${unknown}/md`,
  "/api/reports/..%2f..%2fpackage.json/json",
  "/api/reports",
];

test("unknown and malformed ids and path tricks answer a 404 page, never an error or a file", async ({ baseURL }) => {
  for (const path of tricks) {
    const response = await rawGet(baseURL!, path);
    expect(response.status, path).toBe(404);
    expect(response.body, path).not.toMatch(
      /"name":\s*"log-doctor"|root:x:0:0|Internal Server Error|Application error/,
    );
  }
});

test("an unknown report id gets the report's own not-found page", async ({ page }) => {
  const response = await page.goto(`/reports/${unknown}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This report does not exist" })).toBeVisible();
});

test("an expired report is a 404, page and exports alike", async ({ request }) => {
  const id = await saveReport(request, { from: "capture", capture: historyCapture(), expiresInDays: 1 });
  expect((await request.get(`/reports/${id}`)).status()).toBe(200);
  expireReport(id);
  for (const path of [`/reports/${id}`, `/reports/${id}.md`, `/reports/${id}.json`]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});
