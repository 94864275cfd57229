import type { Command } from "commander";
import { API_ID_PATTERN, parseRunbookTarget, REGION_PATTERN } from "../../lib/runbook/target";
import { resolveBaseUrl, runbookUrl } from "../../lib/reports/urls";
import type { CliCommand } from "../command";
import { CliInputError, exitCodes } from "../io";

/** `log-doctor runbook-link`: the URL an on-call runbook embeds to diagnose one API (and stage) live, in one click. */
export function runbookLinkCommand(): CliCommand {
  return {
    name: "runbook-link",
    configure: (command: Command) =>
      command
        .description("Print the runbook link that diagnoses one API's logs live when opened")
        .requiredOption("--region <region>", "the API's region, e.g. us-east-1")
        .requiredOption("--api <id>", "the API id (10 characters, e.g. a1b2c3d4e5)")
        .option("--stage <name>", "one stage only")
        .option(
          "--base-url <url>",
          "where Log Doctor is served (default: $LOG_DOCTOR_BASE_URL or http://127.0.0.1:3000)",
        ),
    async run(options, _args, io) {
      const region = String(options.region);
      const apiId = String(options.api);
      const stage = options.stage as string | undefined;
      const target = parseRunbookTarget(region, apiId, stage);
      if (!target) {
        if (!REGION_PATTERN.test(region))
          throw new CliInputError(`--region ${JSON.stringify(region)} is not an AWS region name (like us-east-1)`);
        if (!API_ID_PATTERN.test(apiId))
          throw new CliInputError(
            `--api ${JSON.stringify(apiId)} is not an API Gateway API id (10 lower-case letters and digits)`,
          );
        throw new CliInputError(
          `--stage ${JSON.stringify(stage)} is not a stage name (letters, digits, - and _, at most 128; or $default)`,
        );
      }
      let baseUrl: string;
      try {
        baseUrl = resolveBaseUrl(options.baseUrl as string | undefined, io.env);
      } catch (error) {
        throw new CliInputError((error as Error).message);
      }
      io.stdout.write(`${runbookUrl(baseUrl, target)}\n`);
      return exitCodes.ok;
    },
  };
}
