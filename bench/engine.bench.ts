import { loadavg } from "node:os";
import { parseCapture } from "../lib/capture/parse-capture";
import { analyze } from "../lib/engine/analyze";
import { generateAccount } from "./generate-account";

const STAGES = 10_000;

/** `engine: <N> stages in <ms> ms` — the median of several diagnoses of a 10,000-stage capture (target < 200 ms). */
export async function run(): Promise<void> {
  const text = JSON.stringify(generateAccount(STAGES));
  const parsed = parseCapture(text);
  if (!parsed.ok) throw new Error(parsed.error);
  const stages = analyze(parsed.capture).diagnosis.apis.reduce((n, api) => n + (api.stages?.length ?? 0), 0);

  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 7; i++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    analyze(parsed.capture);
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  cpu.sort((a, b) => a - b);
  const parseStart = performance.now();
  parseCapture(text);
  const parseMs = performance.now() - parseStart;
  times.sort((a, b) => a - b);
  console.log(`engine: ${stages} stages in ${Math.round(times[3])} ms`);
  console.error(
    `  (capture ${(text.length / 1024 / 1024).toFixed(1)} MB parsed and validated in ${Math.round(parseMs)} ms; diagnose min ${Math.round(times[0])} ms, max ${Math.round(times[6])} ms, median CPU ${Math.round(cpu[3])} ms; load average ${loadavg()[0].toFixed(1)})`,
  );
}
