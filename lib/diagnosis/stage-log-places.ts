import { newestEvent } from "../checks/facts/evidence";
import { firehoseStreamName } from "../checks/facts/stage-destinations";
import { formatAge } from "../find-request/format-age";
import { logKindLabels, searchTargets, type LogKindId } from "../find-request/targets";
import type { Model, Region, Stage } from "../model/types";

/**
 * Where a stage's logs are, as facts read from the model (serializable: reports store them, and redaction masks them
 * like any other report text). Console links and ages are derived from these by `stageLogPlaces`, never stored, so a
 * redacted group name can never survive inside an encoded URL.
 */
export type LogPlaceFact =
  | {
      kind: LogKindId;
      place: "group";
      region: string;
      group: string;
      /** Epoch ms of the newest event DescribeLogStreams listed; null when it listed none or was not read. */
      newestAtMs: number | null;
      /** Whether the scan read the group's newest stream (false: "not read", which is not "no event"). */
      read: boolean;
    }
  | { kind: LogKindId; place: "firehose"; stream: string }
  | { kind: LogKindId; place: "none"; reason: string };

export interface StageLogFacts {
  region: string;
  apiId: string;
  stage: string;
  partition: string;
  /** The capture time: ages are measured from it, never from the wall clock. */
  capturedAtMs: number;
  places: LogPlaceFact[];
}

/** One place, ready to present: what it is, the newest event's time and age, console links when it is a group. */
export interface LogPlace {
  kind: LogKindId;
  label: string;
  /** The group or Firehose stream name; null when there is none. */
  name: string | null;
  where: "group" | "firehose" | "none";
  /** ISO time of the newest event, or null. */
  newestAt: string | null;
  /** "3 h ago" (relative to the capture), or null. */
  age: string | null;
  /** One sentence: "newest event 2026-… (3 h before the capture)", "no event listed", "not read", or why there is no group. */
  summary: string;
  groupUrl: string | null;
  insightsUrl: string | null;
}

/** Every log place of every readable stage of the model, for surfaces that have only the diagnosis at hand. */
export function modelLogFacts(model: Model): StageLogFacts[] {
  return model.regions.flatMap((region) =>
    region.apis.flatMap((api) =>
      api.stages.state === "collected" ? api.stages.value.map((stage) => stageLogFacts(model, region, stage)) : [],
    ),
  );
}

/** The stage's groups (execution or its delivery's group, canary groups, the access destination) and their newest events. */
export function stageLogFacts(model: Model, region: Region, stage: Stage): StageLogFacts {
  const places = searchTargets(model, region, stage).map((target): LogPlaceFact => {
    if (target.searchable) {
      const home = model.regions.find((r) => r.name === target.region);
      const listed = home?.newestStreams.get(target.logGroupName);
      const event = home ? newestEvent(home, target.logGroupName) : null;
      return {
        kind: target.kind,
        place: "group",
        region: target.region,
        group: target.logGroupName,
        newestAtMs: event?.time ?? null,
        read: listed?.state === "collected",
      };
    }
    const stream = target.kind === "access" ? firehoseStreamName(stage.accessLog.destinationArn) : null;
    return stream
      ? { kind: target.kind, place: "firehose", stream }
      : { kind: target.kind, place: "none", reason: target.reason };
  });
  return {
    region: region.name,
    apiId: stage.api.id,
    stage: stage.name,
    partition: model.partition,
    capturedAtMs: model.capturedAtMs,
    places,
  };
}

/** The facts of one stage among many, or null when they were not kept (an older report). */
export function findStageLogs(
  all: readonly StageLogFacts[] | null | undefined,
  region: string,
  apiId: string,
  stage: string,
): StageLogFacts | null {
  return all?.find((s) => s.region === region && s.apiId === apiId && s.stage === stage) ?? null;
}

/** THE function the stage page, the runbook, the report and the Markdown/text renderers show: pure, capture-relative. */
export function stageLogPlaces(facts: StageLogFacts): LogPlace[] {
  return facts.places.map((fact) => {
    const label = logKindLabels[fact.kind];
    if (fact.place === "firehose") {
      return {
        kind: fact.kind,
        label,
        name: fact.stream,
        where: "firehose",
        newestAt: null,
        age: null,
        summary: `Firehose stream ${fact.stream}: not a log group, so there is no newest event or Logs Insights link; look in the stream's destination.`,
        groupUrl: null,
        insightsUrl: null,
      };
    }
    if (fact.place === "none") {
      return {
        kind: fact.kind,
        label,
        name: null,
        where: "none",
        newestAt: null,
        age: null,
        summary: fact.reason,
        groupUrl: null,
        insightsUrl: null,
      };
    }
    const newestAt = fact.newestAtMs === null ? null : new Date(fact.newestAtMs).toISOString();
    const ageMs = fact.newestAtMs === null ? null : facts.capturedAtMs - fact.newestAtMs;
    const age =
      ageMs === null
        ? null
        : ageMs < 0
          ? "after the capture"
          : formatAge(ageMs).replace(/ ago$/, " before the capture");
    const summary = !fact.read
      ? "newest event not read by the scan"
      : newestAt === null
        ? "no event listed"
        : `newest event ${newestAt.slice(0, 19).replace("T", " ")} UTC (${age})`;
    return {
      kind: fact.kind,
      label,
      name: fact.group,
      where: "group",
      newestAt,
      age,
      summary,
      groupUrl: logGroupUrl(facts.partition, fact.region, fact.group),
      insightsUrl: logsInsightsUrl(facts.partition, fact.region, fact.group),
    };
  });
}

const regionPattern = /^[a-z]{2}(?:-[a-z]+)+-\d{1,2}$/;

/** The CloudWatch console's base for a partition and region, or null for a partition or region it does not know. */
export function consoleBase(partition: string, region: string): string | null {
  if (!regionPattern.test(region)) return null;
  const host =
    partition === "aws"
      ? `${region}.console.aws.amazon.com`
      : partition === "aws-cn"
        ? "console.amazonaws.cn"
        : partition === "aws-us-gov"
          ? "console.amazonaws-us-gov.com"
          : null;
  return host && `https://${host}/cloudwatch/home?region=${region}`;
}

/**
 * The console's own escaping of a fragment segment: percent-encoding applied twice with the outer `%` written `$`
 * (`/` → `$252F`), as the console's links show (e.g. `#logsV2:log-groups/log-group/$252Faws$252Flambda$252Ffoo`;
 * https://newbedev.com/is-there-a-way-to-generate-the-aws-console-urls-for-cloudwatch-log-group-filters and
 * https://openillumi.com/en/en-aws-cloudwatch-logs-url-auto-generate-encoding). Characters encodeURIComponent keeps
 * (`!'()*~`) are encoded too, so no group name can end the segment or the fragment early.
 */
export function consoleEscape(value: string): string {
  return encodeURIComponent(strictEncode(value)).replace(/%/g, "$");
}

function strictEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function logGroupUrl(partition: string, region: string, group: string): string | null {
  const base = consoleBase(partition, region);
  return base && `${base}#logsV2:log-groups/log-group/${consoleEscape(group)}`;
}

/** The query Logs Insights opens with: the newest events first. */
export const INSIGHTS_QUERY = "fields @timestamp, @message, @logStream\n| sort @timestamp desc\n| limit 100";

/**
 * A Logs Insights link over the last 24 hours of one group. `queryDetail` is JSURL-like (`~(key~value…)`, strings
 * `'`-prefixed with `%` written `*`), then the whole segment is percent-encoded with `%` written `$` (same sources).
 */
export function logsInsightsUrl(partition: string, region: string, group: string): string | null {
  const base = consoleBase(partition, region);
  if (!base) return null;
  const text = (value: string) => `'${strictEncode(value).replace(/%/g, "*")}`;
  const detail = `~(end~0~start~-86400~timeType~'RELATIVE~unit~'seconds~editorString~${text(INSIGHTS_QUERY)}~source~(~${text(group)}))`;
  return `${base}#logsV2:logs-insights${encodeURIComponent(`?queryDetail=${detail}`).replace(/%/g, "$")}`;
}
