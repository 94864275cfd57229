import type { LogStream, Region } from "../../model/types";
import { newestTime } from "../../model/read-logs";

export const DAY_MS = 24 * 60 * 60 * 1000;

/** The newest event of a log group, when the capture has its DescribeLogStreams. */
export function newestEvent(region: Region, group: string): { stream: LogStream; time: number } | null {
  const source = region.newestStreams.get(group);
  if (!source || source.state !== "collected" || !source.value) return null;
  const time = newestTime(source.value);
  return Number.isFinite(time) ? { stream: source.value, time } : null;
}

/** Delivered means the newest event is at most 24 hours older than the capture. */
export function isRecent(time: number, capturedAtMs: number): boolean {
  return capturedAtMs - time <= DAY_MS;
}

export function recentExecutionLogEvent(region: Region, capturedAtMs: number): { group: string; time: number } | null {
  for (const group of [...region.newestStreams.keys()].sort()) {
    if (!group.startsWith("API-Gateway-Execution-Logs_")) continue;
    const event = newestEvent(region, group);
    if (event && isRecent(event.time, capturedAtMs) && event.time <= capturedAtMs + DAY_MS)
      return { group, time: event.time };
  }
  return null;
}
