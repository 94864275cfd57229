import { describeMissing, notCollected, type Source } from "../model/source";
import type { LoggingRole, Model, Region } from "../model/types";
import { describeActor } from "./actor";
import { changeOfRecord } from "./extract-change";
import { normalizeRecord } from "./record";
import { stageImpacts, type AppliedChange } from "./stage-impact";
import type { RegionTimeline, StageTimeline, TimelineEntry } from "./types";

/** Every region's history of logging changes, oldest first: the account setting, each scanned stage, and the role. */
export function changeTimeline(model: Model): RegionTimeline[] {
  return model.regions.map((region) => regionTimeline(region, model));
}

export function regionTimeline(region: Region, model: Model): RegionTimeline {
  const logsEvents = region.logsEvents ?? notCollected<Record<string, unknown>[]>("cloudtrail:LookupEvents");
  const logsRecords = logsEvents.state === "collected" ? logsEvents.value.map(normalizeRecord) : [];
  const applied = [...appliedChanges(region.apiGatewayEvents), ...appliedChanges(logsEvents)];
  const account = withPreviousRole(applied.filter(({ change }) => change.subject.kind === "account").map(toEntry));
  const stages = new Map<string, StageTimeline>();
  for (const item of applied) {
    // Only APIs the scan covers: a single-API scan should not report the rest of the account.
    for (const { api, stage, change } of stageImpacts(region, item, logsRecords)) {
      const key = `${api.id}\u0000${stage}`;
      const timeline = stages.get(key) ?? { api: { id: api.id, name: api.name, type: api.type }, stage, entries: [] };
      timeline.entries.push(toEntry({ record: item.record, change }));
      stages.set(key, timeline);
    }
  }
  const apiOrder = new Map(region.apis.map((api, index) => [api.id, index]));
  const stageList = [...stages.values()].sort((a, b) => (apiOrder.get(a.api.id) ?? 0) - (apiOrder.get(b.api.id) ?? 0) || compareText(a.stage, b.stage));
  for (const timeline of stageList) timeline.entries.sort(byTime);
  return {
    region: region.name,
    history: historyOf(region.apiGatewayEvents),
    logsHistory: historyOf(logsEvents),
    account,
    stages: stageList,
    role: roleTimeline(region, model),
  };
}

function roleTimeline(region: Region, model: Model): RegionTimeline["role"] {
  const arn = region.accountSettings.state === "collected" ? region.accountSettings.value.cloudwatchRoleArn : null;
  const role = arn ? model.roles.get(arn) : undefined;
  if (!arn || !role) return null;
  return { arn, history: historyOf(role.events), entries: roleChangeEntries(role) };
}

/** IAM changes to the role itself, oldest first (LookupEvents by resource name also returns other roles' and STS events). */
export function roleChangeEntries(role: LoggingRole): TimelineEntry[] {
  const name = role.name.toLowerCase();
  return appliedChanges(role.events)
    .filter(({ change }) => change.subject.kind === "role" && change.subject.roleName.toLowerCase() === name)
    .map(toEntry)
    .sort(byTime);
}

/** Changes that took effect: calls that failed (`errorCode`) changed nothing. */
export function appliedChanges(source: Source<Record<string, unknown>[]>): AppliedChange[] {
  if (source.state !== "collected") return [];
  return source.value.flatMap((raw) => {
    const record = normalizeRecord(raw);
    const change = changeOfRecord(record);
    return change && !change.failed ? [{ record, change }] : [];
  });
}

function toEntry({ record, change }: AppliedChange): TimelineEntry {
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

/** UpdateAccount records only the new role; the previous one is the role an earlier change set. */
function withPreviousRole(entries: TimelineEntry[]): TimelineEntry[] {
  const sorted = [...entries].sort(byTime);
  let previous: unknown = null;
  let known = false;
  return sorted.map((entry) => {
    const changes = entry.changes.map((change) => (change.setting === "account-role" && known ? { ...change, from: previous } : change));
    for (const change of entry.changes) {
      if (change.setting !== "account-role") continue;
      previous = change.to;
      known = true;
    }
    return { ...entry, changes };
  });
}

function historyOf(source: Source<unknown>): RegionTimeline["history"] {
  return { state: source.state, call: source.call, reason: source.state === "collected" ? null : describeMissing(source) };
}

function byTime(a: TimelineEntry, b: TimelineEntry): number {
  const ta = a.timeMs ?? Number.MAX_SAFE_INTEGER;
  const tb = b.timeMs ?? Number.MAX_SAFE_INTEGER;
  return ta - tb || compareText(a.eventId ?? "", b.eventId ?? "");
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
