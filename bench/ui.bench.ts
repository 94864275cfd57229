// The overview of a large account in a real browser: Largest Contentful Paint of /diagnose/<id> for an uploaded
// capture of 3,000 stages, and the gzip size of the JavaScript that page loads. Builds the app when there is no
// build (reuses one otherwise), serves it on a free port, and cleans up.
import { chromium, type Browser } from "@playwright/test";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { CaptureBuilder } from "../testing/capture-builder";

const STAGES = 3000;
const RUNS = 5;
const chromiumArgs = [
  "--no-sandbox",
  "--headless",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export async function run(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "log-doctor-bench-ui-"));
  let server: ChildProcess | null = null;
  let browser: Browser | null = null;
  try {
    ensureBuild();
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    server = spawn(
      process.execPath,
      ["node_modules/next/dist/bin/next", "start", "--hostname", "127.0.0.1", "--port", String(port)],
      {
        env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", LOG_DOCTOR_DATA_DIR: dataDir, NODE_ENV: "production" },
        stdio: "ignore",
        detached: true,
      },
    );
    await waitForServer(base);
    const id = await upload(base, JSON.stringify(generatedCapture(STAGES)));

    browser = await chromium.launch(
      existsSync("/usr/bin/chromium") ? { executablePath: "/usr/bin/chromium", args: chromiumArgs } : {},
    );
    await measure(browser, `${base}/diagnose/${id}`); // warm-up: server and browser caches
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measure(browser, `${base}/diagnose/${id}`));
    const lcp = median(runs.map((r) => r.lcp));
    const js = runs[0].jsGzipBytes;
    console.log(
      `ui: ${STAGES} stages overview LCP ${Math.round(lcp)} ms, first-load JS ${Math.round(js / 1024)} KB gzip`,
    );
  } finally {
    await browser?.close();
    if (server?.pid) {
      try {
        process.kill(-server.pid, "SIGTERM");
      } catch {
        // Already gone.
      }
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function ensureBuild(): void {
  if (existsSync(".next/BUILD_ID")) return;
  const build = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    stdio: "ignore",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) throw new Error("next build failed");
}

async function measure(browser: Browser, url: string): Promise<{ lcp: number; jsGzipBytes: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const scripts: Promise<number>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script")
      scripts.push(
        response.body().then(
          (body) => gzipSync(body).length,
          () => 0,
        ),
      );
  });
  await page.goto(url, { waitUntil: "load" });
  const lcp = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries();
          resolve(entries[entries.length - 1].startTime);
        }).observe({ type: "largest-contentful-paint", buffered: true });
      }),
  );
  await page.waitForLoadState("networkidle");
  const jsGzipBytes = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
  await context.close();
  return { lcp, jsGzipBytes };
}

/** A realistic large account: 1,000 APIs of all three types in three regions, three stages each, mixed problems. */
export function generatedCapture(stages: number) {
  const regions = ["us-east-1", "eu-west-1", "ap-southeast-2"];
  const builder = new CaptureBuilder();
  regions.forEach((region, r) => builder.region(region, { roleArn: r === 1 ? null : undefined }));
  builder.role("apigw-logs");
  for (let i = 0; i < stages / 3; i++) {
    const region = regions[i % regions.length];
    const id = `b${i.toString(36).padStart(9, "0")}`;
    const kind = i % 5;
    if (kind === 3) builder.httpApi(id, { name: `orders-http-${i}`, region });
    else if (kind === 4) builder.webSocketApi(id, { name: `chat-ws-${i}`, region });
    else builder.restApi(id, { name: `service-${i}-api`, region });
    for (const [s, name] of ["dev", "staging", "prod"].entries()) {
      builder.stage(name, {
        loggingLevel: kind === 3 ? null : (i + s) % 4 === 0 ? "OFF" : (i + s) % 7 === 0 ? "ERROR" : "INFO",
        overrides: kind < 3 && (i + s) % 9 === 0 ? { "~1orders/POST": { loggingLevel: "OFF" } } : undefined,
        access: (i + s) % 6 === 0 ? null : undefined,
      });
    }
  }
  return builder.build();
}

async function upload(base: string, body: string): Promise<string> {
  const response = await fetch(`${base}/api/sources`, {
    method: "POST",
    body,
    headers: { "content-type": "application/json", origin: base, "x-capture-name": "bench-3000-stages.json" },
  });
  const json = (await response.json()) as { id?: string; error?: string };
  if (!json.id) throw new Error(`upload failed: ${response.status} ${json.error}`);
  return json.id;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

async function waitForServer(base: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the server at ${base} did not start`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
