import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createReportResponse } from "../reports/http/create-report-response";
import { SqliteReportStore } from "../reports/sqlite-store";
import { historyCapture } from "../../testing/reports/history-capture";

let dir: string;
let store: SqliteReportStore;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "audit-"));
  store = new SqliteReportStore(path.join(dir, "reports.sqlite"));
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the report-save audit line", () => {
  it("names who saved which report, and holds nothing of the capture", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const capture = historyCapture();
    const request = new Request("http://127.0.0.1:3300/api/reports", {
      method: "POST",
      headers: { "content-type": "application/json", host: "127.0.0.1:3300", "x-requested-with": "log-doctor" },
      body: JSON.stringify({ from: "capture", capture, title: "pets outage" }),
    });
    const response = await createReportResponse(request, store, {
      sub: "u1",
      email: "ana@example.com",
      emailVerified: true,
      name: "Ana",
      groups: [],
    });
    const { id } = await response.json();
    const lines = log.mock.calls.map(([line]) => String(line));
    log.mockRestore();
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({
      type: "audit",
      action: "report-save",
      who: "ana@example.com",
      report: id,
      from: "capture",
      redacted: true,
    });
    expect(lines[0].length).toBeLessThan(300);
    expect(lines[0]).not.toContain("pets outage");
  });
});
