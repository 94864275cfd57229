import type { Capture, CaptureCall } from "../capture/schema";

// Calls every per-region scan repeats: the caller's identity and the region list (sent to whichever region the
// scan started in), IAM (global) and CloudTrail lookups of the logging role (always us-east-1).
const anyRegion = new Set(["sts:GetCallerIdentity", "account:ListRegions"]);

function callKey(call: CaptureCall): string {
  const name = `${call.service}:${call.operation}`;
  return `${name}|${anyRegion.has(name) ? "" : (call.region ?? "")}|${JSON.stringify(call.input)}`;
}

/** Joins per-region captures of one account into one, keeping the first copy of calls that several repeat. */
export function mergeCaptures(captures: readonly Capture[]): Capture {
  if (captures.length === 0) throw new Error("nothing to merge");
  const seen = new Set<string>();
  const calls: CaptureCall[] = [];
  for (const capture of captures) {
    for (const call of capture.calls) {
      const key = callKey(call);
      if (seen.has(key)) continue;
      seen.add(key);
      calls.push(call);
    }
  }
  return {
    kind: "log-doctor/capture",
    version: 1,
    capturedAt: captures.map((c) => c.capturedAt).sort()[0],
    partition: captures[0].partition,
    regions: [...new Set(captures.flatMap((c) => c.regions))],
    calls,
  };
}
