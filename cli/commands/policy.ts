import type { Command } from "commander";
import { leastPrivilegePolicy } from "../../lib/aws/least-privilege-policy";
import type { CliCommand } from "../command";
import { CliInputError, exitCodes } from "../io";

/** `log-doctor policy`: the IAM policy a scan needs, generated from the collector's allowlist. */
export function policyCommand(): CliCommand {
  return {
    name: "policy",
    configure: (command: Command) =>
      command
        .description("Print the least-privilege IAM policy that log-doctor collect needs")
        .option("--partition <partition>", "AWS partition of the resource ARNs (aws, aws-cn, aws-us-gov)", "aws"),
    async run(options, _args, io) {
      const partition = String(options.partition);
      if (!/^aws(-[a-z]+)*$/.test(partition))
        throw new CliInputError(`--partition ${JSON.stringify(partition)} is not an AWS partition`);
      io.stdout.write(`${JSON.stringify(leastPrivilegePolicy(partition), null, 2)}\n`);
      return exitCodes.ok;
    },
  };
}
