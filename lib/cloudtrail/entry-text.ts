import type { Evidence } from "../diagnosis/types";
import type { TimelineEntry } from "./types";

/** One timeline entry in a sentence: when, who (type and ARN), from where, and what changed. */
export function describeEntry(entry: TimelineEntry): string {
  const who = `${entry.actor.label} (${entry.actor.type}${entry.actor.arn ? ` ${entry.actor.arn}` : ""})`;
  const from = [
    entry.sourceIp ? `from ${entry.sourceIp}` : null,
    entry.userAgent ? `with ${JSON.stringify(shorten(entry.userAgent))}` : null,
  ]
    .filter(Boolean)
    .join(" ");
  const what = entry.changes.map((change) =>
    change.from !== null && change.from !== undefined
      ? `${change.description} (was ${String(change.from)})`
      : change.description,
  );
  return `${entry.time ?? "(no time)"} ${entry.eventName} by ${who}${from ? ` ${from}` : ""}: ${what.join("; ")}`;
}

/** Several entries as one message body, oldest first. */
export function describeEntries(entries: TimelineEntry[]): string {
  return entries.length === 1
    ? describeEntry(entries[0])
    : entries.map((entry, index) => `(${index + 1}) ${describeEntry(entry)}`).join("; ");
}

/** The evidence for one entry: the record it came from and the fields that say who, when, from where and what. */
export function entryEvidence(entry: TimelineEntry, call = "cloudtrail:LookupEvents"): Evidence {
  return {
    call,
    field: `Events[EventId=${entry.eventId ?? "?"}].CloudTrailEvent`,
    value: {
      eventTime: entry.time,
      eventName: entry.eventName,
      userIdentity: { type: entry.actor.type, arn: entry.actor.arn },
      sourceIPAddress: entry.sourceIp,
      userAgent: entry.userAgent,
      changed: entry.changes.map((change) => ({
        path: change.path ?? change.operation,
        operation: change.operation,
        from: change.from ?? null,
        to: change.to ?? null,
      })),
    },
  };
}

function shorten(text: string): string {
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
