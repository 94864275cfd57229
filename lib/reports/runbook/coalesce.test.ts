import { describe, expect, it } from "vitest";
import { historyCapture } from "../testing/history-capture";
import { runRunbookShared } from "./coalesce";
import type { Collect } from "./run-runbook";

describe("runRunbookShared", () => {
  it("shares one scan among concurrent loads of the same link, and scans again afterwards", async () => {
    let scans = 0;
    const collect: Collect = async () => {
      scans += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return historyCapture();
    };
    const target = { region: "us-east-1", apiId: "a1b2c3d4e5", stage: "prod" };
    const [a, b] = await Promise.all([runRunbookShared(target, { collect, env: {} }), runRunbookShared(target, { collect, env: {} })]);
    expect(a).toBe(b);
    expect(scans).toBe(1);
    await runRunbookShared({ ...target, stage: undefined }, { collect, env: {} });
    await runRunbookShared(target, { collect, env: {} });
    expect(scans).toBe(3);
  });
});
