import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoRequests } from "../../sources/demo-account/demo-log-content";
import type { FindRequestAnswer, LatestEventsAnswer } from "./log-requests";
import { findRequestRoute, latestEventsRoute } from "./log-requests";

let dir: string;
const previous = process.env.LOG_DOCTOR_DATA_DIR;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "log-requests-"));
  process.env.LOG_DOCTOR_DATA_DIR = dir;
});
afterAll(() => {
  if (previous === undefined) delete process.env.LOG_DOCTOR_DATA_DIR;
  else process.env.LOG_DOCTOR_DATA_DIR = previous;
  rmSync(dir, { recursive: true, force: true });
});

/** A request from Log Doctor's own page (the browser sets these headers). */
function post(url: string, body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`http://127.0.0.1:3000${url}`, {
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

/** Live reads must never happen for the demo: these fail the test if called. */
const noLiveReads = {
  search: () => Promise.reject(new Error("a live FilterLogEvents for the demo")),
  readLatest: () => Promise.reject(new Error("a live GetLogEvents for the demo")),
};

const find = (body: Record<string, unknown>, headers?: Record<string, string>) =>
  findRequestRoute(post("/api/find-request", { source: "demo", ...body }, headers), noLiveReads);

describe("POST /api/find-request on the demo account", () => {
  it("finds the request logged in both logs", async () => {
    const { status, body } = await find(demoRequests.foundInBoth);
    expect(status).toBe(200);
    const { result, note } = body as FindRequestAnswer;
    expect(result.found).toBe(true);
    expect(result.kinds.map((k) => [k.kind, k.status, k.lines.length])).toEqual([
      ["execution", "found", 4],
      ["access", "found", 1],
    ]);
    expect(note).toMatch(/recorded log events; no AWS account is used/);
  });

  it("finds the 403 in the access log only and says why execution logs lack it", async () => {
    const { result } = (
      await find({
        ...demoRequests.forbiddenAccessOnly,
        requestId: `x-amzn-RequestId: ${demoRequests.forbiddenAccessOnly.requestId.toUpperCase()}`,
      })
    ).body as FindRequestAnswer;
    expect(result.kinds.map((k) => [k.kind, k.status])).toEqual([
      ["execution", "absent"],
      ["access", "found"],
    ]);
    expect(result.kinds[0].why[0]).toMatch(
      /access log shows 403 .*Missing Authentication Token.*execution logs never record it/,
    );
  });

  it("explains the request found nowhere by the deleted role", async () => {
    const { result } = (await find(demoRequests.absentRoleDeleted)).body as FindRequestAnswer;
    expect(result.found).toBe(false);
    expect(result.kinds.every((k) => k.status === "absent")).toBe(true);
    for (const kind of result.kinds)
      expect(kind.why.join(" ")).toMatch(/no role named LegacyApiGatewayLogsRole .* it was deleted/);
    expect(result.elsewhere.join(" ")).toMatch(/another stage, API or region/);
  });

  it("shows the newest events of each log kind with their age as of the recording", async () => {
    const { status, body } = await latestEventsRoute(
      post("/api/latest-events", { source: "demo", ...demoRequests.foundInBoth }),
      noLiveReads,
    );
    expect(status).toBe(200);
    const { kinds } = body as LatestEventsAnswer;
    expect(kinds.map((k) => [k.kind, k.status, Math.round(k.events.at(-1)!.ageMs! / 60_000)])).toEqual([
      ["execution", "events", 12],
      ["access", "events", 6],
    ]);
  });
});

describe("bad input gets a clear message, and nothing is read", () => {
  it.each([
    [{ ...demoRequests.foundInBoth, requestId: "?ERROR" }, 400, /is not an API Gateway request id/],
    [{ ...demoRequests.foundInBoth, requestId: "" }, 400, /is not an API Gateway request id/],
    [{ ...demoRequests.foundInBoth, since: "45d" }, 400, /"45d" is not a window from 1m to 30d/],
    [{ ...demoRequests.foundInBoth, stage: "prod; rm" }, 400, /^stage is not a stage name$/],
    [{ ...demoRequests.foundInBoth, region: "mars-1" }, 400, /^region is not an AWS region name$/],
    [{ ...demoRequests.foundInBoth, stage: "prdo" }, 404, /has no stage "prdo"/],
    [{ ...demoRequests.foundInBoth, source: "AAAAAAAAAAAAAAAAAAAAAA" }, 404, /no longer available/],
    [{ ...demoRequests.foundInBoth, source: "../etc" }, 400, /not a diagnosis id/],
  ])("%j → %i", async (body, status, message) => {
    const answer = await find(body);
    expect(answer.status).toBe(status);
    expect((answer.body as { error: string }).error).toMatch(message);
  });

  it("refuses a request from another site before reading it", async () => {
    const answer = await find(demoRequests.foundInBoth, {
      origin: "https://evil.example",
      "sec-fetch-site": "cross-site",
    });
    expect(answer).toEqual({ status: 403, body: { error: "Logs can be searched from Log Doctor's own pages only." } });
  });

  it("refuses a body that is not JSON or too large", async () => {
    expect((await findRequestRoute(post("/api/find-request", "{"), noLiveReads)).status).toBe(400);
    expect(
      (await findRequestRoute(post("/api/find-request", JSON.stringify({ pad: "x".repeat(10_000) })), noLiveReads))
        .status,
    ).toBe(413);
  });
});
