import { describe, expect, it } from "vitest";
import { chunkedPost, endlessBody } from "../../testing/http/endless-body";
import { takeLiveScanSlot } from "./live-scan-slots";
import { MAX_SCAN_REQUEST_BYTES, startScanRequest } from "./scan-api";

const headers = { host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000", "content-type": "application/json" };

describe("POST /api/scans", () => {
  it("refuses a chunked body over its few-KB cap before reading the rest", async () => {
    const body = endlessBody(300 * 1024 * 1024, 4 * 1024);
    const result = await startScanRequest(chunkedPost("http://127.0.0.1:3000/api/scans", body.stream, headers));
    expect(result).toEqual({ status: 413, body: { error: "The request is too large: a scan request can be at most 16 KB." } });
    expect(body.pulled()).toBeLessThanOrEqual(MAX_SCAN_REQUEST_BYTES + 4 * 1024);
  });

  it("refuses a declared length over the cap", async () => {
    const request = new Request("http://127.0.0.1:3000/api/scans", { method: "POST", body: "{}", headers: { ...headers, "content-length": String(300 * 1024 * 1024) } });
    expect((await startScanRequest(request)).status).toBe(413);
  });

  it("still answers 400 for a request that is not JSON", async () => {
    const request = new Request("http://127.0.0.1:3000/api/scans", { method: "POST", body: "{", headers });
    expect(await startScanRequest(request)).toEqual({ status: 400, body: { error: "The request is not JSON." } });
  });

  it("answers busy, and starts nothing, while every live-scan place is taken (runbook pages included)", async () => {
    const taken = Array.from({ length: 4 }, () => takeLiveScanSlot({}));
    try {
      const request = new Request("http://127.0.0.1:3000/api/scans", { method: "POST", body: JSON.stringify({ regions: ["us-east-1"] }), headers });
      expect(await startScanRequest(request)).toEqual({ status: 429, body: { error: expect.stringMatching(/already running 4 live AWS scans.*try again in a minute/) } });
    } finally {
      for (const release of taken) release?.();
    }
  });
});
