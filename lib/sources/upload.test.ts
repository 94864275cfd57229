import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_CAPTURE_BYTES } from "../capture/parse-capture";
import { chunkedPost, endlessBody } from "../../testing/http/endless-body";
import { capture } from "../../testing/capture-builder";

const dir = mkdtempSync(path.join(tmpdir(), "log-doctor-upload-"));
let acceptUpload: typeof import("./upload").acceptUpload;
let loadDiagnosis: typeof import("./sources").loadDiagnosis;

beforeAll(async () => {
  process.env.LOG_DOCTOR_DATA_DIR = dir;
  ({ acceptUpload } = await import("./upload"));
  ({ loadDiagnosis } = await import("./sources"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://127.0.0.1:3000/api/sources", {
    method: "POST",
    body,
    headers: { host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000", ...headers },
  });

describe("POST /api/sources", () => {
  it("stores a valid capture under a new id whose diagnosis can be loaded", async () => {
    const result = await acceptUpload(
      post(JSON.stringify(capture().restApi("a1").stage("prod").build()), {
        "x-capture-name": encodeURIComponent("prod\n<b>.json"),
      }),
    );
    expect(result.status).toBe(201);
    if (result.status !== 201) return;
    expect(result.body.href).toBe(`/diagnose/${result.body.id}`);
    const loaded = await loadDiagnosis(result.body.id);
    expect(loaded?.info).toMatchObject({ kind: "upload", label: "prod <b>.json" });
    expect(loaded?.diagnosis.apis[0].id).toBe("a1");
  });

  it.each([
    ["", "Capture is empty."],
    ["{", "Capture is not valid JSON"],
    ['{"kind":"x","version":1}', 'kind must be "log-doctor/capture"'],
  ])("answers 422 with the parser's reason for %j", async (body, error) => {
    const result = await acceptUpload(post(body));
    expect(result.status).toBe(422);
    expect(result.body).toEqual({ error: expect.stringContaining(error) });
  });

  it("answers a CloudTrail file with where it belongs, marked so the page can link the explainer", async () => {
    const result = await acceptUpload(
      post(JSON.stringify({ Records: [{ eventSource: "apigateway.amazonaws.com", eventName: "UpdateStage" }] })),
    );
    expect(result).toEqual({
      status: 422,
      body: {
        error: expect.stringMatching(
          /^This is a CloudTrail file, not a capture: open it in the CloudTrail explainer \(\/trail\)/,
        ),
        cloudTrail: true,
      },
    });
  });

  it.each([
    [
      "100,000 levels of nesting in a call",
      (json: string) => json.replace('"@hostile"', `${"[".repeat(100_000)}${"]".repeat(100_000)}`),
      /is nested more than 32 levels deep \(the nesting limit\)/,
    ],
    [
      "a listing of 2,000,000 items",
      (json: string) => json.replace('"@hostile"', `[${"0,".repeat(2_000_000)}0]`),
      /has a listing of 2,000,001 items, more than the limit of 50,000 per listing/,
    ],
    [
      "10,000 made-up regions",
      (json: string) =>
        json.replace(
          '"regions":["us-east-1"]',
          `"regions":${JSON.stringify(Array.from({ length: 10_000 }, (_, i) => `r${i}`))}`,
        ),
      /lists 10,000 regions, more than the limit of 64 regions/,
    ],
  ])("answers 422 naming the limit for %s, and stores nothing", async (_, hostile, error) => {
    const valid = capture().restApi("a1").stage("prod").build();
    valid.calls.find((call) => call.operation === "GetStages")!.output = { item: "@hostile" };
    const stored = () => readdirSync(path.join(dir, "sources")).length;
    const before = stored();
    const result = await acceptUpload(post(hostile(JSON.stringify(valid))));
    expect(result).toEqual({ status: 422, body: { error: expect.stringMatching(error) } });
    expect(stored()).toBe(before);
  });

  it("refuses bodies over the limit by their declared size, before reading them", async () => {
    const result = await acceptUpload(post("{}", { "content-length": String(101 * 1024 * 1024) }));
    expect(result).toEqual({ status: 413, body: { error: expect.stringContaining("at most 100 MB") } });
  });

  it("refuses a chunked upload over the limit once the limit is read, not after the whole body", async () => {
    const body = endlessBody(300 * 1024 * 1024);
    const result = await acceptUpload(
      chunkedPost("http://127.0.0.1:3000/api/sources", body.stream, {
        host: "127.0.0.1:3000",
        origin: "http://127.0.0.1:3000",
      }),
    );
    expect(result).toEqual({ status: 413, body: { error: "The file is too large: captures can be at most 100 MB." } });
    expect(body.pulled()).toBeLessThanOrEqual(MAX_CAPTURE_BYTES + 64 * 1024);
  });

  it("refuses uploads from other sites", async () => {
    expect((await acceptUpload(post("{}", { origin: "https://evil.example" }))).status).toBe(403);
    expect((await acceptUpload(post("{}", { "sec-fetch-site": "cross-site" }))).status).toBe(403);
  });
});
