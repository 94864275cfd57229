import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startReplayServer, type ReplayServer } from "../aws/replay/server";
import { unthrottledQuotas } from "../../testing/aws/unthrottled-quotas";
import { analyze } from "../engine/analyze";
import { awsRegionCollector } from "./collector";
import type { CollectProgress } from "./region-collector";
import { demoCapture } from "./demo-source";
import { mergeCaptures } from "./merge-captures";

// The live scan's wiring end to end, against the collector's wire-level replay server serving the demo account:
// real SDK clients, one collectCapture per region, progress mapped, the merged capture diagnosed like the original.
let server: ReplayServer;
beforeAll(async () => {
  server = await startReplayServer({ capture: demoCapture() });
});
afterAll(() => server.stop());

describe("awsRegionCollector", () => {
  it("collects each region with the real collector, reports its calls, and merges into the demo's diagnosis", async () => {
    const collect = awsRegionCollector({
      clientOverrides: {
        endpoint: server.url,
        credentials: { accessKeyId: "AKIDTEST", secretAccessKey: "test" },
        maxAttempts: 1,
      },
      tuning: { retryBaseDelayMs: 1, retryMaxDelayMs: 2, quotas: unthrottledQuotas },
      now: () => new Date(demoCapture().capturedAt),
    });
    const events: CollectProgress[] = [];
    const controller = new AbortController();
    const captures = [];
    for (const region of demoCapture().regions) {
      captures.push(await collect({ region, signal: controller.signal, onProgress: (event) => events.push(event) }));
    }
    expect(events.filter((e) => e.type === "planned").length).toBe(events.filter((e) => e.type === "done").length);
    expect(events).toContainEqual({ type: "done", service: "apigateway", operation: "GetStages", outcome: "error" });

    const verdicts = (capture: Parameters<typeof analyze>[0]) =>
      analyze(capture).diagnosis.apis.flatMap((api) =>
        (api.stages ?? []).map(
          (s) =>
            `${api.region}/${api.id}/${s.name} ${s.execution.verdict} ${s.access.verdict} ${[...s.execution.causes, ...s.access.causes].join(",")}`,
        ),
      );
    expect(verdicts(mergeCaptures(captures)).sort()).toEqual(verdicts(demoCapture()).sort());
  }, 60_000);

  it("stops when the scan is cancelled", async () => {
    const controller = new AbortController();
    const collect = awsRegionCollector({
      clientOverrides: {
        endpoint: server.url,
        credentials: { accessKeyId: "AKIDTEST", secretAccessKey: "test" },
        maxAttempts: 1,
      },
    });
    const scan = collect({
      region: "us-east-1",
      signal: controller.signal,
      onProgress: () => controller.abort(new Error("cancelled")),
    });
    await expect(scan).rejects.toThrow("cancelled");
  });
});
