import path from "node:path";
import { collectCapture, type CollectOptions } from "../aws/collect";
import type { Env } from "./aws-environment";
import type { Collector, RegionCollector } from "./region-collector";
import { replayCollector } from "./replay-collector";

/** Test-only knobs of the AWS collector (endpoint, static credentials, retry tuning); a real scan passes none. */
export type CollectorOverrides = Pick<CollectOptions, "clientOverrides" | "tuning" | "now">;

/**
 * The one place the live scan meets the AWS collector (`lib/aws/collect`): one `collectCapture` per region, so
 * each region's capture can be diagnosed the moment it is complete while the others are still being read.
 */
export function awsRegionCollector(overrides: CollectorOverrides = {}): RegionCollector {
  return ({ profile, region, signal, onProgress }) =>
    collectCapture({
      ...overrides,
      profile,
      regions: [region],
      signal,
      onProgress: (event) => {
        if (event.type === "planned")
          onProgress({ type: "planned", service: event.service, operation: event.operation });
        else if (event.type === "done")
          onProgress({ type: "done", service: event.service, operation: event.operation, outcome: event.outcome });
      },
    });
}

/**
 * The server's collector: the AWS one, or — with `LOG_DOCTOR_SCAN_REPLAY=<capture file>` — a replay of a recorded
 * capture (end-to-end tests, demonstrations without an AWS account).
 */
export function liveCollector(env: Env = process.env): Collector {
  const replay = env.LOG_DOCTOR_SCAN_REPLAY;
  if (replay)
    return {
      available: true,
      collectRegion: replayCollector(path.resolve(replay), Number(env.LOG_DOCTOR_SCAN_REPLAY_DELAY_MS ?? 15)),
    };
  return { available: true, collectRegion: awsRegionCollector() };
}
