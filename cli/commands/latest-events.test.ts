import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectCapture } from "../../lib/aws/collect";
import { readLatestEvents } from "../../lib/aws/latest-events";
import type { ReplayFaults } from "../../lib/aws/replay/faults";
import { startReplayServer } from "../../lib/aws/replay/server";
import { unthrottledQuotas } from "../../testing/aws/unthrottled-quotas";
import type { Capture, CaptureCall } from "../../lib/capture/schema";
import { CAPTURED_AT, capture, capturedAtMs } from "../../testing/capture-builder";
import type { CliIo } from "../io";
import { runCli } from "../testing/run-cli";
import { latestEventsCommand } from "./latest-events";

const region = "us-east-1";
const apiId = "a1b2c3d4e5";
const executionGroup = `API-Gateway-Execution-Logs_${apiId}/prod`;
const accessGroup = `/aws/apigateway/${apiId}/prod`;
const MINUTE = 60_000;

function getLogEvents(group: string, ages: number[]): CaptureCall {
  return {
    service: "cloudwatch-logs",
    region,
    operation: "GetLogEvents",
    input: { logGroupName: group, logStreamName: "s1", limit: 5, startFromHead: false },
    output: {
      events: ages.map((age) => ({
        timestamp: capturedAtMs - age,
        message: `(3f5c) event ${age / MINUTE} min old`,
        ingestionTime: capturedAtMs - age + 1000,
      })),
    },
  };
}

/** The runbook's one-API scan, with the execution group's newest stream, and an access group that has none. */
function recorded(): Capture {
  return capture()
    .restApi(apiId, { name: "pets" })
    .stage("prod")
    .call({
      service: "apigateway",
      region,
      operation: "GetRestApi",
      input: { restApiId: apiId },
      output: { id: apiId, name: "pets" },
    })
    .logGroups(region, executionGroup, [executionGroup])
    .logGroups(region, accessGroup, [accessGroup])
    .newestEvent(region, executionGroup, 2 * MINUTE)
    .newestEvent(region, accessGroup, null)
    .call(getLogEvents(executionGroup, [9 * MINUTE, 2 * MINUTE]))
    .build();
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "latest-events-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function runLive(faults: ReplayFaults | undefined, extra: Record<string, unknown> = {}) {
  const server = await startReplayServer({ capture: recorded(), faults });
  const clientOverrides = {
    endpoint: server.url,
    credentials: { accessKeyId: "AKIDREPLAY", secretAccessKey: "replay" },
    maxAttempts: 2,
  };
  const tuning = { retryBaseDelayMs: 1, retryMaxDelayMs: 5, quotas: unthrottledQuotas };
  const command = latestEventsCommand({
    collect: () => (options) =>
      collectCapture({ ...options, now: () => new Date(CAPTURED_AT), clientOverrides, tuning }),
    read: (_profile, requests) => readLatestEvents({ requests, clientOverrides, tuning }),
    now: () => capturedAtMs,
  });
  let stdout = "";
  const io: CliIo = { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: () => undefined }, env: {} };
  try {
    const code = await command.run({ region, api: apiId, stage: "prod", ...extra }, [], io);
    return { code, stdout, calls: server.stats.calls };
  } finally {
    await server.stop();
  }
}

describe("log-doctor latest-events", () => {
  it("shows each kind's newest events with their age, newest first, and replays the same from --out", async () => {
    const out = join(dir, "latest.capture.json");
    const live = await runLive(undefined, { out });
    expect(live.code).toBe(0);
    // Only groups with a newest stream are read: one GetLogEvents, none for the empty access group.
    expect(live.calls["cloudwatch-logs:GetLogEvents"]).toBe(1);
    expect(live.stdout).toContain(
      "Execution logs: newest events, the newest 2 min ago\n  log group API-Gateway-Execution-Logs_a1b2c3d4e5/prod, stream s1\n",
    );
    expect(live.stdout.indexOf("event 2 min old")).toBeLessThan(live.stdout.indexOf("event 9 min old"));
    expect(live.stdout).toMatch(/2026-11-22 09:58:00Z {2}s1 {2}\(2 min ago\)/);
    expect(live.stdout).toContain("Access logs: no events\n");
    expect(live.stdout).toContain("The group has no log streams: nothing has been written to it yet.");
    expect(live.stdout.split("\n").every((line) => line.length <= 80)).toBe(true);

    const replayed = await runCli([
      "latest-events",
      "--region",
      region,
      "--api",
      apiId,
      "--stage",
      "prod",
      "--capture",
      out,
    ]);
    expect(replayed).toEqual({ code: 0, stdout: live.stdout, stderr: "" });
  });

  it("says which permission is missing when GetLogEvents is denied (exit 1)", async () => {
    const live = await runLive({ accessDenied: [{ service: "cloudwatch-logs", operation: "GetLogEvents" }] });
    expect(live.code).toBe(1);
    expect(live.stdout.replace(/\s+/g, " ")).toContain(
      "Execution logs: could not read log group API-Gateway-Execution-Logs_a1b2c3d4e5/prod, stream s1 - Could not read: these credentials are not allowed logs:GetLogEvents",
    );
  });

  it("refuses a malformed stage with exit code 2", async () => {
    const run = await runCli([
      "latest-events",
      "--region",
      region,
      "--api",
      apiId,
      "--stage",
      "../x",
      "--capture",
      "fixtures/01-healthy-rest-delivered.capture.json",
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--stage "../x" is not a stage name');
  });
});
