import type { Capture } from "../capture/schema";

// What a live scan asks of a collector, apart from both collectors (AWS in collector.ts, a recorded capture in
// replay-collector.ts), so neither imports the other.

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

export type RegionCollector = (options: RegionCollectOptions) => Promise<Capture>;
export type Collector = { available: true; collectRegion: RegionCollector } | { available: false; reason: string };
