import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoProbe } from "../../sources/demo-account/demo-log-content";
import type { ProbeRequest, ProbeResponse } from "../send-probe";
import type { ProbeEvent } from "./probe-route";
import { probeRoute } from "./probe-route";

let dir: string;
const previous = process.env.LOG_DOCTOR_DATA_DIR;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "probe-route-"));
  process.env.LOG_DOCTOR_DATA_DIR = dir;
});
afterAll(() => {
  if (previous === undefined) delete process.env.LOG_DOCTOR_DATA_DIR;
  else process.env.LOG_DOCTOR_DATA_DIR = previous;
  rmSync(dir, { recursive: true, force: true });
});

const base = "http://127.0.0.1:4010";
const url = `${base}/prod/log-doctor-probe`;
const env = { LOG_DOCTOR_PROBE_BASE_URL: base, LOG_DOCTOR_PROBE_WAIT_S: "20" };

function post(body: unknown, headers: Record<string, string> = {}): Request {
  return new Request("http://127.0.0.1:3000/api/probe", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      host: "127.0.0.1:3000",
      origin: "http://127.0.0.1:3000",
      "sec-fetch-site": "same-origin",
      ...headers,
    },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

/** The route on a clock that sleeping advances, with a fake API answering the demo's recorded probe id. */
async function probe(
  body: Record<string, unknown>,
  options: { env?: Record<string, string>; headers?: Record<string, string>; answer?: Partial<ProbeResponse> } = {},
) {
  const sent: ProbeRequest[] = [];
  let clock = 1_000_000;
  const response = await probeRoute(
    post({ source: "demo", ...demoProbe, confirmed: true, url, ...body }, options.headers),
    {
      env: options.env ?? env,
      now: () => clock,
      sleep: async (ms) => void (clock += ms),
      sendRequest: async (request) => {
        sent.push(request);
        return {
          status: 403,
          requestId: { id: demoProbe.requestId, form: "request-id", header: "x-amzn-requestid" },
          extendedRequestId: null,
          bodyStart: '{"message":"Missing Authentication Token"}',
          ...options.answer,
        };
      },
      search: () => Promise.reject(new Error("a live FilterLogEvents for the demo")),
    },
  );
  const text = await response.text();
  const events = response.headers.get("content-type")?.startsWith("application/x-ndjson")
    ? text
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line) as ProbeEvent)
    : [];
  return {
    status: response.status,
    json: events.length ? null : (JSON.parse(text) as { error: string }),
    events,
    sent,
    waited: clock - 1_000_000,
  };
}

describe("POST /api/probe on the demo account with a fake API", () => {
  it("sends the one request the page showed, then reports the access line after ~2 s and why the execution line never comes", async () => {
    const run = await probe({});
    expect(run.status).toBe(200);
    expect(run.sent).toEqual([{ method: "GET", url, timeoutMs: 10_000 }]);
    expect(run.events[0]).toMatchObject({ type: "sent", status: 403, requestId: demoProbe.requestId });
    expect(run.events.filter((e) => e.type === "watching").length).toBeGreaterThan(1);
    const done = run.events.at(-1) as Extract<ProbeEvent, { type: "done" }>;
    expect(done.type).toBe("done");
    expect(done.summary).toMatch(
      /^access: arrived after ~2 s; execution: not arrived — The access log shows 403 .*Missing Authentication Token/,
    );
    expect(done.kinds.map((k) => [k.kind, k.status, k.lines.length])).toEqual([
      ["access", "arrived", 1],
      ["execution", "not-arrived", 0],
    ]);
    // The whole wait, on the fake clock: the execution line never comes.
    expect(run.waited).toBe(20_000);
  });

  it("says so when the answer carries no request id, and searches nothing", async () => {
    const run = await probe({}, { answer: { status: 200, requestId: null } });
    expect(run.events.map((e) => e.type)).toEqual(["sent", "failed"]);
    expect((run.events[1] as { message: string }).message).toMatch(/did not come from API Gateway/);
  });
});

describe("refusals, before anything is sent", () => {
  it.each([
    [{ confirmed: false }, {}, 400, /only when confirmed/],
    [{ url: "https://elsewhere.example/x" }, env, 409, /out of date/],
    [{ source: "runbook" }, {}, 400, /stage page only/],
    [{ stage: "prdo" }, env, 404, /has no stage "prdo"/],
    [{}, { LOG_DOCTOR_PROBE_WAIT_S: "20" }, 409, /Not available for the demo account: it is a recording/],
    [{}, { LOG_DOCTOR_PROBE_BASE_URL: "file:///etc" }, 409, /must be an http\(s\) URL/],
  ])("%j with %j → %i", async (body, runEnv, status, message) => {
    const run = await probe(body, { env: runEnv });
    expect(run.status).toBe(status);
    expect(run.json?.error).toMatch(message);
    expect(run.sent).toEqual([]);
  });

  it("refuses another site, and a body that is not JSON or too large", async () => {
    expect(
      (await probe({}, { headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" } })).status,
    ).toBe(403);
    const send = (body: string) =>
      probeRoute(post(body), { env, sendRequest: () => Promise.reject(new Error("sent")) });
    expect((await send("{")).status).toBe(400);
    expect((await send(JSON.stringify({ pad: "x".repeat(10_000) }))).status).toBe(413);
  });
});
