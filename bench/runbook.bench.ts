// A runbook link against the replay server: a production build, a `next start` whose SDK clients reach the replay
// server through AWS_ENDPOINT_URL, and the page loaded in Chromium. One result line on stdout; the build's output
// goes to stderr. Nothing here asserts a time (the machine is shared); it does fail if the page does not answer or
// the scan reads more than the one API.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { freePort, startNextServer } from "../e2e/support/next-server";
import { startReplayServer } from "../lib/aws/replay/server";
import { historyCapture } from "../testing/reports/history-capture";
import { oneApiCapture } from "../testing/reports/one-api-capture";

// The SDK's notice about Node 22 (for releases after January 2027) is noise around a one-line result.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const target = { region: "us-east-1", apiId: "a1b2c3d4e5", stage: "prod" };
const LOADS = 5;

/** `runbook: <calls> calls, <ms> ms` — AWS calls of one page load, and the median of five loads (target < 2 s). */
export async function run(): Promise<void> {
  build();
  const account = historyCapture();
  const replay = await startReplayServer({ capture: oneApiCapture(account, target) });
  const dataDir = mkdtempSync(path.join(tmpdir(), "log-doctor-bench-runbook-"));
  const server = await startNextServer(await freePort(), {
    AWS_ENDPOINT_URL: replay.url,
    AWS_ACCESS_KEY_ID: "AKIDBENCH",
    AWS_SECRET_ACCESS_KEY: "bench",
    AWS_REGION: target.region,
    LOG_DOCTOR_RUNBOOK_NOW: account.capturedAt,
    LOG_DOCTOR_DATA_DIR: dataDir,
    // Each load measures a real scan, as the first on-call click does; the 60 s result cache would answer the rest.
    LOG_DOCTOR_RUNBOOK_CACHE_SECONDS: "0",
  });
  const browser = await chromium.launch(
    existsSync("/usr/bin/chromium")
      ? { executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--headless", "--disable-gpu"] }
      : {},
  );
  try {
    const url = `${server.url}/runbook/${target.region}/${target.apiId}/${target.stage}`;
    const page = await browser.newPage();
    // The first load also loads the server's modules and the SDK; an on-call click finds a server already running.
    await page.goto(url);
    const times: number[] = [];
    let calls: Record<string, number> = {};
    for (let i = 0; i < LOADS; i++) {
      const before = { ...replay.stats.calls };
      const started = performance.now();
      await page.goto(url, { waitUntil: "load" });
      await page.locator("#answer-title").waitFor();
      times.push(performance.now() - started);
      calls = Object.fromEntries(
        Object.entries(replay.stats.calls)
          .map(([call, n]): [string, number] => [call, n - (before[call] ?? 0)])
          .filter(([, n]) => n > 0),
      );
    }
    if (calls["apigateway:GetRestApis"] || calls["apigatewayv2:GetApis"] || calls["apigateway:GetStages"] !== 1) {
      throw new Error(`the runbook scan read more than its API: ${JSON.stringify(calls)}`);
    }
    times.sort((a, b) => a - b);
    const total = Object.values(calls).reduce((sum, n) => sum + n, 0);
    console.log(`runbook: ${total} calls, ${Math.round(times[Math.floor(LOADS / 2)])} ms`);
  } finally {
    await browser.close();
    await server.stop();
    await replay.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Always a fresh production build: timing a stale one would measure old code. */
function build(): void {
  const result = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    cwd: root,
    stdio: ["ignore", process.stderr, process.stderr],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error(`next build exited with ${result.status}`);
}
