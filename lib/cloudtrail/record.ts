import { toEpochMs } from "../capture/time";
import { asObject, flag, member, objectMember, text } from "./fields";
import type { TrailRecord } from "./types";

/** Does this value look like a CloudTrail record at all (rather than some other JSON)? */
export function looksLikeRecord(value: unknown): boolean {
  const object = asObject(value);
  if (!object) return false;
  return (
    text(object, "eventName") !== null || text(object, "eventSource") !== null || text(object, "eventTime") !== null
  );
}

/** The record's well-known fields, read whatever their case (and the IoT guide's `RequestParamters` typo). */
export function normalizeRecord(raw: unknown): TrailRecord {
  const record = asObject(raw) ?? {};
  const time = member(record, "eventTime") ?? member(record, "timestamp");
  const timeMs = toEpochMs(time);
  return {
    eventVersion: text(record, "eventVersion"),
    eventTime:
      typeof time === "string" && !/^\d+$/.test(time.trim())
        ? time
        : timeMs === null
          ? null
          : new Date(timeMs).toISOString(),
    eventTimeMs: timeMs,
    eventSource: text(record, "eventSource"),
    eventName: text(record, "eventName"),
    awsRegion: text(record, "awsRegion"),
    sourceIPAddress: text(record, "sourceIPAddress"),
    userAgent: text(record, "userAgent"),
    userIdentity: objectMember(record, "userIdentity"),
    requestParameters: objectMember(record, "requestParameters", "requestParamters"),
    responseElements: objectMember(record, "responseElements"),
    errorCode: text(record, "errorCode"),
    errorMessage: text(record, "errorMessage"),
    eventId: text(record, "eventID"),
    eventType: text(record, "eventType"),
    readOnly: flag(record, "readOnly"),
    recipientAccountId: text(record, "recipientAccountId"),
  };
}

// Reads by AWS's naming convention: the verb is followed by the noun (GetStage, ListThings, DescribeTrails).
const readAction = /^(Get|List|Describe|Lookup|Search|Head|BatchGet|Simulate)([A-Z0-9]|$)/;

/** Used only when a record leaves `readOnly` empty (as the IoT guide's sample does). */
export function inferReadOnly(eventName: string | null): boolean | null {
  return eventName ? readAction.test(eventName) : null;
}

const serviceArn = /^arn:aws[\w-]*:([a-z0-9-]+):/;

/**
 * The event source from the first service ARN in the request, for records that leave `eventSource` out (the IoT
 * guide's AttachPolicy names only `arn:aws:iot:…`). Only a hint: callers mark it as inferred.
 */
export function inferEventSource(record: TrailRecord): string | null {
  let level: unknown[] = [record.requestParameters, record.responseElements];
  for (let depth = 0; depth < 4 && level.length > 0; depth++) {
    const next: unknown[] = [];
    for (const value of level) {
      if (typeof value === "string") {
        const match = serviceArn.exec(value);
        if (match && match[1] !== "iam" && match[1] !== "sts") return `${match[1]}.amazonaws.com`;
      } else if (value && typeof value === "object") next.push(...Object.values(value));
    }
    level = next;
  }
  return null;
}
