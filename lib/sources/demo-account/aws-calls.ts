import type { CaptureCall } from "../../capture/schema";

/** The demo account's id: AWS's own documentation example account, so nobody mistakes it for theirs. */
export const DEMO_ACCOUNT = "111122223333";
export const DEMO_CAPTURED_AT = "2026-11-20T09:30:00Z";
const capturedAtMs = Date.parse(DEMO_CAPTURED_AT);
const HOUR = 3_600_000;

export const hoursAgo = (hours: number): string =>
  new Date(capturedAtMs - hours * HOUR).toISOString().replace(".000Z", "Z");
export const msAgo = (hours: number): number => capturedAtMs - hours * HOUR;
export const logGroupArn = (region: string, name: string) => `arn:aws:logs:${region}:${DEMO_ACCOUNT}:log-group:${name}`;
export const roleArn = (name: string) => `arn:aws:iam::${DEMO_ACCOUNT}:role/${name}`;

export type Level = "OFF" | "ERROR" | "INFO";

export interface RestStage {
  name: string;
  level?: Level;
  dataTrace?: boolean;
  /** methodSettings keys such as `~1orders/POST`. */
  overrides?: Record<string, Level>;
  access?: { group: string; format: string };
  createdHoursAgo: number;
}

export interface V2Stage {
  name: string;
  level?: Level;
  routes?: Record<string, Level>;
  access?: { group: string; format: string };
  createdHoursAgo: number;
}

const methodSetting = (level: Level | undefined, dataTrace = false) => ({
  metricsEnabled: true,
  ...(level ? { loggingLevel: level } : {}),
  dataTraceEnabled: dataTrace,
  throttlingBurstLimit: 5000,
  throttlingRateLimit: 10000,
  cachingEnabled: false,
  cacheTtlInSeconds: 300,
  cacheDataEncrypted: false,
  requireAuthorizationForCacheControl: true,
  unauthorizedCacheControlHeaderStrategy: "SUCCEED_WITH_RESPONSE_HEADER",
});

export function restStagesCall(region: string, restApiId: string, stages: RestStage[]): CaptureCall {
  return {
    service: "apigateway",
    region,
    operation: "GetStages",
    input: { restApiId },
    output: {
      item: stages.map((stage, index) => {
        const methodSettings: Record<string, unknown> = {};
        if (stage.level || stage.dataTrace) methodSettings["*/*"] = methodSetting(stage.level, stage.dataTrace);
        for (const [key, level] of Object.entries(stage.overrides ?? {})) methodSettings[key] = methodSetting(level);
        return {
          deploymentId: `${restApiId.slice(0, 3)}${index}d${stage.name.length}x`,
          stageName: stage.name,
          cacheClusterEnabled: false,
          cacheClusterStatus: "NOT_AVAILABLE",
          methodSettings,
          ...(stage.access
            ? {
                accessLogSettings: {
                  format: stage.access.format,
                  destinationArn: logGroupArn(region, stage.access.group),
                },
              }
            : {}),
          tracingEnabled: false,
          createdDate: hoursAgo(stage.createdHoursAgo),
          lastUpdatedDate: hoursAgo(Math.min(stage.createdHoursAgo, 60)),
        };
      }),
    },
  };
}

export function v2StagesCall(region: string, apiId: string, stages: V2Stage[]): CaptureCall {
  return {
    service: "apigatewayv2",
    region,
    operation: "GetStages",
    input: { ApiId: apiId },
    output: {
      Items: stages.map((stage) => ({
        StageName: stage.name,
        AutoDeploy: stage.name === "$default",
        CreatedDate: hoursAgo(stage.createdHoursAgo),
        LastUpdatedDate: hoursAgo(Math.min(stage.createdHoursAgo, 120)),
        DefaultRouteSettings: {
          DetailedMetricsEnabled: false,
          ...(stage.level ? { LoggingLevel: stage.level, DataTraceEnabled: false } : {}),
          ThrottlingBurstLimit: 5000,
          ThrottlingRateLimit: 10000,
        },
        RouteSettings: Object.fromEntries(
          Object.entries(stage.routes ?? {}).map(([key, level]) => [
            key,
            { LoggingLevel: level, DataTraceEnabled: false },
          ]),
        ),
        ...(stage.access
          ? {
              AccessLogSettings: {
                DestinationArn: logGroupArn(region, stage.access.group),
                Format: stage.access.format,
              },
            }
          : {}),
        StageVariables: {},
        Tags: {},
      })),
    },
  };
}

export function logGroupsCall(region: string, prefix: string, names: string[]): CaptureCall {
  return {
    service: "cloudwatch-logs",
    region,
    operation: "DescribeLogGroups",
    input: { logGroupNamePrefix: prefix },
    output: {
      logGroups: names.map((name, i) => ({
        logGroupName: name,
        creationTime: msAgo(4000 + i * 97),
        retentionInDays: 30,
        metricFilterCount: 0,
        arn: `${logGroupArn(region, name)}:*`,
        storedBytes: 0,
        logGroupClass: "STANDARD",
        logGroupArn: logGroupArn(region, name),
      })),
    },
  };
}

/** The newest stream of a log group, its last event `hours` before the capture (null: no streams at all). */
export function newestStreamCall(region: string, group: string, hours: number | null): CaptureCall {
  const stream = `${group.length.toString(16)}f3c9a1b7e2d84${Math.round((hours ?? 0) * 7).toString(16)}`;
  return {
    service: "cloudwatch-logs",
    region,
    operation: "DescribeLogStreams",
    input: { logGroupName: group, orderBy: "LastEventTime", descending: true, limit: 1 },
    output: {
      logStreams:
        hours === null
          ? []
          : [
              {
                logStreamName: stream,
                creationTime: msAgo(hours + 30),
                firstEventTimestamp: msAgo(hours + 29),
                lastEventTimestamp: msAgo(hours),
                lastIngestionTime: msAgo(hours) + 1800,
                arn: `${logGroupArn(region, group)}:log-stream:${stream}`,
                storedBytes: 0,
              },
            ],
    },
  };
}

export function iamCall(
  operation: string,
  input: Record<string, unknown>,
  result: { output: unknown } | { error: { name: string; message: string } },
): CaptureCall {
  return { service: "iam", operation, input, ...result };
}

export const encodePolicy = (document: unknown) => encodeURIComponent(JSON.stringify(document));

/** A LookupEvents record as the SDK returns it: summary fields beside the raw record, as a JSON string. */
export function trailEvent(record: {
  id: string;
  name: string;
  source: string;
  hoursAgo: number;
  region: string;
  user: { session: string; role: string };
  ip: string;
  agent: string;
  request: unknown;
  response?: unknown;
  resources?: { ResourceType: string; ResourceName: string }[];
}) {
  const arn = `arn:aws:sts::${DEMO_ACCOUNT}:assumed-role/${record.user.role}/${record.user.session}`;
  const principal = `AROA${record.user.role
    .toUpperCase()
    .replace(/[^A-Z]/g, "")
    .padEnd(16, "Q")
    .slice(0, 16)}`;
  const time = hoursAgo(record.hoursAgo);
  return {
    EventId: record.id,
    EventName: record.name,
    ReadOnly: "false",
    AccessKeyId: "ASIAQEXAMPLEKEYID4ZN",
    EventTime: time,
    EventSource: record.source,
    Username: record.user.session,
    Resources: record.resources ?? [],
    CloudTrailEvent: JSON.stringify({
      eventVersion: "1.09",
      userIdentity: {
        type: "AssumedRole",
        principalId: `${principal}:${record.user.session}`,
        arn,
        accountId: DEMO_ACCOUNT,
        accessKeyId: "ASIAQEXAMPLEKEYID4ZN",
        sessionContext: {
          sessionIssuer: {
            type: "Role",
            principalId: principal,
            arn: roleArn(record.user.role),
            accountId: DEMO_ACCOUNT,
            userName: record.user.role,
          },
          attributes: { creationDate: hoursAgo(record.hoursAgo + 1), mfaAuthenticated: "true" },
        },
      },
      eventTime: time,
      eventSource: record.source,
      eventName: record.name,
      awsRegion: record.region,
      sourceIPAddress: record.ip,
      userAgent: record.agent,
      requestParameters: record.request,
      responseElements: record.response ?? null,
      requestID: `${record.id.slice(0, 8)}-5c1e-4a8f-9d2b-7e6f0a1b2c3d`,
      eventID: record.id,
      readOnly: false,
      eventType: "AwsApiCall",
      managementEvent: true,
      recipientAccountId: DEMO_ACCOUNT,
      eventCategory: "Management",
    }),
  };
}
