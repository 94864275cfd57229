import { afterEach, describe, expect, it } from "vitest";
import type { Capture, CaptureCall } from "../capture/schema";
import { CallIndex } from "../model/call-index";
import { readLogSearch } from "../model/read-log-search";
import { notRecordedErrorName, startReplayServer, type ReplayServer } from "./replay/server";
import { searchLogs, type LogSearch } from "./search-logs";
import { unthrottledQuotas } from "../../testing/aws/unthrottled-quotas";

const region = "eu-west-1";
const T = Date.parse("2026-12-04T09:00:00Z");
const HOUR = 3_600_000;
const pattern = '"3f5c7a2e-1b2c-4d5e-8f90-123456789abc"';
const recordedWindow = { startTime: T - 3 * HOUR, endTime: T };

function page(group: string, events: number[], extra: { token?: string; next?: string } = {}): CaptureCall {
  return {
    service: "cloudwatch-logs",
    region,
    operation: "FilterLogEvents",
    input: {
      logGroupName: group,
      filterPattern: pattern,
      ...recordedWindow,
      ...(extra.token ? { nextToken: extra.token } : {}),
    },
    output: {
      events: events.map((time, i) => ({
        eventId: `${group}-${time}-${i}`,
        timestamp: time,
        logStreamName: "s1",
        message: `(${pattern.slice(1, -1)}) line at ${time}`,
        ingestionTime: time + 500,
      })),
      searchedLogStreams: [],
      ...(extra.next ? { nextToken: extra.next } : {}),
    },
  };
}

const endless = Array.from({ length: 12 }, (_, i) =>
  page("busy", [], { token: i === 0 ? undefined : `t${i}`, next: `t${i + 1}` }),
);
const capture: Capture = {
  kind: "log-doctor/capture",
  version: 1,
  capturedAt: "2026-12-04T09:00:00Z",
  partition: "aws",
  regions: [region],
  calls: [
    page("exec", [T - 2.5 * HOUR], { next: "p2" }),
    page("exec", [T - HOUR], { token: "p2" }),
    {
      service: "cloudwatch-logs",
      region,
      operation: "FilterLogEvents",
      input: { logGroupName: "denied", filterPattern: pattern, ...recordedWindow },
      error: { name: "AccessDeniedException", message: "User is not authorized to perform: logs:FilterLogEvents" },
    },
    ...endless,
  ],
};

let server: ReplayServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

async function search(searches: LogSearch[], maxPages?: number): Promise<CaptureCall[]> {
  server = await startReplayServer({ capture });
  return searchLogs({
    searches,
    maxPages,
    clientOverrides: {
      endpoint: server.url,
      credentials: { accessKeyId: "AKIDREPLAY", secretAccessKey: "replay" },
      maxAttempts: 2,
    },
    tuning: { retryBaseDelayMs: 1, retryMaxDelayMs: 5, quotas: unthrottledQuotas },
  });
}

const lastTwoHours = (logGroupName: string): LogSearch => ({
  region,
  logGroupName,
  filterPattern: pattern,
  startTime: T - 2 * HOUR,
  endTime: T,
});

describe("searchLogs through the replay server and the real SDK", () => {
  it("follows pages, keeps only the events of the asked window, and records every page", async () => {
    const calls = await search([lastTwoHours("exec")]);
    expect(calls.map((c) => c.input.nextToken ?? null)).toEqual([null, "p2"]);
    expect(calls[0].input).toMatchObject({
      logGroupName: "exec",
      filterPattern: pattern,
      startTime: T - 2 * HOUR,
      endTime: T,
    });
    const answer = readLogSearch(new CallIndex({ ...capture, calls }), region, "exec", pattern);
    expect(answer).toMatchObject({ state: "searched", complete: true, pages: 2 });
    if (answer.state === "searched") expect(answer.events.map((e) => e.timestamp)).toEqual([T - HOUR]);
  });

  it("records AccessDenied as the search's error", async () => {
    const calls = await search([lastTwoHours("denied")]);
    expect(calls).toHaveLength(1);
    expect(calls[0].error?.name).toBe("AccessDeniedException");
  });

  it("stops after the page bound and leaves the token that says it stopped early", async () => {
    const calls = await search([lastTwoHours("busy")], 3);
    expect(calls).toHaveLength(3);
    expect(readLogSearch(new CallIndex({ ...capture, calls }), region, "busy", pattern)).toMatchObject({
      state: "searched",
      complete: false,
      pages: 3,
    });
  });

  it("does not answer a window reaching outside the recorded one", async () => {
    const calls = await search([{ ...lastTwoHours("exec"), startTime: T - 4 * HOUR }]);
    expect(calls[0].error?.name).toBe(notRecordedErrorName);
  });

  it("refuses a page bound below 1", async () => {
    await expect(searchLogs({ searches: [], maxPages: 0 })).rejects.toThrow(/maxPages/);
  });
});
