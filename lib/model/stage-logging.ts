import { asRecord } from "./call-index";
import { parseLogGroupArn } from "./log-group-arn";
import type { AccessLogSettings, LoggingLevel, Override, RouteLogging } from "./types";

const levels = new Set<LoggingLevel>(["OFF", "ERROR", "INFO"]);

/** REST `methodSettings`: `*\/*` is the stage level, other keys (`~1pets~1{id}/GET`) are method overrides. */
export function restLogging(stage: Record<string, unknown>): { execution: RouteLogging; overrides: Override[] } {
  const settings = asRecord(stage.methodSettings);
  const stageEntry = settings["*/*"];
  const execution = routeLogging(stageEntry, stageEntry === undefined ? null : `methodSettings["*/*"]`, "loggingLevel", "dataTraceEnabled", "metricsEnabled");
  const overrides = Object.keys(settings)
    .filter((key) => key !== "*/*")
    .sort()
    .map((key) => ({
      ...routeLogging(settings[key], `methodSettings[${JSON.stringify(key)}]`, "loggingLevel", "dataTraceEnabled", "metricsEnabled"),
      key,
      target: restMethodTarget(key),
      field: `methodSettings[${JSON.stringify(key)}]`,
    }));
  return { execution, overrides };
}

/** v2 `DefaultRouteSettings` is the stage level, `RouteSettings` entries are per-route overrides. */
export function v2Logging(stage: Record<string, unknown>): { execution: RouteLogging; overrides: Override[] } {
  const defaults = stage.DefaultRouteSettings;
  const execution = routeLogging(defaults, defaults === undefined ? null : "DefaultRouteSettings", "LoggingLevel", "DataTraceEnabled", "DetailedMetricsEnabled");
  const routes = asRecord(stage.RouteSettings);
  const overrides = Object.keys(routes)
    .sort()
    .map((key) => ({
      ...routeLogging(routes[key], `RouteSettings[${JSON.stringify(key)}]`, "LoggingLevel", "DataTraceEnabled", "DetailedMetricsEnabled"),
      key,
      target: key,
      field: `RouteSettings[${JSON.stringify(key)}]`,
    }));
  return { execution, overrides };
}

export function restAccessLog(stage: Record<string, unknown>): AccessLogSettings {
  const settings = asRecord(stage.accessLogSettings);
  return {
    ...destination(nonEmptyString(settings.destinationArn)),
    format: typeof settings.format === "string" ? settings.format : null,
    field: "accessLogSettings",
    destinationKey: "destinationArn",
    formatKey: "format",
    destinationField: "accessLogSettings.destinationArn",
    formatField: "accessLogSettings.format",
  };
}

export function v2AccessLog(stage: Record<string, unknown>): AccessLogSettings {
  const settings = asRecord(stage.AccessLogSettings);
  return {
    ...destination(nonEmptyString(settings.DestinationArn)),
    format: typeof settings.Format === "string" ? settings.Format : null,
    field: "AccessLogSettings",
    destinationKey: "DestinationArn",
    formatKey: "Format",
    destinationField: "AccessLogSettings.DestinationArn",
    formatField: "AccessLogSettings.Format",
  };
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

function routeLogging(
  entry: unknown,
  field: string | null,
  levelKey: string,
  dataTraceKey: string,
  metricsKey: string,
): RouteLogging {
  const settings = asRecord(entry);
  const raw = settings[levelKey];
  const upper = typeof raw === "string" ? raw.toUpperCase() : null;
  return {
    level: upper !== null && levels.has(upper as LoggingLevel) ? (upper as LoggingLevel) : null,
    rawLevel: raw,
    dataTrace: typeof settings[dataTraceKey] === "boolean" ? (settings[dataTraceKey] as boolean) : null,
    metrics: typeof settings[metricsKey] === "boolean" ? (settings[metricsKey] as boolean) : null,
    field,
    levelKey,
    dataTraceKey,
    // The stage-level paths are the same for every stage of a type: reuse the strings instead of building one each.
    levelField: fieldPath(field ?? "", levelKey),
    dataTraceField: fieldPath(field ?? "", dataTraceKey),
  };
}

const stageLevelPaths = new Map<string, string>();

function fieldPath(entry: string, key: string): string {
  if (entry !== 'methodSettings["*/*"]' && entry !== "DefaultRouteSettings") return `${entry}.${key}`;
  const id = `${entry}.${key}`;
  let path = stageLevelPaths.get(id);
  if (!path) stageLevelPaths.set(id, (path = id));
  return path;
}

function destination(arn: string | null): Pick<AccessLogSettings, "destinationArn" | "logGroup" | "toCloudWatch"> {
  return { destinationArn: arn, logGroup: arn ? parseLogGroupArn(arn) : null, toCloudWatch: arn !== null && /^arn:[a-z-]+:logs:/.test(arn) };
}

function nonEmptyString(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value : null;
}
