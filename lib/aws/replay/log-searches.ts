import type { Capture, CaptureCall } from "../../capture/schema";
import { toEpochMs } from "../../capture/time";

interface RecordedSearch {
  call: CaptureCall;
  start: number;
  end: number;
}

/**
 * Recorded FilterLogEvents answers, for requests whose window differs from the recorded one: a live search asks
 * for "the last 2 hours" from whenever it runs, so an exact-input match would never replay it. capture.md: a
 * recorded FilterLogEvents answers a request for the same group and filter pattern (and page token) whose time
 * window lies inside the recorded one; the answer keeps only the events inside the requested window.
 */
export class RecordedLogSearches {
  private readonly searches = new Map<string, RecordedSearch[]>();

  constructor(capture: Capture) {
    for (const call of capture.calls) {
      if (call.service !== "cloudwatch-logs" || call.operation !== "FilterLogEvents") continue;
      const key = searchKey(call.region ?? "", call.input);
      if (key === null) continue;
      const list = this.searches.get(key) ?? [];
      list.push({
        call,
        start: toEpochMs(call.input.startTime) ?? -Infinity,
        end: toEpochMs(call.input.endTime) ?? Infinity,
      });
      this.searches.set(key, list);
    }
  }

  /** The recorded call that answers a FilterLogEvents request body (awsJson 1.1), narrowed to its window. */
  answer(region: string, body: string): CaptureCall | undefined {
    let input: Record<string, unknown>;
    try {
      input = JSON.parse(body) as Record<string, unknown>;
    } catch {
      return undefined;
    }
    const key = searchKey(region, input);
    if (key === null) return undefined;
    const start = toEpochMs(input.startTime) ?? -Infinity;
    const end = toEpochMs(input.endTime) ?? Infinity;
    const recorded = this.searches.get(key)?.find((s) => s.start <= start && end <= s.end);
    if (!recorded) return undefined;
    if (recorded.call.error) return recorded.call;
    const output = recorded.call.output as Record<string, unknown>;
    const events = Array.isArray(output.events) ? output.events : [];
    const inside = events.filter((event) => {
      const time = toEpochMs((event as Record<string, unknown>).timestamp);
      return time === null || (time >= start && time <= end);
    });
    return { ...recorded.call, output: { ...output, events: inside } };
  }
}

/** Group, pattern and page token: what must match exactly. A group named by identifier is not replayed. */
function searchKey(region: string, input: Record<string, unknown>): string | null {
  if (typeof input.logGroupName !== "string") return null;
  const pattern = typeof input.filterPattern === "string" ? input.filterPattern : "";
  const token = typeof input.nextToken === "string" ? input.nextToken : "";
  return JSON.stringify([region, input.logGroupName, pattern, token]);
}
