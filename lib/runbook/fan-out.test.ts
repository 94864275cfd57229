import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectCapture } from "../aws/collect";
import { startReplayServer, type ReplayServer } from "../aws/replay/server";
import { sharedScheduler, sharedSchedulerKeys } from "../aws/throttle/shared-schedulers";
import { liveScanSlotUse } from "../sources/live-scan-slots";
import { historyCapture } from "../../testing/reports/history-capture";
import { oneApiCapture } from "../../testing/reports/one-api-capture";
import { forgetRunbookAnswers, runRunbookShared } from "./coalesce";
import type { Collect } from "./run-runbook";

const full = historyCapture();
const env = { LOG_DOCTOR_RUNBOOK_NOW: full.capturedAt, LOG_DOCTOR_MAX_LIVE_SCANS: "4" };
let server: ReplayServer;

beforeAll(async () => {
  server = await startReplayServer({ capture: oneApiCapture(full, { region: "us-east-1", apiId: "a1b2c3d4e5", stage: "prod" }) });
});
afterAll(() => server.stop());

describe("30 runbook pages opened at once with different API ids (a hostile page's fan-out)", () => {
  it("run at most the cap of scans, answer the rest busy, and pace every call through the account's one scheduler", async () => {
    forgetRunbookAnswers();
    let running = 0;
    let peak = 0;
    // The real collector, against the replay server: no quota or pacing override, so it uses the shared scheduler.
    const collect: Collect = async (options) => {
      running += 1;
      peak = Math.max(peak, running);
      try {
        return await collectCapture({ ...options, clientOverrides: { endpoint: server.url, credentials: { accessKeyId: "AKIDREPLAY", secretAccessKey: "replay" }, maxAttempts: 1 } });
      } finally {
        running -= 1;
      }
    };
    const ids = Array.from({ length: 30 }, (_, i) => `a1b2c3d4${String(i).padStart(2, "0")}`);
    const before = server.stats.requests;

    const outcomes = await Promise.all(ids.map((apiId) => runRunbookShared({ region: "us-east-1", apiId, stage: "prod" }, { collect, env })));

    const busy = outcomes.filter((outcome) => outcome.kind === "busy");
    expect(busy).toHaveLength(26);
    expect(busy[0]).toMatchObject({ message: expect.stringContaining("try again in a minute") });
    expect(peak).toBe(4);
    expect(liveScanSlotUse().running).toBe(0);

    // One scheduler for the account behind these credentials, whichever API each page named; only the identity
    // call (made before the account is known) goes through the credentials' scheduler.
    const keys = sharedSchedulerKeys().filter((key) => key.startsWith(server.url));
    expect(keys.sort()).toEqual([`${server.url} account 123456789012`, `${server.url} credentials (default chain)`]);
    const granted = Object.values(sharedScheduler(`${server.url} account 123456789012`).grantedCalls()).reduce((a, b) => a + b, 0);
    const identityCalls = server.stats.calls["sts:GetCallerIdentity"];
    expect(identityCalls).toBe(4);
    expect(granted + identityCalls).toBe(server.stats.requests - before);
    expect(sharedScheduler(`${server.url} account 123456789012`).grantedCalls()["apigateway@us-east-1"]).toBe(
      (server.stats.calls["apigateway:GetRestApi"] ?? 0) + (server.stats.calls["apigateway:GetStages"] ?? 0) + (server.stats.calls["apigateway:GetAccount"] ?? 0) + (server.stats.calls["apigatewayv2:GetApi"] ?? 0) + (server.stats.calls["apigatewayv2:GetStages"] ?? 0),
    );
  });
});
