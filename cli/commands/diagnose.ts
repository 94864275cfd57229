import { Option, type Command } from "commander";
import type { Capture } from "../../lib/capture/schema";
import { symptomNames } from "../../lib/checks/registry";
import type { Analysis } from "../../lib/engine/analyze";
import { analyze } from "../../lib/engine/analyze";
import { renderCompactMarkdown } from "../../lib/render/compact-markdown";
import { renderMarkdown } from "../../lib/render/markdown";
import { renderText } from "../../lib/render/text";
import type { CliCommand } from "../command";
import { CliInputError, exitCodes, type CliIo } from "../io";
import { readCaptureFile } from "../read-capture-file";
import { planSave, saveFromCli, withSaveOptions } from "../save-report";

const collect = (value: string, previous: string[] = []) => [...previous, value];

export interface LiveSource {
  (
    options: { profile?: string; regions?: string[]; apiId?: string; stage?: string; authorizers?: boolean },
    io: CliIo,
  ): Promise<Capture>;
}

/** `log-doctor diagnose`: a capture file (or a live account) → text, Markdown or JSON; exit 1 when a check fails. */
export function diagnoseCommand(live?: LiveSource): CliCommand {
  return {
    name: "diagnose",
    configure: (command: Command) =>
      withSaveOptions(command)
        .description("Diagnose why API Gateway logs are missing, from a capture file or a live AWS account")
        .option("--capture <file>", "a capture file (log-doctor/capture v1), or - for standard input")
        .option("--symptom <name>", `a symptom you see, repeatable: ${symptomNames.join(", ")}`, collect)
        .addOption(
          new Option("--format <format>", "output format").choices(["text", "markdown", "json"]).default("text"),
        )
        .option("--compact", "with --format markdown: the ticket-sized report (summary, failing stages, one fix each)")
        .option("--profile <profile>", "AWS profile for a live diagnosis")
        .option("--region <region>", "region to scan live, repeatable (default: all enabled regions)", collect)
        .option("--api <id>", "diagnose one API only (live)")
        .option("--stage <name>", "with --api: one stage only (live)"),
    async run(options, _args, io) {
      const symptoms = (options.symptom as string[] | undefined) ?? [];
      const unknown = symptoms.filter((s) => !symptomNames.includes(s));
      if (unknown.length > 0)
        throw new CliInputError(
          `unknown symptom ${JSON.stringify(unknown[0])}; choose from ${symptomNames.join(", ")}`,
        );
      if (options.stage && !options.api) throw new CliInputError("--stage needs --api");
      if (options.compact && options.format !== "markdown")
        throw new CliInputError("--compact needs --format markdown");
      const save = planSave(options, io.env);

      let capture: Capture;
      if (typeof options.capture === "string") {
        if (options.profile || options.region || options.api)
          throw new CliInputError("--capture cannot be combined with --profile, --region or --api");
        capture = await readCaptureFile(options.capture);
      } else if (live) {
        capture = await live(
          {
            profile: options.profile as string | undefined,
            regions: options.region as string[] | undefined,
            apiId: options.api as string | undefined,
            stage: options.stage as string | undefined,
            // The authorizer-401 symptom names the authorizers that can reject a request: read them in a full scan too.
            ...(symptoms.includes("authorizer-401") ? { authorizers: true } : {}),
          },
          io,
        );
      } else {
        throw new CliInputError("give --capture FILE (live scans are not available in this build)");
      }

      const analysis = analyze(capture, { symptoms });
      const { diagnosis } = analysis;
      io.stdout.write(
        options.compact ? renderCompactMarkdown(diagnosis) : render(analysis, options.format as string, io),
      );
      if (save) await saveFromCli(save, analysis, capture, options.format as string, io);
      return diagnosis.findings.some((f) => f.status === "fail") ? exitCodes.problems : exitCodes.ok;
    },
  };
}

function render({ diagnosis, logs }: Analysis, format: string, io: CliIo): string {
  // JSON stays the Diagnosis contract (checks.md); the log places are for people reading Markdown or text.
  if (format === "json") return `${JSON.stringify(diagnosis, null, 2)}\n`;
  if (format === "markdown") return renderMarkdown(diagnosis, { logs });
  return renderText(diagnosis, { colour: io.stdout.isTTY === true && !io.env.NO_COLOR, logs });
}
