import { Option, type Command } from "commander";
import { checkTemplates } from "../../lib/templates/check-templates";
import { renderTemplateMarkdown, renderTemplateText } from "../../lib/templates/render";
import { renderSarif } from "../../lib/templates/sarif";
import type { CliCommand } from "../command";
import { CliInputError, exitCodes } from "../io";

/** `log-doctor check-template PATH...`: CloudFormation, SAM, CDK cloud assemblies and Terraform plan JSON, before deploy. */
export function checkTemplateCommand(): CliCommand {
  return {
    name: "check-template",
    configure: (command: Command) =>
      command
        .description(
          "Run Log Doctor's checks on CloudFormation/SAM templates, CDK cloud assemblies (cdk.out) and Terraform plan JSON",
        )
        .argument("<paths...>", "template files, cdk.out directories, or `terraform show -json` plan files")
        .addOption(
          new Option("--format <format>", "output format")
            .choices(["text", "markdown", "json", "sarif"])
            .default("text"),
        )
        .option(
          "--region <region>",
          "region for templates that do not name one (CDK environments and Terraform providers do)",
          "us-east-1",
        ),
    async run(options, args, io) {
      if (args.length === 0) throw new CliInputError("give at least one template, cdk.out directory or plan file");
      const report = await checkTemplates(args, { region: String(options.region) });
      const format = String(options.format);
      io.stdout.write(
        format === "json"
          ? `${JSON.stringify(report, null, 2)}\n`
          : format === "sarif"
            ? renderSarif(report)
            : format === "markdown"
              ? renderTemplateMarkdown(report)
              : renderTemplateText(report, { width: terminalWidth(io.stdout) }),
      );
      for (const input of report.inputs.filter((i) => i.error))
        io.stderr.write(`log-doctor: ${input.path}: ${input.error}\n`);
      // As diagnose: 2 when some input could not be read (the rest is still reported), else 1 when a check failed.
      if (report.inputs.some((i) => i.error)) return exitCodes.input;
      return report.findings.some((f) => f.status === "fail") ? exitCodes.problems : exitCodes.ok;
    },
  };
}

/** A terminal's own width when it says (clamped, so a very wide one still reads well); 80 for a pipe or CI log. */
function terminalWidth(stdout: { isTTY?: boolean; columns?: number }): number {
  return stdout.isTTY && typeof stdout.columns === "number" ? Math.min(Math.max(stdout.columns, 60), 120) : 80;
}
