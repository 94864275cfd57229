import { captureCallSchema, captureSchema, type Capture } from "./schema";
import { toIsoTime } from "./time";

/** Largest capture we accept: far above a real account's transcript, far below what would exhaust memory. */
export const MAX_CAPTURE_BYTES = 100 * 1024 * 1024;

export type ParseResult = { ok: true; capture: Capture } | { ok: false; error: string };

/** Reads capture text into a validated Capture, or one line that names the problem (and the call index). */
export function parseCapture(text: string): ParseResult {
  if (text.length > MAX_CAPTURE_BYTES) {
    return { ok: false, error: `capture is larger than ${MAX_CAPTURE_BYTES / 1024 / 1024} MB` };
  }
  if (text.trim() === "") return { ok: false, error: "capture is empty" };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `capture is not valid JSON (${oneLine((error as Error).message)})` };
  }
  return validateCapture(json);
}

export function validateCapture(json: unknown): ParseResult {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return { ok: false, error: "capture must be a JSON object with kind \"log-doctor/capture\"" };
  }
  const envelope = captureSchema.safeParse(json);
  if (!envelope.success) return { ok: false, error: `capture ${describeIssue(envelope.error.issues[0])}` };

  const calls: Capture["calls"] = [];
  for (const [index, raw] of envelope.data.calls.entries()) {
    const call = captureCallSchema.safeParse(raw);
    if (!call.success) return { ok: false, error: `call ${index} ${describeIssue(call.error.issues[0])}` };
    calls.push(call.data);
  }
  const capturedAt = toIsoTime(envelope.data.capturedAt);
  if (capturedAt === null) return { ok: false, error: "capture capturedAt is not a valid time" };

  return {
    ok: true,
    capture: {
      kind: "log-doctor/capture",
      version: 1,
      capturedAt,
      partition: envelope.data.partition,
      regions: envelope.data.regions,
      calls,
    },
  };
}

interface Issue {
  path: PropertyKey[];
  message: string;
}

function describeIssue(issue: Issue | undefined): string {
  if (!issue) return "is invalid";
  const path = issue.path.map(String).join(".");
  return oneLine(path ? `field ${path}: ${issue.message}` : issue.message);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
