import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyze } from "@/lib/engine/analyze";
import { closeReportStores, defaultReportStore } from "@/lib/reports/default-store";
import { rememberScan } from "@/lib/runbook/recent-scans";
import { historyCapture } from "@/testing/reports/history-capture";
import { demoCapture } from "@/lib/sources/demo-source";
import { loadDiagnosis } from "@/lib/sources/sources";
import { findLeaks } from "@/testing/reports/leak-sweep";
import { chunkedPost, endlessBody } from "@/testing/http/endless-body";
import { createReportResponse, MAX_BODY_BYTES } from "@/lib/reports/http/create-report-response";
import { SqliteReportStore } from "@/lib/reports/sqlite-store";
import { POST } from "./route";

let dir: string;
const previous = process.env.LOG_DOCTOR_DATA_DIR;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "reports-route-"));
  process.env.LOG_DOCTOR_DATA_DIR = dir;
});

afterAll(async () => {
  await closeReportStores();
  if (previous === undefined) delete process.env.LOG_DOCTOR_DATA_DIR;
  else process.env.LOG_DOCTOR_DATA_DIR = previous;
  rmSync(dir, { recursive: true, force: true });
});

function post(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return POST(
    new Request("http://127.0.0.1:3300/api/reports", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        host: "127.0.0.1:3300",
        "x-requested-with": "log-doctor",
        ...headers,
      },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
}

describe("POST /api/reports", () => {
  it("diagnoses a capture, redacts and stores it, and answers with the report's path", async () => {
    const response = await post({ from: "capture", capture: historyCapture(), symptoms: ["413"], title: "pets" });
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toMatchObject({ title: "pets", redacted: true });
    // No expiry chosen: the server's default of 30 days.
    expect(Date.parse(body.expiresAt) - Date.now()).toBeGreaterThan(29 * 24 * 60 * 60 * 1000);
    expect(body.path).toBe(`/reports/${body.id}`);
    expect(response.headers.get("location")).toBe(body.path);

    const report = await defaultReportStore().get(body.id);
    expect(report?.diagnosis.apis).toEqual(analyze(historyCapture()).diagnosis.apis);
    expect(report?.diagnosis.findings.some((f) => f.check === "symptom.413")).toBe(true);
    expect(report?.timeline).not.toBeNull();
    expect(findLeaks(JSON.stringify(report))).toEqual([]);
  });

  it("stores 100 parallel saves, each intact under its own id", async () => {
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        post({ from: "capture", capture: historyCapture(), title: `report ${i}`, includeCapture: i % 2 === 0 }),
      ),
    );
    const bodies = await Promise.all(responses.map((r) => r.json()));
    expect(responses.map((r) => r.status)).toEqual(Array(100).fill(201));
    expect(new Set(bodies.map((b) => b.id)).size).toBe(100);
    const expected = analyze(historyCapture()).diagnosis.apis;
    for (const [i, body] of bodies.entries()) {
      const report = await defaultReportStore().get(body.id);
      expect(report?.title).toBe(`report ${i}`);
      expect(report?.diagnosis.apis).toEqual(expected);
      expect(report?.capture === null).toBe(i % 2 !== 0);
    }
  });

  it("saves a wizard source as the wizard shows it: its diagnosis with the chosen symptoms and its timeline", async () => {
    const response = await post({ from: "source", source: "demo", symptoms: ["413"], includeCapture: true });
    expect(response.status).toBe(201);
    const report = await defaultReportStore().get((await response.json()).id);
    const demo = (await loadDiagnosis("demo", ["413"]))!;
    expect(report?.diagnosis.apis.map((api) => api.id)).toEqual(demo.diagnosis.apis.map((api) => api.id));
    expect(report?.diagnosis.findings.map((f) => f.check)).toEqual(demo.diagnosis.findings.map((f) => f.check));
    expect(report?.timeline?.length).toBe(demo.timelines.length);
    expect(report?.capture?.calls.length).toBe(demoCapture().calls.length);
    expect(findLeaks(JSON.stringify(report))).toEqual([]);
  });

  it("saves one stage of a wizard source (Share this stage), and answers the link on the server's base", async () => {
    const stage = { region: "eu-west-1", apiId: "e2u4r6o8pa", stage: "prod" };
    const response = await post({ from: "source", source: "demo", stage });
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.url).toMatch(new RegExp(`^https?://[^/]+/reports/${body.id}$`));
    const report = await defaultReportStore().get(body.id);
    expect(report?.focus).toEqual(stage);
    expect(report?.title).toBe("Stage prod of inventory-api (e2u4r6o8pa) in eu-west-1");
    expect(report?.diagnosis.apis.flatMap((api) => (api.stages ?? []).map((s) => `${api.id}/${s.name}`))).toEqual([
      "e2u4r6o8pa/prod",
    ]);
    expect((await post({ from: "source", source: "demo", stage: { ...stage, stage: "nope" } })).status).toBe(404);
  });

  it("saves what a runbook page showed, by its scan token", async () => {
    const capture = historyCapture();
    const scan = rememberScan(capture, analyze(capture));
    const response = await post({ from: "runbook", scan, redact: false, expiresInDays: 1 });
    expect(response.status).toBe(201);
    const report = await defaultReportStore().get((await response.json()).id);
    expect(report).toMatchObject({ redacted: false, capture: null });
    expect(report?.expiresAt).not.toBeNull();
  });

  it("refuses a chunked body over the cap before reading it all (300 MB sent, at most the cap read)", async () => {
    const body = endlessBody(300 * 1024 * 1024);
    const response = await POST(
      chunkedPost("http://127.0.0.1:3300/api/reports", body.stream, {
        "content-type": "application/json",
        host: "127.0.0.1:3300",
        "x-requested-with": "log-doctor",
      }),
    );
    expect(response.status).toBe(413);
    expect((await response.json()).error).toBe(
      "the request is larger than 25 MB: a report request can be at most 25 MB",
    );
    expect(body.pulled()).toBeLessThanOrEqual(MAX_BODY_BYTES + 64 * 1024);
  });

  it("answers 507 with the store's message when the report store is full, and stores nothing", async () => {
    const store = new SqliteReportStore(path.join(dir, "tiny.sqlite"), { maxBytes: 8 * 1024 });
    try {
      const request = new Request("http://127.0.0.1:3300/api/reports", {
        method: "POST",
        headers: { "content-type": "application/json", host: "127.0.0.1:3300", "x-requested-with": "log-doctor" },
        body: JSON.stringify({ from: "capture", capture: historyCapture(), includeCapture: true }),
      });
      const response = await createReportResponse(request, store);
      expect(response.status).toBe(507);
      expect((await response.json()).error).toMatch(
        /^the report store is full: .*LOG_DOCTOR_REPORTS_MAX_MB raises the limit\)$/,
      );
      const empty = new SqliteReportStore(path.join(dir, "empty.sqlite"));
      expect(store.usedBytes()).toBe(empty.usedBytes());
      await empty.close();
    } finally {
      await store.close();
    }
  });

  it.each([
    [
      "a cross-origin request",
      { from: "capture", capture: historyCapture() },
      { origin: "https://evil.example" },
      403,
      "own pages only",
    ],
    [
      "a request under a rebound host name",
      { from: "capture", capture: historyCapture() },
      { host: "evil.example:3300", origin: "http://evil.example:3300" },
      403,
      "own pages only",
    ],
    ["an unknown wizard source", { from: "source", source: "AAAAAAAAAAAAAAAAAAAAAA" }, {}, 404, "no longer available"],
    ["a form post", "from=capture", { "content-type": "application/x-www-form-urlencoded" }, 415, "send JSON"],
    [
      "an announced huge body",
      { from: "capture" },
      { "content-length": String(200 * 1024 * 1024) },
      413,
      "larger than",
    ],
    ["broken JSON", "{", {}, 400, "not valid JSON"],
    ["an unknown source", { from: "diagnosis", diagnosis: {} }, {}, 400, "from"],
    ["an unexpected member", { from: "capture", capture: historyCapture(), owner: "x" }, {}, 400, "owner"],
    ["an invalid capture", { from: "capture", capture: { kind: "other" } }, {}, 400, "capture: capture field kind"],
    [
      "an unknown symptom",
      { from: "capture", capture: historyCapture(), symptoms: ["boom"] },
      {},
      400,
      "unknown symptom",
    ],
    ["a bad expiry", { from: "capture", capture: historyCapture(), expiresInDays: 0 }, {}, 400, "expiresInDays"],
    [
      "a forgotten runbook scan",
      { from: "runbook", scan: "AAAAAAAAAAAAAAAAAAAAAA" },
      {},
      410,
      "reload the runbook page",
    ],
  ])("refuses %s", async (_name, body, headers, status, message) => {
    const response = await post(body, headers as Record<string, string>);
    expect(response.status).toBe(status);
    expect((await response.json()).error).toContain(message);
  });
});
