// Streams a generated ~100 MB CloudTrail log file through the trail reader and explainer. The measured part runs in
// a child process so the peak is the reader's own (max RSS of that process, tsx loading included), not the runner's.
import { spawn } from "node:child_process";
import { createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { explainRecord } from "../lib/cloudtrail/explain";
import { readTrailFile } from "../lib/cloudtrail/node/read-trail-file";
import { generatedTrailChunks } from "../testing/cloudtrail/generated-trail";

const TARGET_BYTES = 100 * 1024 * 1024;
const CHILD = "LOG_DOCTOR_TRAIL_BENCH_FILE";

interface Measured {
  events: number;
  changes: number;
  problems: number;
  ms: number;
  peakMb: number;
}

/** The runner passes `{ only }`; this bench has a single figure, so it takes no options. */
export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "trail-bench-"));
  try {
    const path = join(dir, "trail.json");
    await writeTrail(path);
    const measured = await measureInChild(path);
    if (measured.problems > 0) throw new Error(`the generated file read with ${measured.problems} problems`);
    console.log(`trail: ${measured.events} events in ${measured.ms} ms, peak ${measured.peakMb} MB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** About TARGET_BYTES of records: the record count comes from the size of a small sample. */
async function writeTrail(path: string): Promise<void> {
  const sample = [...generatedTrailChunks({ records: 1000 })].join("").length / 1000;
  const records = Math.ceil(TARGET_BYTES / sample);
  const out = createWriteStream(path);
  for (const chunk of generatedTrailChunks({ records, changeEvery: 1000 })) {
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  if (statSync(path).size < TARGET_BYTES * 0.95) throw new Error("the generated file is smaller than intended");
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
  let events = 0;
  let changes = 0;
  let problems = 0;
  for await (const item of readTrailFile(path)) {
    if (item.kind === "problem") problems += 1;
    else {
      events += 1;
      if (explainRecord(item.value).change) changes += 1;
    }
  }
  const ms = Math.round(performance.now() - started);
  const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
  return { events, changes, problems, ms, peakMb };
}

if (process.env[CHILD]) {
  const measured = await measure(process.env[CHILD]);
  process.stdout.write(`${JSON.stringify(measured)}\n`);
}
