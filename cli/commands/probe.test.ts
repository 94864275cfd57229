import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { collectCapture } from "../../lib/aws/collect";
import { startReplayServer } from "../../lib/aws/replay/server";
import { searchLogs } from "../../lib/aws/search-logs";
import { unthrottledQuotas } from "../../testing/aws/unthrottled-quotas";
import type { Capture, CaptureCall } from "../../lib/capture/schema";
import { CAPTURED_AT, capture, capturedAtMs, type CaptureBuilder } from "../../testing/capture-builder";
import type { CliIo } from "../io";
import { runCli } from "../testing/run-cli";
import { probeCommand, type ProbeDeps } from "./probe";

const region = "us-east-1";
const apiId = "a1b2c3d4e5";
const id = "7d1e4b2a-9c3f-4e8d-a5b6-0f1e2d3c4b5a";
const executionGroup = `API-Gateway-Execution-Logs_${apiId}/prod`;
const accessGroup = `/aws/apigateway/${apiId}/prod`;
const format =
  '{"requestId":"$context.requestId","status":"$context.status","responseType":"$context.error.responseType"}';
const MINUTE = 60_000;

/** A recorded search whose window covers the whole probe: the replay server narrows it to each poll's window. */
function search(group: string, events: { at: number; message: string }[]): CaptureCall {
  return {
    service: "cloudwatch-logs",
    region,
    operation: "FilterLogEvents",
    input: {
      logGroupName: group,
      filterPattern: `"${id}"`,
      startTime: capturedAtMs - 10 * MINUTE,
      endTime: capturedAtMs + 10 * MINUTE,
    },
    output: {
      events: events.map((e, i) => ({
        eventId: `${group}-${i}`,
        timestamp: e.at,
        logStreamName: "stream-1",
        message: e.message,
      })),
      searchedLogStreams: [],
    },
  };
}

/**
 * The Must-show: the region's logging role was deleted; the access line of the probe shows up 2 s after it was
 * sent, the execution line never.
 */
function roleDeleted(build: (b: CaptureBuilder) => CaptureBuilder = (b) => b): Capture {
  const builder = capture({ role: { missing: true } });
  return build(
    builder
      .restApi(apiId, { name: "pets" })
      .stage("prod", { access: { destinationArn: builder.logGroupArn(region, accessGroup), format } })
      .call({
        service: "apigateway",
        region,
        operation: "GetRestApi",
        input: { restApiId: apiId },
        output: { id: apiId, name: "pets", endpointConfiguration: { types: ["REGIONAL"] } },
      })
      .logGroups(region, executionGroup, [executionGroup])
      .logGroups(region, accessGroup, [accessGroup])
      .call(search(executionGroup, []))
      .call(
        search(accessGroup, [
          { at: capturedAtMs + 2000, message: JSON.stringify({ requestId: id, status: "200", responseType: "-" }) },
        ]),
      ),
  ).build();
}

let fake: Server | undefined;
afterEach(async () => {
  fake?.closeAllConnections();
  await new Promise((resolve) => (fake ? fake.close(resolve) : resolve(undefined)));
  fake = undefined;
});

/** A local fake API: answers every request 200 with the request id header API Gateway sends. */
async function fakeApi(): Promise<{ base: string; requests: string[] }> {
  const requests: string[] = [];
  lastRequests = requests;
  fake = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(200, { "x-amzn-RequestId": id, "content-type": "application/json" });
    res.end('{"ok":true}');
  });
  await new Promise<void>((resolve) => fake!.listen(0, "127.0.0.1", resolve));
  return { base: `http://127.0.0.1:${(fake.address() as AddressInfo).port}`, requests };
}

function io(env: Record<string, string | undefined>) {
  let stdout = "";
  const value: CliIo = { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: () => undefined }, env };
  return { io: value, out: () => stdout };
}

/** The live command against the replay server and the fake API, on a clock that sleeping advances: no real waiting. */
async function runProbe(recorded: Capture, options: Record<string, unknown>, extra: Partial<ProbeDeps> = {}) {
  const api = await fakeApi();
  const server = await startReplayServer({ capture: recorded });
  const clientOverrides = {
    endpoint: server.url,
    credentials: { accessKeyId: "AKIDREPLAY", secretAccessKey: "replay" },
    maxAttempts: 2,
  };
  const tuning = { retryBaseDelayMs: 1, retryMaxDelayMs: 5, quotas: unthrottledQuotas };
  let clock = capturedAtMs;
  const sleeps: number[] = [];
  const command = probeCommand({
    collect: () => (o) => collectCapture({ ...o, now: () => new Date(CAPTURED_AT), clientOverrides, tuning }),
    search: (_profile, searches) => searchLogs({ searches, clientOverrides, tuning }),
    now: () => clock,
    sleep: async (ms) => {
      sleeps.push(ms);
      clock += ms;
    },
    interactive: false,
    ...extra,
  });
  const t = io({ LOG_DOCTOR_PROBE_BASE_URL: api.base });
  try {
    const code = await command.run({ region, api: apiId, stage: "prod", ...options }, [], t.io);
    return {
      code,
      stdout: t.out(),
      requests: api.requests,
      filterCalls: server.stats.calls["cloudwatch-logs:FilterLogEvents"] ?? 0,
      sleeps,
    };
  } finally {
    await server.stop();
  }
}

const flat = (text: string) => text.replace(/\s+/g, " ");

describe("log-doctor probe", () => {
  it("sends one request, sees the access line after ~2 s and says why the execution line never came: the role was deleted", async () => {
    const run = await runProbe(roleDeleted(), { yes: true, path: "/pets", wait: "20" });
    expect(run.requests).toEqual(["GET /prod/pets"]);
    expect(run.stdout).toMatch(/^Log Doctor will send ONE request to your API/);
    expect(flat(run.stdout)).toContain(`GET ${"http://127.0.0.1:"}`);
    expect(flat(run.stdout)).toContain("no credentials, no AWS signature and no body");
    expect(flat(run.stdout)).toContain(`Answer: HTTP 200, request id ${id} (x-amzn-requestid)`);
    expect(flat(run.stdout)).toContain(
      "access: arrived after ~2 s; execution: not arrived — The diagnosis says this stage's execution logs are missing:",
    );
    expect(flat(run.stdout)).toMatch(
      /execution: not arrived — [^;]*IAM has no role named apigw-logs \(GetRole: NoSuchEntity\) — it was deleted/,
    );
    expect(run.stdout.split("\n").filter((line) => line.length > 80)).toEqual([]);
    // The whole 20 s wait was spent on the clock, not in real time, and only the execution group was searched after the access line came.
    expect(run.sleeps.reduce((a, b) => a + b, 0)).toBe(20_000);
    expect(run.filterCalls).toBe(run.sleeps.length + 1);
    expect(run.code).toBe(1);
  });

  it("says the default path proves the access-log chain only", async () => {
    const run = await runProbe(roleDeleted(), { yes: true, wait: "10" });
    expect(run.requests).toEqual(["GET /prod/log-doctor-probe"]);
    expect(flat(run.stdout)).toContain(
      "this proves the access-log chain only; execution logs need a path that reaches a method (--path)",
    );
    expect(flat(run.stdout)).toContain("WebSocket APIs and private APIs are not supported.");
  });

  it("sends nothing when the user says no", async () => {
    const run = await runProbe(roleDeleted(), {}, { interactive: true, confirm: async () => false });
    expect(run.requests).toEqual([]);
    expect(run.filterCalls).toBe(0);
    expect(run.stdout).toContain("Nothing sent.");
    expect(run.code).toBe(1);
  });

  it("sends after the user says yes", async () => {
    let asked = "";
    const run = await runProbe(
      roleDeleted(),
      { wait: "10" },
      { interactive: true, confirm: async (q) => ((asked = q), true) },
    );
    expect(asked).toBe("Send it? [y/N] ");
    expect(run.requests).toHaveLength(1);
  });

  it("refuses a private API before sending anything", async () => {
    const recorded = roleDeleted();
    const getRestApi = recorded.calls.find((c) => c.operation === "GetRestApi")!;
    getRestApi.output = { id: apiId, name: "pets", endpointConfiguration: { types: ["PRIVATE"] } };
    await expect(runProbe(recorded, { yes: true })).rejects.toThrow("Private APIs are not supported");
    expect(fakeRequests()).toEqual([]);
  });

  it.each([
    [["--yes", "--method", "POST"], "a probe sends only GET, HEAD, OPTIONS"],
    [["--yes", "--path", "pets"], "is not a URL path"],
    [["--yes", "--wait", "5"], '--wait "5" is not a number of seconds from 10 to 900'],
    [[], "needs your consent: add --yes"],
  ])("refuses %j with exit code 2 and one line, before any AWS call", async (args, message) => {
    const run = await runCli(["probe", "--region", region, "--api", apiId, "--stage", "prod", ...args]);
    expect(run).toMatchObject({ code: 2, stdout: "" });
    expect(run.stderr).toContain(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });
});

let lastRequests: string[] = [];
function fakeRequests(): string[] {
  return lastRequests;
}
