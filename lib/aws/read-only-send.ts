import { allowedEntryOf } from "./allowlist";

/** The part of an SDK v3 client this module needs; every client class has it. */
export interface SendingClient {
  send(command: never, options?: { abortSignal?: AbortSignal }): Promise<unknown>;
}

export class CommandNotAllowedError extends Error {
  override name = "CommandNotAllowedError";
}

/**
 * The one place the collector sends AWS commands. A command that is not on the allowlist is refused before any
 * network I/O, so the tool stays read-only even if a caller builds a write command by mistake.
 */
export async function sendReadOnly(
  client: SendingClient,
  command: object,
  options: { abortSignal?: AbortSignal } = {},
): Promise<Record<string, unknown>> {
  if (!allowedEntryOf(command)) {
    throw new CommandNotAllowedError(`${command.constructor.name} is not on the read-only allowlist`);
  }
  const output = await client.send(command as never, options);
  return (output ?? {}) as Record<string, unknown>;
}
