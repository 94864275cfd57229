import { toEpochMs } from "../capture/time";
import { asArray, asRecord, asString, type CallIndex } from "./call-index";

/** One log event a FilterLogEvents search returned. */
export interface FoundEvent {
  timestamp: number | null;
  stream: string;
  message: string;
}

export type LogSearchAnswer =
  /** `complete` is false when the search stopped with pages left (the last recorded page still has a token). */
  | {
      state: "searched";
      events: FoundEvent[];
      pages: number;
      complete: boolean;
      window: { start: number | null; end: number | null };
    }
  | { state: "error"; error: { name: string; message: string } }
  | { state: "not-searched" };

/**
 * The recorded FilterLogEvents pages of one group and filter pattern, joined. Searches are recorded one call per
 * page with the token in the input (capture.md); an error on any page ends that search.
 */
export function readLogSearch(
  calls: CallIndex,
  region: string,
  logGroupName: string,
  filterPattern: string,
): LogSearchAnswer {
  const pages = calls
    .calls("cloudwatch-logs", region, "FilterLogEvents")
    .filter(({ call }) => call.input.logGroupName === logGroupName && call.input.filterPattern === filterPattern);
  if (pages.length === 0) return { state: "not-searched" };
  const failedPage = pages.find(({ call }) => call.error);
  if (failedPage?.call.error)
    return { state: "error", error: { name: failedPage.call.error.name, message: failedPage.call.error.message } };

  const seen = new Set<string>();
  const events: FoundEvent[] = [];
  for (const { call } of pages) {
    for (const raw of asArray(asRecord(call.output).events)) {
      const event = asRecord(raw);
      const id = asString(event.eventId) ?? JSON.stringify(event);
      if (seen.has(id)) continue;
      seen.add(id);
      events.push({
        timestamp: toEpochMs(event.timestamp),
        stream: asString(event.logStreamName) ?? "",
        message: asString(event.message) ?? "",
      });
    }
  }
  events.sort((a, b) => (a.timestamp ?? 0) - (b.timestamp ?? 0));
  const tokensAsked = new Set(pages.map(({ call }) => asString(call.input.nextToken)).filter((t) => t !== null));
  const unfollowed = pages.some(({ call }) => {
    const next = asString(asRecord(call.output).nextToken);
    return next !== null && next !== "" && !tokensAsked.has(next);
  });
  const first = pages[0].call.input;
  return {
    state: "searched",
    events,
    pages: pages.length,
    complete: !unfollowed,
    window: { start: toEpochMs(first.startTime), end: toEpochMs(first.endTime) },
  };
}

/** `retentionInDays` of a listed log group: a number, null when the group keeps events forever, undefined when unknown. */
export function readRetentionDays(calls: CallIndex, region: string, logGroupName: string): number | null | undefined {
  let listed = false;
  for (const { call } of calls.calls("cloudwatch-logs", region, "DescribeLogGroups")) {
    for (const raw of asArray(asRecord(call.output).logGroups)) {
      const group = asRecord(raw);
      if (group.logGroupName !== logGroupName) continue;
      // Listings by different prefixes may both hold the group; any that states a retention answers.
      if (typeof group.retentionInDays === "number") return group.retentionInDays;
      listed = true;
    }
  }
  return listed ? null : undefined;
}

export type LatestEventsAnswer =
  | { state: "read"; stream: string; events: FoundEvent[] }
  | { state: "error"; stream: string; error: { name: string; message: string } }
  | { state: "not-read" };

/** The recorded GetLogEvents of a group's stream, its events oldest first. */
export function readLatestLogEvents(calls: CallIndex, region: string, logGroupName: string): LatestEventsAnswer {
  const found = calls
    .calls("cloudwatch-logs", region, "GetLogEvents")
    .filter(({ call }) => call.input.logGroupName === logGroupName);
  const last = found[found.length - 1]?.call;
  if (!last) return { state: "not-read" };
  const stream = asString(last.input.logStreamName) ?? "";
  if (last.error) return { state: "error", stream, error: { name: last.error.name, message: last.error.message } };
  const events = asArray(asRecord(last.output).events).map((raw) => {
    const event = asRecord(raw);
    return { timestamp: toEpochMs(event.timestamp), stream, message: asString(event.message) ?? "" };
  });
  events.sort((a, b) => (a.timestamp ?? 0) - (b.timestamp ?? 0));
  return { state: "read", stream, events };
}
