import { missingCredentials } from "../../lib/capture/missing-credentials";
import { randomBytes } from "node:crypto";
import { rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Command } from "commander";
import type { Capture } from "../../lib/capture/schema";
import { isRegionName } from "../../lib/aws-names/regions";
import { collectCapture } from "../../lib/aws/collect";
import { terminalProgress } from "../../lib/aws/progress-bar";
import type { CliCommand } from "../command";
import { CliInputError, exitCodes, type CliIo } from "../io";

const repeatable = (value: string, previous: string[] = []) => [...previous, value];

export interface LiveScanOptions {
  profile?: string;
  regions?: string[];
  apiId?: string;
  stage?: string;
  lookbackDays?: number;
  /** Also read every REST API's authorizers (the authorizer-401 symptom). */
  authorizers?: boolean;
}

/**
 * A live scan for the CLI: progress on stderr when it is a terminal, and a one-line input error when there are
 * no credentials at all (every call would fail the same way). `diagnose` without `--capture` can use it too.
 */
export async function scanWithProgress(options: LiveScanOptions, io: CliIo): Promise<Capture> {
  const progress = io.stderr.isTTY ? terminalProgress(io.stderr as { write(text: string): unknown }) : undefined;
  let capture: Capture;
  try {
    capture = await collectCapture({ ...options, onProgress: progress?.listener });
  } finally {
    progress?.finish();
  }
  const noCredentials = missingCredentials(capture);
  if (noCredentials !== null) throw new CliInputError(`no AWS credentials found (${noCredentials})`);
  return capture;
}

/** `log-doctor collect`: scans an AWS account read-only and writes the capture a diagnosis reads. */
export function collectCommand(): CliCommand {
  return {
    name: "collect",
    configure: (command: Command) =>
      command
        .description("Scan an AWS account read-only and write a capture file (log-doctor/capture v1)")
        .option("--profile <profile>", "AWS profile (default: the SDK's default chain, e.g. AWS_PROFILE)")
        .option("--region <region>", "region to scan, repeatable (default: all enabled regions)", repeatable)
        .option("--api <id>", "collect only what one API's diagnosis needs")
        .option("--stage <name>", "with --api: one stage only")
        .option("--days <n>", "CloudTrail lookback in days, 1-90", "30")
        .option("--out <file>", "where to write the capture")
        .option("--compact", "write compact JSON instead of indented"),
    async run(options, _args, io) {
      const scan = scanOptions(options);
      const out = options.out;
      if (typeof out !== "string" || out === "") throw new CliInputError("--out FILE is required");

      const capture = await scanWithProgress(scan, io);
      const text = options.compact ? JSON.stringify(capture) : `${JSON.stringify(capture, null, 2)}\n`;
      await writeAtomically(out, text);
      const errors = capture.calls.filter((call) => call.error).length;
      const regions = capture.regions.length;
      io.stdout.write(
        `Wrote ${out}: ${capture.calls.length} calls in ${regions} region${regions === 1 ? "" : "s"}` +
          (errors > 0 ? ` (${errors} recorded as errors)` : "") +
          ".\n",
      );
      return exitCodes.ok;
    },
  };
}

function scanOptions(options: Record<string, unknown>): LiveScanOptions {
  const days = String(options.days ?? "30");
  if (!/^\d+$/.test(days) || Number(days) < 1 || Number(days) > 90) {
    throw new CliInputError(
      `--days must be a whole number from 1 to 90 (CloudTrail keeps 90 days), not ${JSON.stringify(days)}`,
    );
  }
  const regions = options.region as string[] | undefined;
  const badRegion = regions?.find((region) => !isRegionName(region));
  if (badRegion !== undefined)
    throw new CliInputError(`--region ${JSON.stringify(badRegion)} is not a region name like us-east-1`);
  if (options.stage !== undefined && options.api === undefined) throw new CliInputError("--stage needs --api");
  return {
    profile: options.profile as string | undefined,
    regions,
    apiId: options.api as string | undefined,
    stage: options.stage as string | undefined,
    lookbackDays: Number(days),
  };
}

/** Write beside the target, then rename: a reader never sees half a capture, and a failed scan leaves no file. */
async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(temporary, text, { encoding: "utf8", mode: 0o600 });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliInputError(
      `cannot write ${path}: ${code === "ENOENT" ? "no such directory" : (error as Error).message}`,
    );
  }
}
