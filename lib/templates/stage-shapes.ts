import { isUnknown, Unknown } from "./types";

type Props = Record<string, unknown>;
const record = (value: unknown): Props =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Props) : {};

/**
 * CloudFormation's `MethodSetting.ResourcePath` (`/*`, `/`, `/~1pets`) as the `methodSettings` key GetStages returns
 * (`*`, `~1`, `~1pets`), followed by `/<HttpMethod>`.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-apigateway-stage-methodsetting.html
 */
export function methodSettingKey(resourcePath: unknown, httpMethod: unknown): string {
  const path = typeof resourcePath === "string" ? resourcePath : "/*";
  const method = typeof httpMethod === "string" ? httpMethod : "*";
  let key: string;
  if (path === "/*" || path === "*") key = "*";
  else if (path === "/") key = "~1";
  else if (path.startsWith("/~1")) key = path.slice(1);
  else key = `~1${path.replace(/^\//, "").replace(/\//g, "~1")}`;
  return `${key}/${method}`;
}

/** A REST stage as GetStages returns it, from CloudFormation's Stage (or Deployment.StageDescription / SAM Api) properties. */
export function restStageRaw(name: string, props: Props): Record<string, unknown> {
  const methodSettings: Record<string, Props> = {};
  // StageDescription (Deployment) and SAM carry stage-wide LoggingLevel/DataTraceEnabled/MetricsEnabled too.
  const stageWide = pick(props, {
    LoggingLevel: "loggingLevel",
    DataTraceEnabled: "dataTraceEnabled",
    MetricsEnabled: "metricsEnabled",
  });
  if (Object.keys(stageWide).length > 0) methodSettings["*/*"] = stageWide;
  for (const entry of Array.isArray(props.MethodSettings) ? props.MethodSettings : []) {
    const setting = record(entry);
    const key = methodSettingKey(setting.ResourcePath, setting.HttpMethod);
    methodSettings[key] = {
      ...methodSettings[key],
      ...pick(setting, {
        LoggingLevel: "loggingLevel",
        DataTraceEnabled: "dataTraceEnabled",
        MetricsEnabled: "metricsEnabled",
      }),
    };
  }
  const raw: Record<string, unknown> = { stageName: name, methodSettings };
  const access = record(props.AccessLogSetting);
  if (access.DestinationArn !== undefined)
    raw.accessLogSettings = pick(access, { DestinationArn: "destinationArn", Format: "format" });
  return raw;
}

/** An HTTP or WebSocket stage as apigatewayv2 GetStages returns it: CloudFormation uses the same member names. */
export function v2StageRaw(name: string, props: Props): Record<string, unknown> {
  const raw: Record<string, unknown> = { StageName: name };
  for (const key of ["DefaultRouteSettings", "RouteSettings", "AccessLogSettings"])
    if (props[key] !== undefined) raw[key] = props[key];
  return raw;
}

/** The first value in a resolved structure that only a deploy knows. */
export function firstUnknown(value: unknown): Unknown | null {
  if (isUnknown(value)) return value;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = firstUnknown(item);
      if (found) return found;
    }
  } else if (value && typeof value === "object") {
    for (const item of Object.values(value)) {
      const found = firstUnknown(item);
      if (found) return found;
    }
  }
  return null;
}

function pick(source: Props, names: Record<string, string>): Props {
  const out: Props = {};
  for (const [from, to] of Object.entries(names)) if (source[from] !== undefined) out[to] = source[from];
  return out;
}
