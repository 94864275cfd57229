import { describe, expect, it } from "vitest";
import type { CaptureCall } from "../../lib/capture/schema";
import { collectCapture } from "../../lib/aws/collect";
import { startReplayServer } from "../../lib/aws/replay/server";
import { generateAccountCapture } from "./generated-account";
import { unthrottledQuotas } from "./unthrottled-quotas";

const now = new Date("2026-11-22T10:00:00Z");

function key(call: CaptureCall): string {
  return JSON.stringify([call.service, call.region ?? null, call.operation, call.input]);
}

describe("generated account", () => {
  it("holds exactly the calls a full scan makes, pages included, so a bench scan runs without gaps", async () => {
    // 45 REST + 15 WebSocket prod stages: two pages of execution log groups; 105 v2 APIs: two pages of GetApis.
    const capture = generateAccountCapture({
      regions: ["us-east-1", "eu-west-1"],
      rest: 45,
      http: 90,
      websocket: 15,
      stagesPerApi: 3,
      domainsPerRegion: 2,
      now,
      lookbackDays: 30,
    });
    const server = await startReplayServer({ capture });
    try {
      const collected = await collectCapture({
        regions: capture.regions,
        now: () => now,
        lookbackDays: 30,
        clientOverrides: {
          endpoint: server.url,
          credentials: { accessKeyId: "AKIDBENCH", secretAccessKey: "bench" },
          maxAttempts: 2,
        },
        tuning: { quotas: unthrottledQuotas, retryBaseDelayMs: 1 },
      });
      expect(collected.calls.filter((call) => call.error)).toEqual([]);
      expect(collected.calls.map(key).sort()).toEqual(capture.calls.map(key).sort());
      expect(collected.calls.filter((c) => c.operation === "GetApis" && c.region === "us-east-1")).toHaveLength(2);
      expect(
        collected.calls.filter((c) => c.operation === "DescribeLogGroups" && c.region === "us-east-1"),
      ).toHaveLength(2 + 3);
    } finally {
      await server.stop();
    }
  });
});
