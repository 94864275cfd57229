import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectCapture } from "../../lib/aws/collect";
import { startReplayServer, type ReplayServer } from "../../lib/aws/replay/server";
import { searchLogs } from "../../lib/aws/search-logs";
import { unthrottledQuotas } from "../../testing/aws/unthrottled-quotas";
import type { Capture, CaptureCall } from "../../lib/capture/schema";
import { CAPTURED_AT, capture, capturedAtMs, HOUR } from "../../testing/capture-builder";
import type { ReplayFaults } from "../../lib/aws/replay/faults";
import type { CliIo } from "../io";
import { runCli } from "../testing/run-cli";
import { findRequestCommand } from "./find-request";

const region = "us-east-1";
const apiId = "a1b2c3d4e5";
const id = "3f5c7a2e-1b2c-4d5e-8f90-123456789abc";
const executionGroup = `API-Gateway-Execution-Logs_${apiId}/prod`;
const accessGroup = `/aws/apigateway/${apiId}/prod`;
const format =
  '{"requestId":"$context.requestId","status":"$context.status","responseType":"$context.error.responseType"}';

function filterPage(group: string, messages: string[]): CaptureCall {
  return {
    service: "cloudwatch-logs",
    region,
    operation: "FilterLogEvents",
    input: {
      logGroupName: group,
      filterPattern: `"${id}"`,
      startTime: capturedAtMs - 24 * HOUR,
      endTime: capturedAtMs,
    },
    output: {
      events: messages.map((message, i) => ({
        eventId: `${group}-${i}`,
        timestamp: capturedAtMs - HOUR,
        logStreamName: "stream-1",
        message,
      })),
      searchedLogStreams: [],
    },
  };
}

/** What the one-API scan of the runbook asks for, recorded as AWS answers it, plus the two searches. */
function recorded(): Capture {
  const builder = capture();
  return builder
    .restApi(apiId, { name: "pets" })
    .stage("prod", { access: { destinationArn: builder.logGroupArn(region, accessGroup), format } })
    .call({
      service: "apigateway",
      region,
      operation: "GetRestApi",
      input: { restApiId: apiId },
      output: { id: apiId, name: "pets" },
    })
    .logGroups(region, executionGroup, [executionGroup])
    .logGroups(region, accessGroup, [accessGroup])
    .call(filterPage(executionGroup, []))
    .call(
      filterPage(accessGroup, [
        JSON.stringify({ requestId: id, status: "403", responseType: "MISSING_AUTHENTICATION_TOKEN" }),
      ]),
    )
    .build();
}

function io() {
  let stdout = "";
  let stderr = "";
  const value: CliIo = {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    env: {},
  };
  return { io: value, out: () => stdout, err: () => stderr };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "find-request-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The live command against the replay server, with the real SDK clients, collector and searches. */
async function runLive(faults: ReplayFaults | undefined, extra: Record<string, unknown>) {
  const server: ReplayServer = await startReplayServer({ capture: recorded(), faults });
  const clientOverrides = {
    endpoint: server.url,
    credentials: { accessKeyId: "AKIDREPLAY", secretAccessKey: "replay" },
    maxAttempts: 2,
  };
  const tuning = { retryBaseDelayMs: 1, retryMaxDelayMs: 5, quotas: unthrottledQuotas };
  const command = findRequestCommand({
    collect: () => (options) =>
      collectCapture({ ...options, now: () => new Date(CAPTURED_AT), clientOverrides, tuning }),
    search: (_profile, searches) => searchLogs({ searches, clientOverrides, tuning }),
    now: () => capturedAtMs,
  });
  const t = io();
  try {
    const code = await command.run({ region, api: apiId, stage: "prod", requestId: id, ...extra }, [], t.io);
    return { code, stdout: t.out(), server };
  } finally {
    await server.stop();
  }
}

describe("log-doctor find-request", () => {
  it("scans the one API, searches both groups, explains the 403, and replays the same answer from --out", async () => {
    const out = join(dir, "found.capture.json");
    const live = await runLive(undefined, { out });
    expect(live.code).toBe(0);
    expect(live.server.stats.calls["cloudwatch-logs:FilterLogEvents"]).toBe(2);
    expect(live.stdout).toContain(`Request ${id}`);
    expect(live.stdout).toContain("FOUND in access logs.");
    expect(live.stdout).toMatch(
      /Execution logs: not found\n {2}log group API-Gateway-Execution-Logs_a1b2c3d4e5\/prod \(us-east-1\)/,
    );
    expect(live.stdout).toMatch(/requestId=3f5c7a2e-1b2c-4d5e-8f90-123456789abc status=403/);
    expect(live.stdout).toMatch(/403 MISSING_AUTHENTICATION_TOKEN/);
    expect(live.stdout.split("\n").filter((line) => line.length > 80)).toEqual([]);

    const replayed = await runCli([
      "find-request",
      "--region",
      region,
      "--api",
      apiId,
      "--stage",
      "prod",
      "--request-id",
      `x-amzn-RequestId: ${id}`,
      "--capture",
      out,
    ]);
    expect(replayed).toEqual({ code: 0, stdout: live.stdout, stderr: "" });

    const json = await runCli([
      "find-request",
      "--region",
      region,
      "--api",
      apiId,
      "--stage",
      "prod",
      "--request-id",
      id,
      "--capture",
      out,
      "--format",
      "json",
    ]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({
      requestId: id,
      found: true,
      kinds: [
        { kind: "execution", status: "absent" },
        { kind: "access", status: "found" },
      ],
    });
  });

  it("says 'could not search' and names the permission when FilterLogEvents is denied (exit 1)", async () => {
    const live = await runLive({ accessDenied: [{ service: "cloudwatch-logs", operation: "FilterLogEvents" }] }, {});
    expect(live.code).toBe(1);
    expect(live.stdout).toContain("NOT FOUND in any log of this stage.");
    expect(live.stdout).toMatch(/Execution logs: could not search/);
    expect(live.stdout.replace(/\s+/g, " ")).toMatch(
      /not allowed logs:FilterLogEvents on API-Gateway-Execution-Logs_a1b2c3d4e5\/prod/,
    );
  });

  it("names the stages when the stage does not exist", async () => {
    const live = runLive(undefined, { stage: "prdo" });
    await expect(live).rejects.toThrow('API a1b2c3d4e5 has no stage "prdo"; its stages: prod');
  });

  it.each([
    [["--request-id", "?ERROR"], "is not an API Gateway request id"],
    [["--request-id", id, "--since", "2 hours"], '--since "2 hours" is not a duration from 1m to 30d'],
    [["--request-id", id, "--since", "45d"], "is not a duration from 1m to 30d"],
    [
      ["--request-id", id, "--capture", "fixtures/01-healthy-rest-delivered.capture.json", "--since", "1h"],
      "drop --since",
    ],
    [
      ["--request-id", id, "--capture", "fixtures/01-healthy-rest-delivered.capture.json", "--region", "eu-west-3"],
      "the capture has no API a1b2c3d4e5 in eu-west-3",
    ],
    [
      ["--request-id", id, "--capture", "fixtures/01-healthy-rest-delivered.capture.json", "--stage", "prdo"],
      'API a1b2c3d4e5 has no stage "prdo"; its stages: prod',
    ],
    [["--request-id", id, "--capture", "no/such.json"], "no/such.json: no such file"],
  ])("refuses %j with exit code 2 and one line", async (args, message) => {
    const run = await runCli(["find-request", "--region", region, "--api", apiId, "--stage", "prod", ...args]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });
});
