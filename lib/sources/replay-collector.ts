import { readFileSync } from "node:fs";
import { parseCapture } from "../capture/parse-capture";
import type { Capture, CaptureCall } from "../capture/schema";
import type { RegionCollectOptions } from "./region-collector";

const globalCalls = new Set(["sts:GetCallerIdentity", "account:ListRegions"]);
// The collector looks up the logging role's IAM events in us-east-1 whichever region named the role.
const isRoleLookup = (call: CaptureCall) =>
  call.operation === "LookupEvents" && JSON.stringify(call.input).includes('"ResourceName"');

/** Plays a recorded capture back region by region, reporting each call as planned and done like the collector does. */
export function replayCollector(file: string, delayMs: number) {
  let recorded: Capture | null = null;
  return async ({ region, signal, onProgress }: RegionCollectOptions): Promise<Capture> => {
    if (!recorded) {
      const parsed = parseCapture(readFileSync(file, "utf8"));
      if (!parsed.ok) throw new Error(`replay capture ${file}: ${parsed.error}`);
      recorded = parsed.capture;
    }
    const calls = recorded.calls.filter(
      (c: CaptureCall) =>
        c.region === region ||
        c.region === undefined ||
        globalCalls.has(`${c.service}:${c.operation}`) ||
        isRoleLookup(c),
    );
    for (const call of calls) onProgress({ type: "planned", service: call.service, operation: call.operation });
    for (const call of calls) {
      await sleep(delayMs, signal);
      onProgress({
        type: "done",
        service: call.service,
        operation: call.operation,
        outcome: call.error ? "error" : "output",
      });
    }
    return { ...recorded, regions: [region], calls };
  };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
