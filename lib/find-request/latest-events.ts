import { parseAccessLine } from "../access-log/parse-line";
import type { LatestEventsRequest } from "../aws/latest-events";
import type { Capture } from "../capture/schema";
import { CallIndex } from "../model/call-index";
import { readLatestLogEvents } from "../model/read-log-search";
import type { Model } from "../model/types";
import { locate, type FoundLine } from "./find-request";
import { logKindLabels, searchTargets, type LogKindId } from "./targets";

export type LatestStatus = "events" | "no-events" | "could-not-read" | "not-searchable" | "not-read";

export interface LatestKind {
  kind: LogKindId;
  label: string;
  region: string | null;
  logGroupName: string | null;
  stream: string | null;
  status: LatestStatus;
  /** Newest last, each with its age at `now`. */
  events: Array<FoundLine & { ageMs: number | null }>;
  why: string[];
}

type Where = { region: string; apiId: string; stage: string };

/** One GetLogEvents per searchable group whose newest stream the scan found (DescribeLogStreams). */
export function latestEventsRequests(model: Model, where: Where): LatestEventsRequest[] {
  const located = locate(model, where);
  if (!located) return [];
  return searchTargets(model, located.region, located.stage).flatMap((target) => {
    if (!target.searchable) return [];
    const newest = model.regions.find((r) => r.name === target.region)?.newestStreams.get(target.logGroupName);
    return newest?.state === "collected" && newest.value
      ? [{ region: target.region, logGroupName: target.logGroupName, logStreamName: newest.value.name }]
      : [];
  });
}

/**
 * The newest few events of each log kind of a stage, with their age: the plainest proof that logs flow. Read
 * from the newest stream of each group (the stream DescribeLogStreams orders first by last event time).
 */
export function latestEvents(input: Where & { capture: Capture; model: Model; now: number }): LatestKind[] | null {
  const located = locate(input.model, input);
  if (!located) return null;
  const { stage } = located;
  const calls = new CallIndex(input.capture);
  return searchTargets(input.model, located.region, stage).map((target): LatestKind => {
    const base = {
      kind: target.kind,
      label: logKindLabels[target.kind],
      region: null,
      logGroupName: null,
      stream: null,
      events: [],
      why: [],
    };
    if (!target.searchable) return { ...base, status: "not-searchable", why: [target.reason] };
    const where = { ...base, region: target.region, logGroupName: target.logGroupName };
    const region = input.model.regions.find((r) => r.name === target.region);
    const lookup = region?.logGroups.lookup(target.logGroupName);
    if (lookup?.state === "absent")
      return { ...where, status: "no-events", why: ["The group does not exist: nothing has ever been written to it."] };
    const newest = region?.newestStreams.get(target.logGroupName);
    if (newest?.state === "collected" && newest.value === null)
      return {
        ...where,
        status: "no-events",
        why: ["The group has no log streams: nothing has been written to it yet."],
      };
    if (newest?.state === "error") {
      return {
        ...where,
        status: "could-not-read",
        why: [`Could not list its streams: ${newest.error.name}: ${newest.error.message}`],
      };
    }
    const answer = readLatestLogEvents(calls, target.region, target.logGroupName);
    if (answer.state === "not-read")
      return {
        ...where,
        status: "not-read",
        why: ["Its events were not read (the capture holds no GetLogEvents call for this group)."],
      };
    if (answer.state === "error") {
      const denied = /AccessDenied/i.test(answer.error.name);
      return {
        ...where,
        stream: answer.stream,
        status: "could-not-read",
        why: [
          denied
            ? `Could not read: these credentials are not allowed logs:GetLogEvents on ${target.logGroupName} (${answer.error.name}). Grant the ReadLogContent statement that log-doctor policy prints.`
            : `Could not read: ${answer.error.name}: ${answer.error.message}`,
        ],
      };
    }
    const isAccess = target.kind.startsWith("access");
    const events = answer.events.map((event) => ({
      ...event,
      fields:
        isAccess && stage.accessLog.format
          ? parseAccessLine(event.message, stage.accessLog.format, stage.api.type)
          : null,
      ageMs: event.timestamp === null ? null : Math.max(0, input.now - event.timestamp),
    }));
    return {
      ...where,
      stream: answer.stream,
      status: events.length > 0 ? "events" : "no-events",
      events,
      why: events.length > 0 ? [] : ["Its newest stream returned no events."],
    };
  });
}

export { formatAge } from "./format-age";
