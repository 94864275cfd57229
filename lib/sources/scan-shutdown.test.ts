import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { SHUTDOWN_MESSAGE } from "./live-scan";
import { SqliteScanStore } from "./sqlite-scan-store";

const dir = mkdtempSync(path.join(tmpdir(), "log-doctor-shutdown-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("on SIGTERM a server process ends its running scan as failed, stores what finished, saves the scan, then exits", async () => {
  const child = spawn(process.execPath, ["--import", "tsx", "testing/sources/scan-until-signal.ts"], {
    env: { ...process.env, LOG_DOCTOR_DATA_DIR: dir, DATABASE_URL: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const id = await new Promise<string>((resolve, reject) => {
    let stdout = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
      const ready = stdout.match(/ready ([A-Za-z0-9_-]{22})/);
      if (ready) resolve(ready[1]);
    });
    void exited.then((code) => reject(new Error(`the scan process exited (${code}) before it was ready: ${stderr}`)));
  });

  child.kill("SIGTERM");
  expect(await exited).toBe(143);

  const store = new SqliteScanStore(path.join(dir, "scans.sqlite"), { keepMs: 3_600_000, staleMs: 30_000 });
  try {
    const snapshot = (await store.get(id))?.snapshot;
    expect(snapshot).toMatchObject({
      status: "failed",
      error: SHUTDOWN_MESSAGE,
      href: expect.stringMatching(/^\/diagnose\/[A-Za-z0-9_-]{22}$/),
    });
    expect(snapshot?.regions.map((r) => `${r.region} ${r.state}`)).toEqual(["us-east-1 done", "eu-west-1 stopped"]);
    // The region that finished was stored as a source, as a cancelled scan's is.
    expect(existsSync(path.join(dir, "sources", `${snapshot!.href!.slice("/diagnose/".length)}.json`))).toBe(true);
  } finally {
    await store.close();
  }
});
