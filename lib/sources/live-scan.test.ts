import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Capture } from "../capture/schema";
import type { RegionCollectOptions } from "./region-collector";
import { demoCapture } from "./demo-source";
import type { ScanSnapshot } from "./live-scan";

const dir = mkdtempSync(path.join(tmpdir(), "log-doctor-scan-"));
let live: typeof import("./live-scan");
beforeAll(async () => {
  process.env.LOG_DOCTOR_DATA_DIR = dir;
  live = await import("./live-scan");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A collector that serves the demo account region by region, each region held until the test releases it. */
function gatedCollector() {
  const gates = new Map<string, () => void>();
  const started: string[] = [];
  const collectRegion = async ({ region, signal, onProgress }: RegionCollectOptions): Promise<Capture> => {
    started.push(region);
    onProgress({ type: "planned", service: "apigateway", operation: "GetAccount" });
    await new Promise<void>((resolve, reject) => {
      gates.set(region, resolve);
      signal.addEventListener("abort", () => reject(signal.reason), { once: true });
    });
    onProgress({ type: "done", service: "apigateway", operation: "GetAccount", outcome: "output" });
    const demo = demoCapture();
    return { ...demo, regions: [region], calls: demo.calls.filter((c) => c.region === region || c.region === undefined || c.operation === "GetCallerIdentity") };
  };
  return { collector: { available: true as const, collectRegion }, release: (region: string) => gates.get(region)?.(), started };
}

const until = async (job: { snapshot(): ScanSnapshot }, test: (s: ScanSnapshot) => boolean) => {
  for (let i = 0; i < 200 && !test(job.snapshot()); i++) await new Promise((r) => setTimeout(r, 10));
  return job.snapshot();
};

describe("a live scan", () => {
  it("shows a region's problems as soon as that region is read, then stores the whole account", async () => {
    const { collector, release, started } = gatedCollector();
    const job = live.startScan({ regions: ["us-east-1", "eu-west-1", "ap-southeast-2"] }, collector);
    await until(job, () => started.length === 2);
    expect(started).toEqual(["us-east-1", "eu-west-1"]);
    release("eu-west-1");
    const partial = await until(job, (s) => s.findings.length > 0);
    expect(partial.status).toBe("running");
    expect(partial.regions.map((r) => r.state)).toEqual(["scanning", "done", "scanning"]);
    expect(partial.findings.map((f) => `${f.region} ${f.label}`)).toContain("eu-west-1 No CloudWatch logging role set for the region");
    expect(partial.findings.every((f) => f.region === "eu-west-1")).toBe(true);
    release("us-east-1");
    await until(job, () => started.length === 3);
    release("ap-southeast-2");
    const done = await until(job, (s) => s.status === "done");
    expect(done.href).toMatch(/^\/diagnose\/[A-Za-z0-9_-]{22}$/);
    expect(done.regions.every((r) => r.planned === 1 && r.done === 1)).toBe(true);
  });

  it("can be cancelled; the regions that finished are still stored", async () => {
    const { collector, release } = gatedCollector();
    const job = live.startScan({ profile: "prod", regions: ["us-east-1", "eu-west-1"] }, collector);
    await until(job, (s) => s.regions.every((r) => r.state === "scanning"));
    release("eu-west-1");
    await until(job, (s) => s.regions[1].state === "done");
    job.cancel();
    const cancelled = await until(job, (s) => s.status !== "running");
    expect(cancelled.status).toBe("cancelled");
    expect(cancelled.regions.map((r) => r.state)).toEqual(["stopped", "done"]);
    expect(cancelled.href).not.toBeNull();
  });
});
