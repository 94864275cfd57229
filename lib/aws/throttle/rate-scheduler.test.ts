import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { awsQuotas } from "./quotas";
import { RateScheduler } from "./rate-scheduler";
import { TokenBucket } from "./token-bucket";

describe("TokenBucket", () => {
  it("gives the burst at once, then one token per 1/rate", () => {
    let now = 0;
    const bucket = new TokenBucket(10, 3, () => now);
    expect([bucket.take(), bucket.take(), bucket.take()]).toEqual([0, 0, 0]);
    expect(bucket.take()).toBeCloseTo(100);
    now = 100;
    expect(bucket.take()).toBe(0);
    // A 429 means the server's bucket is empty, whatever ours says.
    now = 10_000;
    bucket.empty();
    expect(bucket.take()).toBeCloseTo(100);
  });
});

describe("RateScheduler", () => {
  let now = 0;
  beforeEach(() => {
    vi.useFakeTimers();
    now = 0;
  });
  afterEach(() => vi.useRealTimers());

  const scheduler = () =>
    new RateScheduler({ quotas: { ...awsQuotas, apigateway: { rate: 10, burst: 2 } }, pacing: 1, clock: () => now });

  async function advance(ms: number) {
    now += ms;
    await vi.advanceTimersByTimeAsync(ms);
  }

  it("grants the burst, then paces the queue at the rate, in order", async () => {
    const rates = scheduler();
    const granted: number[] = [];
    for (let i = 0; i < 4; i++) void rates.acquire("apigateway", "GetStages", "us-east-1").then(() => granted.push(i));
    await advance(0);
    expect(granted).toEqual([0, 1]);
    await advance(100);
    expect(granted).toEqual([0, 1, 2]);
    await advance(100);
    expect(granted).toEqual([0, 1, 2, 3]);
  });

  it("keeps regions apart: each has its own bucket", async () => {
    const rates = scheduler();
    const granted: string[] = [];
    for (const region of ["us-east-1", "us-east-1", "us-east-1", "eu-west-1"]) {
      void rates.acquire("apigateway", "GetStages", region).then(() => granted.push(region));
    }
    await advance(0);
    expect(granted).toEqual(["us-east-1", "us-east-1", "eu-west-1"]);
  });

  it("pauses for Retry-After and halves the rate after throttling", async () => {
    const rates = scheduler();
    await rates.acquire("apigateway", "GetStages", "us-east-1");
    rates.throttled("apigateway", "GetStages", "us-east-1", 1000);
    let granted = false;
    void rates.acquire("apigateway", "GetStages", "us-east-1").then(() => (granted = true));
    await advance(999);
    expect(granted).toBe(false);
    // The pause is over; the emptied bucket refills at half the rate (5/s): one token after 200 ms in total.
    await advance(1);
    expect(granted).toBe(true);
  });

  it("stops waiting when the scan is cancelled", async () => {
    const rates = scheduler();
    const controller = new AbortController();
    await rates.acquire("apigateway", "GetStages", "us-east-1");
    await rates.acquire("apigateway", "GetStages", "us-east-1");
    const waiting = rates.acquire("apigateway", "GetStages", "us-east-1", controller.signal);
    controller.abort(new Error("cancelled"));
    await expect(waiting).rejects.toThrow("cancelled");
  });
});
