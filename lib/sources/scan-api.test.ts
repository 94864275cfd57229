import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Identity } from "../auth/identity";
import { chunkedPost, endlessBody } from "../../testing/http/endless-body";
import { getScan } from "./live-scan";
import { takeLiveScanSlot } from "./live-scan-slots";
import { cancelScanRequest, MAX_SCAN_REQUEST_BYTES, scanEvents, startScanRequest } from "./scan-api";
import { SqliteScanStore } from "./sqlite-scan-store";
import { runningSnapshot } from "../../testing/sources/scan-store-contract";

const dir = mkdtempSync(path.join(tmpdir(), "log-doctor-scan-api-"));
const scanStore = () => new SqliteScanStore(path.join(dir, "scans.sqlite"), { keepMs: 3_600_000, staleMs: 30_000 });
beforeAll(() => {
  process.env.LOG_DOCTOR_DATA_DIR = dir;
  process.env.LOG_DOCTOR_SCAN_REPLAY = "fixtures/demo-account.capture.json";
  // Slow enough that the scans are still running when the next request comes.
  process.env.LOG_DOCTOR_SCAN_REPLAY_DELAY_MS = "200";
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const headers = { host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000", "content-type": "application/json" };

describe("POST /api/scans", () => {
  it("refuses a chunked body over its few-KB cap before reading the rest", async () => {
    const body = endlessBody(300 * 1024 * 1024, 4 * 1024);
    const result = await startScanRequest(chunkedPost("http://127.0.0.1:3000/api/scans", body.stream, headers));
    expect(result).toEqual({
      status: 413,
      body: { error: "The request is too large: a scan request can be at most 16 KB." },
    });
    expect(body.pulled()).toBeLessThanOrEqual(MAX_SCAN_REQUEST_BYTES + 4 * 1024);
  });

  it("refuses a declared length over the cap", async () => {
    const request = new Request("http://127.0.0.1:3000/api/scans", {
      method: "POST",
      body: "{}",
      headers: { ...headers, "content-length": String(300 * 1024 * 1024) },
    });
    expect((await startScanRequest(request)).status).toBe(413);
  });

  it("still answers 400 for a request that is not JSON", async () => {
    const request = new Request("http://127.0.0.1:3000/api/scans", { method: "POST", body: "{", headers });
    expect(await startScanRequest(request)).toEqual({ status: 400, body: { error: "The request is not JSON." } });
  });

  it("answers busy, and starts nothing, while every live-scan place is taken (runbook pages included)", async () => {
    const taken = Array.from({ length: 4 }, () => takeLiveScanSlot({}));
    try {
      const request = new Request("http://127.0.0.1:3000/api/scans", {
        method: "POST",
        body: JSON.stringify({ regions: ["us-east-1"] }),
        headers,
      });
      expect(await startScanRequest(request)).toEqual({
        status: 429,
        body: { error: expect.stringMatching(/already running 4 live AWS scans.*try again in a minute/) },
      });
    } finally {
      for (const release of taken) release?.();
    }
  });
});

const scanPost = () =>
  new Request("http://127.0.0.1:3000/api/scans", {
    method: "POST",
    body: JSON.stringify({ regions: ["us-east-1"] }),
    headers,
  });
const user = (email: string): Identity => ({ sub: email, email, emailVerified: true, name: undefined, groups: [] });

describe("per-user limit on running scans", () => {
  it("refuses a third running scan of one user with 429, counted in the store; another user may still start one", async () => {
    const store = scanStore();
    const ids: string[] = [];
    try {
      for (let i = 0; i < 2; i++) {
        const answer = await startScanRequest(scanPost(), user("ana@example.com"), store);
        expect(answer.status).toBe(201);
        ids.push((answer.body as { id: string }).id);
      }
      expect(await startScanRequest(scanPost(), user("ana@example.com"), store)).toEqual({
        status: 429,
        body: {
          error: expect.stringMatching(
            /^You already have 2 live scans running.*LOG_DOCTOR_MAX_LIVE_SCANS_PER_USER.*wait for one to finish or cancel it/,
          ),
        },
      });
      const other = await startScanRequest(scanPost(), user("bo@example.com"), store);
      expect(other.status).toBe(201);
      ids.push((other.body as { id: string }).id);
      expect(await store.running("ana@example.com")).toBe(2);
    } finally {
      for (const id of ids) await cancelScanRequest(scanPost(), id, store);
      await Promise.all(ids.map((id) => getScan(id)?.done));
      await store.close();
    }
  });

  it("counts anonymous use as one user, over every replica", async () => {
    const store = scanStore();
    // Two anonymous scans another replica runs.
    for (let i = 0; i < 2; i++)
      await store.create({ snapshot: runningSnapshot(), owner: null, instance: "elsewhere" }, 5);
    try {
      expect((await startScanRequest(scanPost(), null, store)).status).toBe(429);
    } finally {
      await store.close();
    }
  });
});

describe("GET /api/scans/:id/events on a replica that does not run the scan", () => {
  it("streams the stored snapshots until the scan is final", async () => {
    const store = scanStore();
    const snapshot = runningSnapshot();
    await store.create({ snapshot, owner: null, instance: "elsewhere" }, 5);
    try {
      const response = await scanEvents(
        new Request(`http://127.0.0.1:3000/api/scans/${snapshot.id}/events`),
        snapshot.id,
        store,
      );
      expect(response.status).toBe(200);
      const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
      expect((await reader.read()).value).toContain('"status":"running"');
      await store.write(snapshot.id, "elsewhere", {
        ...snapshot,
        status: "done",
        href: "/diagnose/AAAAAAAAAAAAAAAAAAAAAA",
      });
      let text = "";
      for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) text += chunk.value;
      expect(text).toContain('"status":"done"');
      expect(text).toContain("/diagnose/AAAAAAAAAAAAAAAAAAAAAA");
      expect(
        (await scanEvents(new Request("http://127.0.0.1:3000/api/scans/x/events"), "BBBBBBBBBBBBBBBBBBBBBB", store))
          .status,
      ).toBe(404);
    } finally {
      await store.close();
    }
  });
});
