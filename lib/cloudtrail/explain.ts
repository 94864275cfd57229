import { describeActor } from "./actor";
import { changeOfRecord } from "./extract-change";
import { inferEventSource, inferReadOnly, normalizeRecord } from "./record";
import type { ReadRecord } from "./read-trail";
import type { ExplainedEvent, TextPosition } from "./types";

/** One record as the trail explainer lists it: who, when, what, from where, and what it changed about logging. */
export function explainRecord({ record, index, at }: ReadRecord): ExplainedEvent {
  const inferred = record.readOnly === null ? inferReadOnly(record.eventName) : null;
  const inferredSource = record.eventSource === null ? inferEventSource(record) : null;
  return {
    index,
    at,
    eventId: record.eventId,
    time: record.eventTime,
    source: record.eventSource ?? inferredSource,
    sourceInferred: inferredSource !== null,
    name: record.eventName,
    region: record.awsRegion,
    sourceIp: record.sourceIPAddress,
    userAgent: record.userAgent,
    readOnly: record.readOnly ?? inferred,
    readOnlyInferred: record.readOnly === null && inferred !== null,
    actor: describeActor(record.userIdentity),
    error: record.errorCode ? { code: record.errorCode, message: record.errorMessage } : null,
    change: changeOfRecord(record),
  };
}

/** A raw record (as parsed JSON) explained on its own. */
export function explainEvent(raw: Record<string, unknown>, index = 0, at: TextPosition | null = null): ExplainedEvent {
  return explainRecord({ record: normalizeRecord(raw), raw, index, at });
}
