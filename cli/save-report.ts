import type { Command } from "commander";
import type { Capture } from "../lib/capture/schema";
import type { Analysis } from "../lib/engine/analyze";
import { saveReport } from "../lib/reports/create-report";
import { MAX_EXPIRY_DAYS } from "../lib/reports/report-limits";
import { closeReportStores, defaultReportStore } from "../lib/reports/default-store";
import { loopbackWarning, reportUrl, resolveBaseUrl } from "../lib/reports/urls";
import { CliInputError, type CliIo } from "./io";

export interface SavePlan {
  baseUrl: string;
  title?: string;
  includeCapture: boolean;
  redact: boolean;
  expiresInDays: number | null;
}

/** `--save` and its companions, for commands that produce a diagnosis. */
export function withSaveOptions(command: Command): Command {
  return command
    .option("--save", "save the diagnosis as a shareable report (redacted) and print its URL")
    .option("--title <title>", "with --save: the report's title")
    .option("--include-capture", "with --save: keep the (redacted) capture in the report")
    .option("--no-redact", "with --save: keep account ids, access key ids, IP addresses and principal names")
    .option(
      "--expires <days>",
      `with --save: days until the link stops working (1-${MAX_EXPIRY_DAYS}; default: $LOG_DOCTOR_REPORT_EXPIRY_DAYS or 30, where 0 keeps)`,
    )
    .option(
      "--base-url <url>",
      "with --save: where Log Doctor is served (default: $LOG_DOCTOR_BASE_URL or http://127.0.0.1:3000)",
    );
}

/** Checks the save options before any work is done; null when --save was not given. */
export function planSave(options: Record<string, unknown>, env: CliIo["env"]): SavePlan | null {
  if (!options.save) {
    const stray = (["title", "includeCapture", "expires", "baseUrl"] as const).find(
      (name) => options[name] !== undefined,
    );
    if (stray || options.redact === false)
      throw new CliInputError(`--${stray ? kebab(stray) : "no-redact"} needs --save`);
    return null;
  }
  let baseUrl: string;
  try {
    baseUrl = resolveBaseUrl(options.baseUrl as string | undefined, env);
  } catch (error) {
    throw new CliInputError((error as Error).message);
  }
  const expires = options.expires as string | undefined;
  if (expires !== undefined && !(/^\d+$/.test(expires) && Number(expires) >= 1 && Number(expires) <= MAX_EXPIRY_DAYS)) {
    throw new CliInputError(
      `--expires must be a whole number of days from 1 to ${MAX_EXPIRY_DAYS}, not ${JSON.stringify(expires)}`,
    );
  }
  return {
    baseUrl,
    title: options.title as string | undefined,
    includeCapture: options.includeCapture === true,
    redact: options.redact !== false,
    expiresInDays: expires === undefined ? null : Number(expires),
  };
}

/**
 * Stores the report in the database the web server reads (`LOG_DOCTOR_DATA_DIR`) and prints its URL: on standard
 * output after a text or Markdown report, on standard error after JSON so the JSON stays one valid document.
 */
export async function saveFromCli(
  plan: SavePlan,
  analysis: Analysis,
  capture: Capture,
  format: string,
  io: CliIo,
): Promise<void> {
  try {
    const report = await saveReport(defaultReportStore(io.env), { analysis, capture, ...plan }, io.env);
    const line = `Report saved${report.redacted ? " (redacted)" : ""}: ${reportUrl(plan.baseUrl, report.id)}\n`;
    (format === "json" ? io.stderr : io.stdout).write(format === "json" ? line : `\n${line}`);
    // The same warning as the Share panel: a loopback link opens only on the machine that made it.
    const warning = loopbackWarning(plan.baseUrl);
    if (warning)
      io.stderr.write(
        `Note: ${warning.replace("Set LOG_DOCTOR_BASE_URL", "Pass --base-url or set LOG_DOCTOR_BASE_URL")}\n`,
      );
  } finally {
    await closeReportStores();
  }
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
