import { describeActor } from "./actor";
import { changeOfRecord } from "./extract-change";
import { normalizeRecord } from "./record";
import type { ChangeSubject, TimelineEntry } from "./types";

/** A logging change that took effect, read from one CloudTrail record: what it touched and the timeline entry. */
export interface SubjectEntry {
  subject: ChangeSubject;
  entry: TimelineEntry;
}

/**
 * The logging changes in raw CloudTrail records (the parsed `CloudTrailEvent`s LookupEvents returns), oldest first.
 * Calls that failed (`errorCode`) changed nothing and are left out. Raw records stop here: the model keeps only these.
 */
export function appliedChanges(records: readonly Record<string, unknown>[]): SubjectEntry[] {
  const found: SubjectEntry[] = [];
  for (const raw of records) {
    const record = normalizeRecord(raw);
    const change = changeOfRecord(record);
    if (!change || change.failed) continue;
    found.push({
      subject: change.subject,
      entry: {
        time: record.eventTime,
        timeMs: record.eventTimeMs,
        eventId: record.eventId,
        eventName: change.eventName,
        eventSource: record.eventSource,
        actor: describeActor(record.userIdentity),
        sourceIp: record.sourceIPAddress,
        userAgent: record.userAgent,
        changes: change.changes,
        level: change.level,
        summary: change.summary,
      },
    });
  }
  return found.sort((a, b) => byTime(a.entry, b.entry));
}

/** UpdateAccount records only the new role; the previous one is the role an earlier change set. Entries oldest first. */
export function withPreviousRole(entries: TimelineEntry[]): TimelineEntry[] {
  let previous: unknown = null;
  let known = false;
  return entries.map((entry) => {
    const changes = entry.changes.map((change) => (change.setting === "account-role" && known ? { ...change, from: previous } : change));
    for (const change of entry.changes) {
      if (change.setting !== "account-role") continue;
      previous = change.to;
      known = true;
    }
    return { ...entry, changes };
  });
}

export function byTime(a: TimelineEntry, b: TimelineEntry): number {
  const ta = a.timeMs ?? Number.MAX_SAFE_INTEGER;
  const tb = b.timeMs ?? Number.MAX_SAFE_INTEGER;
  return ta - tb || compareText(a.eventId ?? "", b.eventId ?? "");
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
