import path from "node:path";
import type { Capture } from "../capture/schema";
import type { Env } from "./aws-environment";
import { replayCollector } from "./replay-collector";

/** A call the scan will make or has made, as the collector reports it. */
export interface CollectProgress {
  type: "planned" | "done";
  service: string;
  operation: string;
  outcome?: "output" | "error";
}

export interface RegionCollectOptions {
  profile?: string;
  region: string;
  signal: AbortSignal;
  onProgress(event: CollectProgress): void;
}

export type Collector = { available: true; collectRegion(options: RegionCollectOptions): Promise<Capture> } | { available: false; reason: string };

/**
 * The one place the live scan meets the AWS collector. `LOG_DOCTOR_SCAN_REPLAY=<capture file>` replays a recorded
 * capture instead (end-to-end tests, demos without AWS). The real collector (`lib/aws/collect`) is wired here once
 * it is on main: `collectCapture({ profile, regions: [region], signal, onProgress })`.
 */
export function liveCollector(env: Env = process.env): Collector {
  const replay = env.LOG_DOCTOR_SCAN_REPLAY;
  if (replay) return { available: true, collectRegion: replayCollector(path.resolve(replay), Number(env.LOG_DOCTOR_SCAN_REPLAY_DELAY_MS ?? 15)) };
  return { available: false, reason: "This build of Log Doctor does not include the AWS collector yet, so it cannot scan a live account. Upload a capture made with the CLI instead." };
}
