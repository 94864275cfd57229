import { readFile, stat } from "node:fs/promises";
import { MAX_CAPTURE_BYTES, parseCapture } from "../lib/capture/parse-capture";
import type { Capture } from "../lib/capture/schema";
import { CliInputError } from "./io";

/** Reads and validates a capture file, turning every way it can be unreadable into one clear line. */
export async function readCaptureFile(path: string, stdin: () => Promise<string> = readStdin): Promise<Capture> {
  const text = path === "-" ? await stdin() : await readText(path);
  const parsed = parseCapture(text);
  if (!parsed.ok) throw new CliInputError(`${path === "-" ? "standard input" : path}: ${parsed.error}`);
  return parsed.capture;
}

async function readText(path: string): Promise<string> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new CliInputError(`${path}: is a directory, not a capture file`);
    if (!info.isFile()) throw new CliInputError(`${path}: is not a regular file`);
    size = info.size;
  } catch (error) {
    if (error instanceof CliInputError) throw error;
    throw new CliInputError(`${path}: ${describeFsError(error)}`);
  }
  if (size > MAX_CAPTURE_BYTES) {
    throw new CliInputError(
      `${path}: capture is ${Math.round(size / 1024 / 1024)} MB, larger than the ${MAX_CAPTURE_BYTES / 1024 / 1024} MB limit`,
    );
  }
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    throw new CliInputError(`${path}: ${describeFsError(error)}`);
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > MAX_CAPTURE_BYTES)
      throw new CliInputError(`standard input: capture is larger than the ${MAX_CAPTURE_BYTES / 1024 / 1024} MB limit`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a directory, not a capture file";
  return (error as Error).message.replace(/\s+/g, " ");
}
