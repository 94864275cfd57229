// The capped-input path: a capture listing 1,000,000 made-up regions (the ~10 MB file that ran the CLI and the
// server out of memory) read and refused as the CLI does. The measured part runs in a child process so the peak
// is that process's own (max RSS, tsx loading included), not the runner's.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readCaptureFile } from "../cli/read-capture-file";
import { capture } from "../testing/capture-builder";

const REGIONS = 1_000_000;
const CHILD = "LOG_DOCTOR_LIMITS_BENCH_FILE";

interface Measured {
  error: string;
  ms: number;
  peakMb: number;
}

/** `limits: <N> MB hostile capture rejected in <ms> ms, peak <MB> MB`. */
export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "limits-bench-"));
  try {
    const path = join(dir, "regions.json");
    const built = capture().restApi("a1").stage("prod").build();
    writeFileSync(path, JSON.stringify({ ...built, regions: Array.from({ length: REGIONS }, (_, i) => `r${i}`) }));
    const mb = (statSync(path).size / 1024 / 1024).toFixed(1);
    const measured = await measureInChild(path);
    if (!/limit of \d+ regions/.test(measured.error))
      throw new Error(`the hostile capture was not refused by the region limit: ${measured.error}`);
    console.log(`limits: ${mb} MB hostile capture rejected in ${measured.ms} ms, peak ${measured.peakMb} MB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function measureInChild(path: string): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url)], {
      env: { ...process.env, [CHILD]: path },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0
        ? resolve(JSON.parse(output.trim().split("\n").pop()!) as Measured)
        : reject(new Error(`bench child exited with ${code}`)),
    );
  });
}

async function measure(path: string): Promise<Measured> {
  const started = performance.now();
  let error = "accepted";
  try {
    await readCaptureFile(path);
  } catch (refused) {
    error = (refused as Error).message;
  }
  const ms = Math.round(performance.now() - started);
  return { error, ms, peakMb: Math.round(process.resourceUsage().maxRSS / 1024) };
}

if (process.env[CHILD]) {
  const measured = await measure(process.env[CHILD]);
  process.stdout.write(`${JSON.stringify(measured)}\n`);
}
