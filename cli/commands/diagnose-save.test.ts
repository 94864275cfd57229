import Database from "better-sqlite3";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SqliteReportStore } from "../../lib/reports/sqlite-store";
import { historyCapture, historySecrets } from "../../testing/reports/history-capture";
import { findLeaks } from "../../testing/reports/leak-sweep";
import { runCli } from "../testing/run-cli";

let dir: string;
let captureFile: string;
let env: Record<string, string>;
const database = () => join(dir, "data", "reports.sqlite");
const savedId = (text: string) => /\/reports\/([A-Za-z0-9_-]{22})\n$/.exec(text)?.[1];

async function stored(id: string) {
  const store = new SqliteReportStore(database());
  try {
    return await store.get(id);
  } finally {
    await store.close();
  }
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "log-doctor-save-"));
  captureFile = join(dir, "history.capture.json");
  writeFileSync(captureFile, JSON.stringify(historyCapture()));
  env = { LOG_DOCTOR_DATA_DIR: join(dir, "data"), LOG_DOCTOR_BASE_URL: "https://logs.example.com/ld" };
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("log-doctor diagnose --save", () => {
  it("stores a redacted report in LOG_DOCTOR_DATA_DIR and prints its URL after the report", async () => {
    const run = await runCli(["diagnose", "--capture", captureFile, "--save"], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/execution logs:/);
    expect(run.stdout).toMatch(
      /\n\nReport saved \(redacted\): https:\/\/logs\.example\.com\/ld\/reports\/[A-Za-z0-9_-]{22}\n$/,
    );

    const report = await stored(savedId(run.stdout)!);
    expect(report).toMatchObject({ redacted: true, capture: null, title: "pets (a1b2c3d4e5) stage prod in us-east-1" });

    // On a loopback base the link opens only here: the same warning as the Share panel, on standard error.
    const local = await runCli(
      ["diagnose", "--capture", captureFile, "--save", "--base-url", "http://127.0.0.1:3000"],
      env,
    );
    expect(local.stderr).toMatch(
      /^Note: This link points to 127\.0\.0\.1:3000, .*Pass --base-url or set LOG_DOCTOR_BASE_URL/,
    );
    // Without --expires: the server's default expiry (LOG_DOCTOR_REPORT_EXPIRY_DAYS, 30 days unless set).
    expect(Date.parse(report!.expiresAt!) - Date.parse(report!.createdAt)).toBe(30 * 24 * 60 * 60 * 1000);
    expect(report!.diagnosis.apis[0].stages![0].execution.verdict).toBe("missing");
    expect(report!.timeline![0].stages[0].entries[0].sourceIp).toMatch(/^ip-\d+$/);
  });

  it("leaves no account id, access key, IP address or principal name in the database row", async () => {
    const run = await runCli(["diagnose", "--capture", captureFile, "--save", "--include-capture"], env);
    const id = savedId(run.stdout)!;
    const db = new Database(database(), { readonly: true });
    const row = db.prepare("SELECT * FROM reports WHERE id = ?").get(id) as Record<string, unknown>;
    db.close();
    expect(String(row.body)).toContain("LookupEvents");
    expect(findLeaks(Object.values(row).join("\n"), Object.values(historySecrets).flat())).toEqual([]);
  });

  it("keeps everything with --no-redact, and honours --title, --include-capture and --expires", async () => {
    const run = await runCli(
      [
        "diagnose",
        "--capture",
        captureFile,
        "--save",
        "--no-redact",
        "--include-capture",
        "--title",
        "pets outage",
        "--expires",
        "7",
      ],
      env,
    );
    const report = await stored(savedId(run.stdout)!);
    expect(report).toMatchObject({ redacted: false, title: "pets outage" });
    expect(Date.parse(report!.expiresAt!) - Date.parse(report!.createdAt)).toBe(7 * 24 * 60 * 60 * 1000);
    expect(report!.capture!.calls.length).toBe(historyCapture().calls.length);
    expect(JSON.stringify(report)).toContain("198.51.100.23");
  });

  it("prints the URL on standard error with --format json, so standard output stays one JSON document", async () => {
    const run = await runCli(["diagnose", "--capture", captureFile, "--save", "--format", "json"], env);
    expect(JSON.parse(run.stdout).kind).toBe("log-doctor/diagnosis");
    expect(run.stderr).toMatch(
      /^Report saved \(redacted\): https:\/\/logs\.example\.com\/ld\/reports\/[A-Za-z0-9_-]{22}\n$/,
    );
    expect(await stored(savedId(run.stderr)!)).not.toBeNull();
  });

  it("takes --base-url over LOG_DOCTOR_BASE_URL, and defaults to the local server", async () => {
    const explicit = await runCli(
      ["diagnose", "--capture", captureFile, "--save", "--base-url", "http://10.1.2.3:8080/"],
      env,
    );
    expect(explicit.stdout).toMatch(
      /Report saved \(redacted\): http:\/\/10\.1\.2\.3:8080\/reports\/[A-Za-z0-9_-]{22}\n$/,
    );
    const fallback = await runCli(["diagnose", "--capture", captureFile, "--save"], {
      LOG_DOCTOR_DATA_DIR: env.LOG_DOCTOR_DATA_DIR,
    });
    expect(fallback.stdout).toMatch(
      /Report saved \(redacted\): http:\/\/127\.0\.0\.1:3000\/reports\/[A-Za-z0-9_-]{22}\n$/,
    );
  });

  it.each([
    [["--title", "x"], "--title needs --save"],
    [["--no-redact"], "--no-redact needs --save"],
    [["--base-url", "https://x"], "--base-url needs --save"],
    [["--save", "--base-url", "ftp://x"], "must start with http:// or https://"],
    [["--save", "--expires", "0"], "--expires must be a whole number of days"],
  ])("refuses %j before diagnosing or saving anything", async (args, message) => {
    const run = await runCli(["diagnose", "--capture", captureFile, ...args], env);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(message);
    expect(existsSync(database())).toBe(false);
  });
});
