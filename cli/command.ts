import type { Command } from "commander";
import type { CliIo } from "./io";

/** A CLI command: one file each under cli/commands, registered explicitly in cli/main.ts. */
export interface CliCommand {
  name: string;
  /** Declares arguments and options on `command`; `run` receives the parsed options and returns the exit code. */
  configure(command: Command): Command;
  run(options: Record<string, unknown>, args: string[], io: CliIo): Promise<number>;
}
