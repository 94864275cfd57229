import { Command, CommanderError } from "commander";
import type { CliCommand } from "./command";
import { checkTemplateCommand } from "./commands/check-template";
import { collectCommand, scanWithProgress } from "./commands/collect";
import { diagnoseCommand } from "./commands/diagnose";
import { findRequestCommand } from "./commands/find-request";
import { latestEventsCommand } from "./commands/latest-events";
import { policyCommand } from "./commands/policy";
import { probeCommand } from "./commands/probe";
import { runbookLinkCommand } from "./commands/runbook-link";
import { trailCommand } from "./commands/trail";
import { visible } from "../lib/render/escape";
import { CliInputError, exitCodes, processIo, type CliIo } from "./io";

const commands: CliCommand[] = [
  diagnoseCommand(scanWithProgress),
  collectCommand(),
  policyCommand(),
  trailCommand(),
  runbookLinkCommand(),
  findRequestCommand(),
  latestEventsCommand(),
  probeCommand(),
  checkTemplateCommand(),
];

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  let exitCode: number = exitCodes.ok;
  const program = new Command("log-doctor")
    .description("Why are my API Gateway logs missing? Diagnoses captures or live AWS accounts.")
    .exitOverride()
    .showHelpAfterError(false)
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(text.replace(/^error: /, "log-doctor: ")),
    });

  for (const command of commands) {
    const sub = command.configure(program.command(command.name)).exitOverride();
    sub.action(async (...received: unknown[]) => {
      const self = received[received.length - 1] as Command;
      exitCode = await command.run(self.opts(), self.args, io);
    });
  }

  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      const helpShown = error.code === "commander.helpDisplayed" || error.code === "commander.version";
      return helpShown || error.code === "commander.help" ? exitCodes.ok : exitCodes.input;
    }
    if (error instanceof CliInputError) {
      io.stderr.write(`log-doctor: ${visible(error.message, 2000)}\n`);
      return exitCodes.input;
    }
    io.stderr.write(`log-doctor: ${oneLine(error)}\n`);
    return exitCodes.input;
  }
  return exitCode;
}

// Messages can quote a capture or a file name: escaped so no control sequence reaches the terminal.
function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return visible(text.replace(/\s+/g, " ").trim(), 2000);
}
