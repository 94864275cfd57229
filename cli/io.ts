/** What a command may touch of the outside world, so tests can run commands in-process. */
export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
}

export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env };
}

/** Bad usage or unreadable input: exit code 2 with its message as the one line on stderr. */
export class CliInputError extends Error {}

export const exitCodes = { ok: 0, problems: 1, input: 2 } as const;
