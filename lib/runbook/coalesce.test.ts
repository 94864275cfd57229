import { describe, expect, it } from "vitest";
import { historyCapture } from "../../testing/reports/history-capture";
import { forgetRunbookAnswers, runRunbookShared } from "./coalesce";
import type { Collect } from "./run-runbook";

describe("runRunbookShared", () => {
  it("shares one scan among concurrent loads of the same link, reuses its answer for a while, then scans again", async () => {
    forgetRunbookAnswers();
    let scans = 0;
    const collect: Collect = async () => {
      scans += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return historyCapture();
    };
    let now = 0;
    const deps = { collect, env: { LOG_DOCTOR_RUNBOOK_CACHE_SECONDS: "60" }, now: () => now };
    const target = { region: "us-east-1", apiId: "a1b2c3d4e5", stage: "prod" };
    const [a, b] = await Promise.all([runRunbookShared(target, deps), runRunbookShared(target, deps)]);
    expect(a).toBe(b);
    expect(scans).toBe(1);
    now = 59_999;
    expect(await runRunbookShared(target, deps)).toBe(a);
    await runRunbookShared({ ...target, stage: undefined }, deps);
    expect(scans).toBe(2);
    now = 60_000;
    expect(await runRunbookShared(target, deps)).not.toBe(a);
    expect(scans).toBe(3);
  });

  it("scans on every load with a cache of 0 seconds, and never caches missing credentials", async () => {
    forgetRunbookAnswers();
    let scans = 0;
    const noCredentials = {
      ...historyCapture(),
      calls: [
        {
          service: "sts" as const,
          region: "us-east-1",
          operation: "GetCallerIdentity",
          input: {},
          error: { name: "CredentialsProviderError", message: "none" },
        },
      ],
    };
    const target = { region: "us-east-1", apiId: "a1b2c3d4e6" };
    await runRunbookShared(target, {
      collect: async () => (scans++, historyCapture()),
      env: { LOG_DOCTOR_RUNBOOK_CACHE_SECONDS: "0" },
    });
    await runRunbookShared(target, {
      collect: async () => (scans++, historyCapture()),
      env: { LOG_DOCTOR_RUNBOOK_CACHE_SECONDS: "0" },
    });
    expect(scans).toBe(2);
    const bare = { collect: async () => (scans++, noCredentials), env: {} };
    expect((await runRunbookShared({ ...target, apiId: "a1b2c3d4e7" }, bare)).kind).toBe("no-credentials");
    await runRunbookShared({ ...target, apiId: "a1b2c3d4e7" }, bare);
    expect(scans).toBe(4);
  });
});
