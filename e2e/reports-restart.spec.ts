import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { historyCapture } from "../testing/reports/history-capture";
import { freePort, startNextServer } from "./support/next-server";
import { saveReport } from "./support/reports";

test("a report survives a server restart", async ({ request }) => {
  const dataDir = mkdtempSync(path.join(tmpdir(), "log-doctor-e2e-restart-"));
  const port = await freePort();
  try {
    const first = await startNextServer(port, { LOG_DOCTOR_DATA_DIR: dataDir });
    const id = await saveReport(
      request,
      { from: "capture", capture: historyCapture(), title: "before the restart" },
      first.url,
    );
    const before = await (await request.get(`${first.url}/reports/${id}.json`)).json();
    await first.stop();

    const second = await startNextServer(port, { LOG_DOCTOR_DATA_DIR: dataDir });
    try {
      const page = await request.get(`${second.url}/reports/${id}`);
      expect(page.status()).toBe(200);
      expect(await page.text()).toContain("before the restart");
      expect(await (await request.get(`${second.url}/reports/${id}.json`)).json()).toEqual(before);
    } finally {
      await second.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
