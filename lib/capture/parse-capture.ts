import { exampleRegion, isPartition, isRegionOf, partitions, type Partition } from "../aws-names/regions";
import { visible } from "../render/escape";
import { MAX_CALLS_PER_REGION, MAX_REGIONS, callShapeProblem, count, type ItemBudget } from "./limits";
import { endsEarly, isCloudTrailFile, utf8Bytes } from "./not-a-capture";
import { captureCallSchema, captureSchema, type Capture } from "./schema";
import { toIsoTime } from "./time";

/** Largest capture we accept: far above a real account's transcript, far below what would exhaust memory. */
export const MAX_CAPTURE_BYTES = 100 * 1024 * 1024;

/** `cloudTrail` marks a CloudTrail file, so the web page can link to the explainer that reads it. */
export type ParseResult = { ok: true; capture: Capture } | { ok: false; error: string; cloudTrail?: true };

export const CLOUDTRAIL_FILE_ERROR =
  "this is a CloudTrail file, not a capture: open it in the CloudTrail explainer (/trail), or run `log-doctor trail FILE`";

/** Reads capture text into a validated Capture, or one line that names the problem (and the call index). */
export function parseCapture(input: string): ParseResult {
  // Windows tools (PowerShell 5's Out-File) start UTF-8 files with a byte-order mark, which JSON.parse refuses.
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.length > MAX_CAPTURE_BYTES) {
    return { ok: false, error: `capture is larger than ${MAX_CAPTURE_BYTES / 1024 / 1024} MB` };
  }
  if (text.trim() === "") return { ok: false, error: "capture is empty" };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    if (endsEarly(text)) {
      const bytes = utf8Bytes(text);
      return {
        ok: false,
        error: `capture is not valid JSON: it looks cut off, ending inside an unfinished object or string after ${count(bytes)} byte${bytes === 1 ? "" : "s"} (was the download or copy interrupted?)`,
      };
    }
    // V8 quotes a few characters of the input, which may be terminal control bytes: escaped, never copied.
    return { ok: false, error: `capture is not valid JSON (${oneLine(visible((error as Error).message))})` };
  }
  return validateCapture(json);
}

export function validateCapture(json: unknown): ParseResult {
  try {
    return validate(json);
  } catch (error) {
    // Whatever slips past the limits still answers with a message (422 / exit 2), never an empty 500 or a crash.
    return {
      ok: false,
      error: `capture could not be read (${oneLine(visible(String((error as Error)?.message ?? error)))})`,
    };
  }
}

function validate(json: unknown): ParseResult {
  if (isCloudTrailFile(json)) return { ok: false, error: CLOUDTRAIL_FILE_ERROR, cloudTrail: true };
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return { ok: false, error: 'capture must be a JSON object with kind "log-doctor/capture"' };
  }
  // Counted before the schema reads a single name, so a million-region capture is refused without touching them.
  const listed = (json as { regions?: unknown }).regions;
  if (Array.isArray(listed) && listed.length > MAX_REGIONS) {
    return {
      ok: false,
      error: `capture lists ${count(listed.length)} regions, more than the limit of ${MAX_REGIONS} regions`,
    };
  }
  const envelope = captureSchema.safeParse(json);
  if (!envelope.success) return { ok: false, error: `capture ${describeIssue(envelope.error.issues[0])}` };
  const { partition, regions } = envelope.data;
  if (!isPartition(partition)) {
    return {
      ok: false,
      error: `capture partition ${quote(partition)} is not an AWS partition (${partitions.join(", ")})`,
    };
  }
  const badRegion = regions.findIndex((region) => !isRegionOf(partition, region));
  if (badRegion >= 0)
    return { ok: false, error: `capture regions.${badRegion} ${notARegion(regions[badRegion], partition)}` };

  const calls: Capture["calls"] = [];
  const callsPerRegion = new Map<string, number>();
  const budget: ItemBudget = { items: 0 };
  for (const [index, raw] of envelope.data.calls.entries()) {
    const problem = callLimitProblem(raw, partition, callsPerRegion, budget);
    if (problem) return { ok: false, error: `call ${index} ${problem}` };
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

/** A call's region and shape against the limits; counts the call towards its region's (or the global bucket's) cap. */
function callLimitProblem(
  raw: unknown,
  partition: Partition,
  callsPerRegion: Map<string, number>,
  budget: ItemBudget,
): string | null {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return null;
  const region = (raw as { region?: unknown }).region;
  if (typeof region === "string" && !isRegionOf(partition, region))
    return `field region: ${notARegion(region, partition)}`;
  const bucket = typeof region === "string" ? region : "";
  const calls = (callsPerRegion.get(bucket) ?? 0) + 1;
  const regionsNamed = callsPerRegion.size - (callsPerRegion.has("") ? 1 : 0);
  if (calls === 1 && bucket !== "" && regionsNamed >= MAX_REGIONS) {
    return `is for a region beyond the limit of ${MAX_REGIONS} regions`;
  }
  if (calls > MAX_CALLS_PER_REGION) {
    const where = bucket ? `region ${bucket}` : "global services";
    return `is more than the limit of ${count(MAX_CALLS_PER_REGION)} calls for ${where}`;
  }
  callsPerRegion.set(bucket, calls);
  return callShapeProblem(raw as Record<string, unknown>, budget);
}

function notARegion(region: string, partition: Partition): string {
  return `${quote(region)} is not a region name of partition ${partition} (like ${exampleRegion[partition]})`;
}

/** A value from the capture inside an error message: quoted, short, and with control characters escaped. */
function quote(value: string): string {
  return `"${visible(value, 40)}"`;
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
