import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

const debianChromium = "/usr/bin/chromium";
const port = Number(process.env.E2E_PORT ?? 3123);
const baseURL = `http://127.0.0.1:${port}`;
// The server's data (saved reports, uploads) goes to a fresh directory per run, never the repository's .data/.
// Set once in the runner's process; workers inherit it, so specs can look into the same directory.
process.env.E2E_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), "log-doctor-e2e-"));

// Debian's Chromium where it exists (browser downloads are impossible here); Playwright's own elsewhere.
const launchOptions = existsSync(debianChromium)
  ? {
      executablePath: debianChromium,
      args: [
        "--no-sandbox",
        "--headless",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    }
  : {};

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  timeout: 60_000,
  use: { baseURL, trace: "off", launchOptions },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions } }],
  webServer: {
    command: `npm run build && node scripts/start.mjs`,
    url: baseURL,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      NEXT_TELEMETRY_DISABLED: "1",
      // This run's uploads and reports go to its fresh data dir (above); the live scan replays the demo account;
      // profiles come from a fixture config file, so the tests never see (or use) the machine's own AWS setup.
      LOG_DOCTOR_DATA_DIR: process.env.E2E_DATA_DIR,
      LOG_DOCTOR_SCAN_REPLAY: "fixtures/demo-account.capture.json",
      LOG_DOCTOR_SCAN_REPLAY_DELAY_MS: "40",
      AWS_CONFIG_FILE: "e2e/fixtures/aws-config",
      AWS_SHARED_CREDENTIALS_FILE: "e2e/fixtures/no-credentials-file",
      AWS_PROFILE: "",
      AWS_ACCESS_KEY_ID: "",
    },
  },
});
