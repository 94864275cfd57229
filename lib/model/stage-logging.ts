import { asRecord } from "./call-index";
import { parseLogGroupArn } from "../aws-names/log-group-arn";
import type { AccessLogSettings, LoggingLevel, Override, RouteLogging } from "./types";

const levels = new Set<LoggingLevel>(["OFF", "ERROR", "INFO"]);

/** How one API generation spells its logging settings (REST camelCase, v2 PascalCase), and their evidence paths. */
interface Vocabulary {
  levelKey: string;
  dataTraceKey: string;
  metricsKey: string;
  /** The stage-level entry and its field paths, shared by every stage (a diagnosis may read 10,000 of them). */
  stageEntry: string;
  stageLevelField: string;
  stageDataTraceField: string;
  access: Omit<AccessLogSettings, "destinationArn" | "logGroup" | "toCloudWatch" | "format">;
}

const rest: Vocabulary = {
  levelKey: "loggingLevel",
  dataTraceKey: "dataTraceEnabled",
  metricsKey: "metricsEnabled",
  stageEntry: 'methodSettings["*/*"]',
  stageLevelField: 'methodSettings["*/*"].loggingLevel',
  stageDataTraceField: 'methodSettings["*/*"].dataTraceEnabled',
  access: {
    field: "accessLogSettings",
    destinationKey: "destinationArn",
    formatKey: "format",
    destinationField: "accessLogSettings.destinationArn",
    formatField: "accessLogSettings.format",
  },
};

const v2: Vocabulary = {
  levelKey: "LoggingLevel",
  dataTraceKey: "DataTraceEnabled",
  metricsKey: "DetailedMetricsEnabled",
  stageEntry: "DefaultRouteSettings",
  stageLevelField: "DefaultRouteSettings.LoggingLevel",
  stageDataTraceField: "DefaultRouteSettings.DataTraceEnabled",
  access: {
    field: "AccessLogSettings",
    destinationKey: "DestinationArn",
    formatKey: "Format",
    destinationField: "AccessLogSettings.DestinationArn",
    formatField: "AccessLogSettings.Format",
  },
};

/** REST `methodSettings`: `*\/*` is the stage level, other keys (`~1pets~1{id}/GET`) are method overrides. */
export function restLogging(stage: Record<string, unknown>): { execution: RouteLogging; overrides: Override[] } {
  const settings = asRecord(stage.methodSettings);
  return logging(settings["*/*"], settings, "*/*", "methodSettings", restMethodTarget, rest);
}

/** v2 `DefaultRouteSettings` is the stage level, `RouteSettings` entries are per-route overrides. */
export function v2Logging(stage: Record<string, unknown>): { execution: RouteLogging; overrides: Override[] } {
  return logging(stage.DefaultRouteSettings, asRecord(stage.RouteSettings), null, "RouteSettings", (key) => key, v2);
}

export function restAccessLog(stage: Record<string, unknown>): AccessLogSettings {
  const settings = asRecord(stage.accessLogSettings);
  return accessLog(settings.destinationArn, settings.format, rest);
}

export function v2AccessLog(stage: Record<string, unknown>): AccessLogSettings {
  const settings = asRecord(stage.AccessLogSettings);
  return accessLog(settings.DestinationArn, settings.Format, v2);
}

/**
 * `~1pets~1{petId}/GET` → `GET /pets/{petId}`. The key is a resource path escaped as a JSON pointer (`~1` for `/`,
 * `~0` for `~`), then `/` and the HTTP method (`*` for every method).
 */
export function restMethodTarget(key: string): string {
  const slash = key.lastIndexOf("/");
  if (slash < 0) return key;
  const method = key.slice(slash + 1);
  const path = key.slice(0, slash).replace(/~1/g, "/").replace(/~0/g, "~");
  return `${method === "*" ? "*" : method} ${path === "*" ? "*" : path.startsWith("/") ? path : `/${path}`}`;
}

function logging(
  stageEntry: unknown,
  entries: Record<string, unknown>,
  /** The key of the stage-level entry among `entries` (REST's `*\/*`), skipped as an override. */
  stageKey: string | null,
  container: string,
  target: (key: string) => string,
  words: Vocabulary,
): { execution: RouteLogging; overrides: Override[] } {
  const execution =
    stageEntry === undefined
      ? routeLogging(undefined, null, words, words.stageLevelField, words.stageDataTraceField)
      : routeLogging(stageEntry, words.stageEntry, words, words.stageLevelField, words.stageDataTraceField);
  const overrides: Override[] = [];
  for (const key of Object.keys(entries).sort()) {
    if (key === stageKey) continue;
    const field = `${container}[${JSON.stringify(key)}]`;
    const route = routeLogging(
      entries[key],
      field,
      words,
      `${field}.${words.levelKey}`,
      `${field}.${words.dataTraceKey}`,
    );
    overrides.push(Object.assign(route, { key, target: target(key), field }));
  }
  return { execution, overrides };
}

function routeLogging(
  entry: unknown,
  field: string | null,
  words: Vocabulary,
  levelField: string,
  dataTraceField: string,
): RouteLogging {
  const settings = asRecord(entry);
  const raw = settings[words.levelKey];
  const upper = typeof raw === "string" ? raw.toUpperCase() : null;
  const dataTrace = settings[words.dataTraceKey];
  const metrics = settings[words.metricsKey];
  return {
    level: upper !== null && levels.has(upper as LoggingLevel) ? (upper as LoggingLevel) : null,
    rawLevel: raw,
    dataTrace: typeof dataTrace === "boolean" ? dataTrace : null,
    metrics: typeof metrics === "boolean" ? metrics : null,
    field,
    levelKey: words.levelKey,
    dataTraceKey: words.dataTraceKey,
    levelField,
    dataTraceField,
  };
}

function accessLog(destinationValue: unknown, format: unknown, words: Vocabulary): AccessLogSettings {
  const arn = typeof destinationValue === "string" && destinationValue.trim() !== "" ? destinationValue : null;
  return {
    destinationArn: arn,
    logGroup: arn ? parseLogGroupArn(arn) : null,
    toCloudWatch: arn !== null && /^arn:[a-z-]+:logs:/.test(arn),
    format: typeof format === "string" ? format : null,
    field: words.access.field,
    destinationKey: words.access.destinationKey,
    formatKey: words.access.formatKey,
    destinationField: words.access.destinationField,
    formatField: words.access.formatField,
  };
}
