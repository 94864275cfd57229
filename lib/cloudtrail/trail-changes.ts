import { describeActor } from "./actor";
import { changeOfRecord } from "./extract-change";
import { normalizeRecord } from "./record";
import type { ChangeSubject, RecordChange, TimelineEntry, TrailRecord } from "./types";

/** A logging change that took effect, read from one CloudTrail record: what it touched and the timeline entry. */
export interface SubjectEntry {
  subject: ChangeSubject;
  entry: TimelineEntry;
}

/** A logging change that took effect, with the normalized record it came from. */
export interface AppliedChange {
  record: TrailRecord;
  change: RecordChange;
}

/**
 * The logging changes in raw CloudTrail records (the parsed `CloudTrailEvent`s LookupEvents returns), oldest first.
 * Calls that failed (`errorCode`) changed nothing and are left out. Raw records stop here: the model keeps only these.
 */
export function appliedChanges(records: readonly Record<string, unknown>[]): SubjectEntry[] {
  return appliedRecordChanges(records).map(({ record, change }) => ({
    subject: change.subject,
    entry: entryOf(record, change),
  }));
}

/** The same, before they become timeline entries: CloudWatch Logs changes are joined to stages through their record. */
export function appliedRecordChanges(records: readonly Record<string, unknown>[]): AppliedChange[] {
  const found: AppliedChange[] = [];
  for (const raw of records) {
    const record = normalizeRecord(raw);
    const change = changeOfRecord(record);
    if (change && !change.failed) found.push({ record, change });
  }
  return found.sort((a, b) => byRecordTime(a.record, b.record));
}

export function entryOf(record: TrailRecord, change: RecordChange): TimelineEntry {
  return {
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
  };
}

function byRecordTime(a: TrailRecord, b: TrailRecord): number {
  const ta = a.eventTimeMs ?? Number.MAX_SAFE_INTEGER;
  const tb = b.eventTimeMs ?? Number.MAX_SAFE_INTEGER;
  return ta - tb || compareText(a.eventId ?? "", b.eventId ?? "");
}

/** UpdateAccount records only the new role; the previous one is the role an earlier change set. Entries oldest first. */
export function withPreviousRole(entries: TimelineEntry[]): TimelineEntry[] {
  let previous: unknown = null;
  let known = false;
  return entries.map((entry) => {
    const changes = entry.changes.map((change) =>
      change.setting === "account-role" && known ? { ...change, from: previous } : change,
    );
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
