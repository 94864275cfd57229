import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { collectCapture } from "../aws/collect";
import { describePostgres } from "../../testing/db/describe-postgres";
import { admin, freshSchema, TEST_DATABASE_URL } from "../../testing/db/test-database";
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

beforeEach(async () => {
  server = await startReplayServer({
    capture: oneApiCapture(full, { region: "us-east-1", apiId: "a1b2c3d4e5", stage: "prod" }),
  });
});
afterEach(() => server.stop());

/**
 * Opens 30 runbook pages at once with different API ids (a hostile page's fan-out) and checks that at most the cap
 * of scans ran, the rest were answered busy, and every call was paced by the account's one scheduler; returns what
 * that scheduler let through.
 */
async function openThirtyPages(): Promise<{ granted: Record<string, number>; identityCalls: number }> {
  forgetRunbookAnswers();
  let running = 0;
  let peak = 0;
  // The real collector, against the replay server: no quota or pacing override, so it uses the shared scheduler.
  const collect: Collect = async (options) => {
    running += 1;
    peak = Math.max(peak, running);
    try {
      return await collectCapture({
        ...options,
        clientOverrides: {
          endpoint: server.url,
          credentials: { accessKeyId: "AKIDREPLAY", secretAccessKey: "replay" },
          maxAttempts: 1,
        },
      });
    } finally {
      running -= 1;
    }
  };
  const ids = Array.from({ length: 30 }, (_, i) => `a1b2c3d4${String(i).padStart(2, "0")}`);

  const outcomes = await Promise.all(
    ids.map((apiId) => runRunbookShared({ region: "us-east-1", apiId, stage: "prod" }, { collect, env })),
  );

  const busy = outcomes.filter((outcome) => outcome.kind === "busy");
  expect(busy).toHaveLength(26);
  expect(busy[0]).toMatchObject({ message: expect.stringContaining("try again in a minute") });
  expect(peak).toBe(4);
  expect(liveScanSlotUse().running).toBe(0);

  // One scheduler for the account behind these credentials, whichever API each page named; only the identity
  // call (made before the account is known) goes through the credentials' scheduler.
  const keys = sharedSchedulerKeys().filter((key) => key.startsWith(server.url));
  expect(keys.sort()).toEqual([`${server.url} account 123456789012`, `${server.url} credentials (default chain)`]);
  const granted = sharedScheduler(`${server.url} account 123456789012`).grantedCalls();
  const identityCalls = server.stats.calls["sts:GetCallerIdentity"];
  expect(identityCalls).toBe(4);
  expect(total(granted) + identityCalls).toBe(server.stats.requests);
  expect(granted["apigateway@us-east-1"]).toBe(
    (server.stats.calls["apigateway:GetRestApi"] ?? 0) +
      (server.stats.calls["apigateway:GetStages"] ?? 0) +
      (server.stats.calls["apigateway:GetAccount"] ?? 0) +
      (server.stats.calls["apigatewayv2:GetApi"] ?? 0) +
      (server.stats.calls["apigatewayv2:GetStages"] ?? 0),
  );
  return { granted, identityCalls };
}

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

describe("30 runbook pages opened at once with different API ids (a hostile page's fan-out)", () => {
  it("run at most the cap of scans, answer the rest busy, and pace every call through the account's one scheduler", async () => {
    await openThirtyPages();
  });
});

describePostgres("30 runbook pages opened at once, with DATABASE_URL set", () => {
  it("reserve every call the account's scheduler lets through on the database's timelines, which other replicas share", async () => {
    const { schema, drop } = await freshSchema();
    process.env.DATABASE_URL = `${TEST_DATABASE_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    try {
      const { granted, identityCalls } = await openThirtyPages();
      const { rows } = await admin(`SELECT key, calls::integer AS calls FROM ${schema}.rate_slots`);
      const reserved = Object.fromEntries(rows.map((row) => [row.key, row.calls]));
      const account = `${server.url} account 123456789012 `;
      expect(
        Object.fromEntries(
          Object.entries(reserved)
            .filter(([key]) => key.startsWith(account))
            .map(([key, calls]) => [key.slice(account.length), calls]),
        ),
      ).toEqual(granted);
      expect(reserved[`${server.url} credentials (default chain) sts@us-east-1`]).toBe(identityCalls);
    } finally {
      process.env.DATABASE_URL = "";
      await drop();
    }
  });
});
