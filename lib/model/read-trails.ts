import { normalizeRecord } from "../cloudtrail/record";
import { stageImpacts } from "../cloudtrail/stage-impact";
import {
  appliedChanges,
  appliedRecordChanges,
  byTime,
  compareText,
  entryOf,
  withPreviousRole,
} from "../cloudtrail/trail-changes";
import type { TimelineEntry } from "../cloudtrail/types";
import { asArray, asRecord, asString, type CallIndex } from "./call-index";
import { collected, failed, mapSource, notCollected, type Source } from "./source";
import type { ApiGatewayChanges, RegionResources, StageChanges, Trail, TrailSelectors } from "./types";

/**
 * DescribeTrails in a region (with shadow trails, so multi-region trails homed elsewhere appear too); each trail's
 * status and selectors are looked up by its ARN or name wherever the collector asked for them.
 */
export function readTrails(calls: CallIndex, region: string): Source<Trail[]> {
  const listing = calls.listing("cloudtrail", region, "DescribeTrails", (output) => asArray(output.trailList));
  return mapSource(listing, (trails) =>
    trails.map((raw) => {
      const trail = asRecord(raw);
      const arn = asString(trail.TrailARN) ?? "";
      const name = asString(trail.Name) ?? arn;
      const names = new Set([arn, name].filter(Boolean));
      const status = findByName(calls, "GetTrailStatus", "Name", names);
      const selectors = findByName(calls, "GetEventSelectors", "TrailName", names);
      return {
        name,
        arn,
        homeRegion: asString(trail.HomeRegion),
        multiRegion: trail.IsMultiRegionTrail === true,
        organization: trail.IsOrganizationTrail === true,
        status: mapSource(status, (output) => ({ isLogging: output.IsLogging === true })),
        selectors: mapSource(selectors, readSelectors),
      };
    }),
  );
}

function findByName(
  calls: CallIndex,
  operation: string,
  key: string,
  names: Set<string>,
): Source<Record<string, unknown>> {
  const name = `cloudtrail:${operation}`;
  const found = calls
    .callsInAnyRegion("cloudtrail", operation)
    .filter(({ call }) => names.has(String(call.input[key])));
  const last = found[found.length - 1];
  if (!last) return notCollected(name);
  return last.call.error ? failed(name, last.call.error) : collected(name, asRecord(last.call.output));
}

/** Basic selectors (ReadWriteType + IncludeManagementEvents) or advanced ones (eventCategory = Management). */
function readSelectors(output: Record<string, unknown>): TrailSelectors {
  const basic = asArray(output.EventSelectors).map(asRecord);
  const advanced = asArray(output.AdvancedEventSelectors).map(asRecord);
  if (advanced.length > 0) {
    const management = advanced.some((selector) => {
      const fields = asArray(selector.FieldSelectors).map(asRecord);
      const category = fields.find((field) => field.Field === "eventCategory");
      const readOnly = fields.find((field) => field.Field === "readOnly");
      const isManagement = asArray(category?.Equals).includes("Management");
      const onlyReads = asArray(readOnly?.Equals).includes("true");
      return isManagement && !onlyReads;
    });
    return { managementWrites: management, description: "advanced event selectors" };
  }
  const management = basic.some(
    (selector) => selector.IncludeManagementEvents !== false && selector.ReadWriteType !== "ReadOnly",
  );
  return {
    managementWrites: management,
    description: basic
      .map(
        (s) => `ReadWriteType=${String(s.ReadWriteType)}, IncludeManagementEvents=${String(s.IncludeManagementEvents)}`,
      )
      .join("; "),
  };
}

/**
 * A region's history read into logging changes: API Gateway's (the account setting's, and those of the scanned APIs'
 * stages) and CloudWatch Logs' (deleted groups, keys, deliveries, grants), joined to the stages they touch.
 */
export function readApiGatewayChanges(calls: CallIndex, region: RegionResources): Source<ApiGatewayChanges> {
  const logsEvents = readLookupEvents(calls, region.name, "EventSource", "logs.amazonaws.com");
  const logsRaw = logsEvents.state === "collected" ? logsEvents.value : [];
  const logsApplied = appliedRecordChanges(logsRaw);
  const logsRecords = logsRaw.map(normalizeRecord);
  return mapSource(readLookupEvents(calls, region.name, "EventSource", "apigateway.amazonaws.com"), (records) => {
    const applied = [...appliedRecordChanges(records), ...logsApplied];
    const account = withPreviousRole(
      applied
        .filter(({ change }) => change.subject.kind === "account")
        .map(({ record, change }) => entryOf(record, change))
        .sort(byTime),
    );
    const stages = new Map<string, StageChanges>();
    for (const item of applied) {
      // Only APIs the scan covers: a single-API scan should not report the rest of the account.
      for (const { api, stage: name, change } of stageImpacts(region, item, logsRecords)) {
        const key = `${api.id}\u0000${name}`;
        let stage = stages.get(key);
        if (!stage) stages.set(key, (stage = { api: api.ref, stage: name, entries: [] }));
        stage.entries.push(entryOf(item.record, change));
      }
    }
    const apiOrder = new Map(region.apis.map((api, index) => [api.id, index]));
    const stageList = [...stages.values()].sort(
      (a, b) => (apiOrder.get(a.api.id) ?? 0) - (apiOrder.get(b.api.id) ?? 0) || compareText(a.stage, b.stage),
    );
    for (const stage of stageList) stage.entries.sort(byTime);
    return {
      events: records.length,
      logs: mapSource(logsEvents, (events) => events.length),
      account,
      stages: stageList,
    };
  });
}

/** IAM changes to one role, oldest first (LookupEvents by resource name also returns other roles' and STS events). */
export function readRoleChanges(calls: CallIndex, roleName: string): Source<TimelineEntry[]> {
  const inUsEast1 = readLookupEvents(calls, "us-east-1", "ResourceName", roleName);
  const events =
    inUsEast1.state === "not-collected" ? readLookupEvents(calls, null, "ResourceName", roleName) : inUsEast1;
  const name = roleName.toLowerCase();
  return mapSource(events, (records) =>
    appliedChanges(records)
      .filter(({ subject }) => subject.kind === "role" && subject.roleName.toLowerCase() === name)
      .map(({ entry }) => entry),
  );
}

/** LookupEvents pages filtered by one lookup attribute; records are the parsed `CloudTrailEvent` strings. */
function readLookupEvents(
  calls: CallIndex,
  region: string | null,
  attributeKey: string,
  attributeValue: string,
): Source<Record<string, unknown>[]> {
  const matches = (input: Record<string, unknown>) =>
    asArray(input.LookupAttributes).some((raw) => {
      const attribute = asRecord(raw);
      return attribute.AttributeKey === attributeKey && attribute.AttributeValue === attributeValue;
    });
  const regions = region ? [region] : calls.regionsSeen();
  let result: Source<Record<string, unknown>[]> = notCollected("cloudtrail:LookupEvents");
  for (const candidate of regions) {
    const listing = calls.listing(
      "cloudtrail",
      candidate,
      "LookupEvents",
      (output) => asArray(output.Events).map(eventRecord),
      matches,
    );
    if (listing.state === "collected") return listing;
    if (listing.state === "error" && result.state === "not-collected") result = listing;
  }
  return result;
}

function eventRecord(raw: unknown): Record<string, unknown> {
  const event = asRecord(raw);
  const text = event.CloudTrailEvent;
  if (typeof text === "string") {
    try {
      return asRecord(JSON.parse(text));
    } catch {
      // Fall through to the summary fields LookupEvents returns beside the record.
    }
  } else if (text && typeof text === "object") {
    return asRecord(text);
  }
  return {
    eventName: event.EventName,
    eventTime: event.EventTime,
    eventSource: event.EventSource,
    userIdentity: { userName: event.Username },
    eventID: event.EventId,
  };
}
