import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { startReplayServer, type ReplayServer } from "../../lib/aws/replay/server";
import { parseCapture } from "../../lib/capture/parse-capture";
import type { Capture } from "../../lib/capture/schema";
import { main } from "../main";

const fixture: Capture = {
  kind: "log-doctor/capture",
  version: 1,
  capturedAt: "2026-11-22T10:00:00Z",
  partition: "aws",
  regions: ["eu-west-1"],
  calls: [
    {
      service: "sts",
      region: "eu-west-1",
      operation: "GetCallerIdentity",
      input: {},
      output: { Account: "123456789012", Arn: "arn:aws:iam::123456789012:user/ops", UserId: "AIDA" },
    },
    {
      service: "apigateway",
      region: "eu-west-1",
      operation: "GetRestApis",
      input: { limit: 500 },
      output: { items: [{ id: "a1", name: "pets" }] },
    },
    {
      service: "apigateway",
      region: "eu-west-1",
      operation: "GetStages",
      input: { restApiId: "a1" },
      output: { item: [{ stageName: "prod" }] },
    },
  ],
};

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) }, env: {} },
    out: () => out.join(""),
    err: () => err.join(""),
  };
}

let dir: string;
let server: ReplayServer | undefined;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "log-doctor-collect-"));
  // Keep the developer's own AWS configuration out of the test; the SDK reads only what we give it here.
  vi.stubEnv("AWS_CONFIG_FILE", join(dir, "config"));
  vi.stubEnv("AWS_SHARED_CREDENTIALS_FILE", join(dir, "credentials"));
  for (const name of [
    "AWS_PROFILE",
    "AWS_REGION",
    "AWS_DEFAULT_REGION",
    "AWS_ENDPOINT_URL",
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_SESSION_TOKEN",
  ]) {
    vi.stubEnv(name, undefined);
  }
});

afterEach(async () => {
  vi.unstubAllEnvs();
  await server?.stop();
  server = undefined;
  rmSync(dir, { recursive: true, force: true });
});

describe("log-doctor collect: usage", () => {
  it.each([
    [["collect", "--region", "eu-west-1"], "--out FILE is required"],
    [["collect", "--out", "x.json", "--stage", "prod"], "--stage needs --api"],
    [["collect", "--out", "x.json", "--days", "0"], "--days must be a whole number from 1 to 90"],
    [["collect", "--out", "x.json", "--days", "91"], "--days must be a whole number from 1 to 90"],
    [["collect", "--out", "x.json", "--region", "Mars"], "is not a region name"],
  ])("%j exits 2 with one line", async (argv, message) => {
    const t = io();
    expect(await main(argv, t.io)).toBe(2);
    expect(t.err()).toContain(message);
    expect(t.err().trim().split("\n")).toHaveLength(1);
  });
});

describe("log-doctor collect: through the SDK's own configuration", () => {
  it("honours AWS_ENDPOINT_URL and credentials from the environment, and writes the capture atomically", async () => {
    server = await startReplayServer({ capture: fixture });
    vi.stubEnv("AWS_ENDPOINT_URL", server.url);
    vi.stubEnv("AWS_ACCESS_KEY_ID", "AKIDENV");
    vi.stubEnv("AWS_SECRET_ACCESS_KEY", "env-secret");
    const out = join(dir, "capture.json");
    const t = io();

    expect(await main(["collect", "--region", "eu-west-1", "--out", out], t.io)).toBe(0);

    const parsed = parseCapture(readFileSync(out, "utf8"));
    if (!parsed.ok) throw new Error(parsed.error);
    const gotStages = parsed.capture.calls.find((c) => c.operation === "GetStages");
    expect(gotStages?.output).toEqual({ item: [{ stageName: "prod" }] });
    expect(parsed.capture.regions).toEqual(["eu-west-1"]);
    expect(readFileSync(out, "utf8")).not.toContain("env-secret");
    expect(readdirSync(dir).filter((name) => name.endsWith(".tmp"))).toEqual([]);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(t.out()).toMatch(/^Wrote .*capture\.json: \d+ calls in 1 region/);
    // Not a terminal: no progress bar.
    expect(t.err()).toBe("");
  });

  it("uses a named profile's region and credentials from the shared files", async () => {
    // Files first: the SDK caches the shared files per path from the first read, even a missing file.
    writeFileSync(join(dir, "config"), "[profile replay]\nregion = eu-west-1\n");
    writeFileSync(
      join(dir, "credentials"),
      "[replay]\naws_access_key_id = AKIDPROFILE\naws_secret_access_key = profile-secret\n",
    );
    server = await startReplayServer({ capture: fixture });
    // The SDK looks up configured endpoints (endpoint_url) for AWS_PROFILE only, not for a client's profile
    // option, so the endpoint comes from the environment here.
    vi.stubEnv("AWS_ENDPOINT_URL", server.url);
    const out = join(dir, "capture.json");
    const t = io();

    // No --region: ListRegions is not in the capture, so the scan falls back to the profile's region.
    expect(await main(["collect", "--profile", "replay", "--out", out, "--compact"], t.io)).toBe(0);

    const text = readFileSync(out, "utf8");
    expect(text.trim().split("\n")).toHaveLength(1);
    const parsed = parseCapture(text);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.capture.regions).toEqual(["eu-west-1"]);
    expect(parsed.capture.calls.find((c) => c.operation === "GetRestApis")?.output).toEqual({
      items: [{ id: "a1", name: "pets" }],
    });
  });

  it("honours AWS_ENDPOINT_URL_<SERVICE> over AWS_ENDPOINT_URL", async () => {
    server = await startReplayServer({ capture: fixture });
    vi.stubEnv("AWS_ENDPOINT_URL", "http://127.0.0.1:9");
    vi.stubEnv("AWS_ENDPOINT_URL_API_GATEWAY", server.url);
    vi.stubEnv("AWS_ACCESS_KEY_ID", "AKIDENV");
    vi.stubEnv("AWS_SECRET_ACCESS_KEY", "env-secret");
    const out = join(dir, "capture.json");

    expect(await main(["collect", "--region", "eu-west-1", "--out", out], io().io)).toBe(0);

    const parsed = parseCapture(readFileSync(out, "utf8"));
    if (!parsed.ok) throw new Error(parsed.error);
    const byOperation = (operation: string) => parsed.capture.calls.find((c) => c.operation === operation);
    expect(byOperation("GetStages")?.output).toEqual({ item: [{ stageName: "prod" }] });
    // Everything else went to AWS_ENDPOINT_URL, where nothing listens: recorded as errors, not a crash.
    expect(byOperation("DescribeTrails")?.error?.name).toBe("ECONNREFUSED");
  });
});
