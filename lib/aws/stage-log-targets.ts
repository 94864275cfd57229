import { parseLogGroupArn } from "../aws-names/log-group-arn";
/** A scanned stage, reduced to what decides which log groups the collector looks at. */
export interface StageRef {
  apiId: string;
  apiType: "REST" | "HTTP" | "WEBSOCKET";
  stageName: string;
  accessLogDestinationArn?: string;
}

export const executionLogGroupPrefix = "API-Gateway-Execution-Logs_";

/** Stages of a REST API from its `GetStages` output (`item` in both the SDK and the wire). */
export function restStagesOf(apiId: string, output: Record<string, unknown>): StageRef[] {
  return records(output.item).flatMap((stage) => {
    if (typeof stage.stageName !== "string") return [];
    const destination = (stage.accessLogSettings as { destinationArn?: unknown } | undefined)?.destinationArn;
    return [{ apiId, apiType: "REST" as const, stageName: stage.stageName, ...destinationOf(destination) }];
  });
}

/** Stages of an HTTP or WebSocket API from the `Items` of its v2 `GetStages` pages. */
export function v2StagesOf(apiId: string, protocolType: unknown, items: Record<string, unknown>[]): StageRef[] {
  const apiType = protocolType === "WEBSOCKET" ? "WEBSOCKET" : "HTTP";
  return items.flatMap((stage) => {
    if (typeof stage.StageName !== "string") return [];
    const destination = (stage.AccessLogSettings as { DestinationArn?: unknown } | undefined)?.DestinationArn;
    return [{ apiId, apiType, stageName: stage.StageName, ...destinationOf(destination) }];
  });
}

/** HTTP APIs have no execution logs; REST and WebSocket stages write to a group API Gateway names itself. */
export function executionLogGroupOf(stage: StageRef): string | undefined {
  return stage.apiType === "HTTP" ? undefined : `${executionLogGroupPrefix}${stage.apiId}/${stage.stageName}`;
}

/**
 * The log group name of a CloudWatch Logs access-log destination we can look at from this region: Firehose
 * destinations, and groups in another region or account, are for the checks to judge, not for us to list.
 */
export function destinationLogGroupOf(arn: string | undefined, region: string, account?: string): string | undefined {
  const parsed = arn ? parseLogGroupArn(arn) : null;
  if (!parsed || parsed.region !== region || (account !== undefined && parsed.account !== account)) return undefined;
  return parsed.name;
}

/** At most this many resource strings go into one SimulatePrincipalPolicy (results grow with actions × strings). */
export const simulationArnLimit = 21;

/** The stream name the simulation asks about; the checks judge stream-level actions on the same name. */
export const simulationStreamName = "x";

/**
 * The resource strings CloudWatch Logs authorizes API Gateway's logs: actions on (checks.md **Permissions**), for
 * the groups API Gateway writes with the account's role in a region: each REST and WebSocket stage's execution
 * group and CloudWatch access-log destination, or the representative `API-Gateway-Execution-Logs_x/y` when there
 * are none. Per group `…:log-group:G:log-stream:` (CreateLogGroup, DescribeLogStreams, FilterLogEvents) and
 * `…:log-group:G:log-stream:x` (CreateLogStream, PutLogEvents, GetLogEvents); once `…:log-group::log-stream:`
 * (DescribeLogGroups). Sorted and capped so the simulation stays one page; the checks' own policy evaluation
 * covers the rest.
 */
export function simulationResourceArns(
  stages: StageRef[],
  where: { partition: string; region: string; account: string },
): string[] {
  const base = `arn:${where.partition}:logs:${where.region}:${where.account}:log-group:`;
  const groups = new Set<string>();
  for (const stage of [...stages].sort(compareStages)) {
    const group = executionLogGroupOf(stage);
    if (group === undefined) continue;
    groups.add(group);
    const destination = destinationLogGroupOf(stage.accessLogDestinationArn, where.region, where.account);
    if (destination !== undefined) groups.add(destination);
  }
  if (groups.size === 0) groups.add(`${executionLogGroupPrefix}x/y`);
  const arns = [`${base}:log-stream:`];
  for (const group of groups) {
    if (arns.length + 2 > simulationArnLimit) break;
    arns.push(`${base}${group}:log-stream:`, `${base}${group}:log-stream:${simulationStreamName}`);
  }
  return arns;
}

function compareStages(a: StageRef, b: StageRef): number {
  return a.apiId === b.apiId ? (a.stageName < b.stageName ? -1 : 1) : a.apiId < b.apiId ? -1 : 1;
}

function destinationOf(value: unknown): { accessLogDestinationArn?: string } {
  return typeof value === "string" && value !== "" ? { accessLogDestinationArn: value } : {};
}

function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter((v) => typeof v === "object" && v !== null) : [];
}

/** The stream name of a Firehose destination ARN in this region (and account, when known). */
export function firehoseStreamOf(arn: string | undefined, region: string, account?: string): string | undefined {
  const match = arn?.match(/^arn:[^:]+:firehose:([^:]*):([^:]*):deliverystream\/(.+)$/);
  if (!match) return undefined;
  const [, arnRegion, arnAccount, name] = match;
  if (arnRegion !== region || (account !== undefined && arnAccount !== account)) return undefined;
  return name;
}

/**
 * The destination resource ARNs of API Gateway execution-log deliveries (log type EXECUTION_LOGS, a source reading a
 * stage `…:/restapis/<id>/stages/…` or `…:/apis/<id>/stages/…`, of `apiId` only when given), from the three listings.
 */
export function deliveryTargetsOf(
  listings: {
    sources: Record<string, unknown>[];
    deliveries: Record<string, unknown>[];
    destinations: Record<string, unknown>[];
  },
  apiId?: string,
): string[] {
  const stagePath =
    apiId === undefined
      ? /:\/(restapis|apis)\/[^/]+\/stages\//
      : new RegExp(`:/(restapis|apis)/${apiId.replace(/[^A-Za-z0-9]/g, "")}/stages/`);
  const executionSources = new Set(
    listings.sources
      .filter(
        (s) =>
          s.logType === "EXECUTION_LOGS" &&
          Array.isArray(s.resourceArns) &&
          s.resourceArns.some((arn) => typeof arn === "string" && stagePath.test(arn)),
      )
      .map((s) => s.name),
  );
  const destinations = new Map(listings.destinations.map((d) => [d.arn, d]));
  const targets = new Set<string>();
  for (const delivery of listings.deliveries) {
    if (!executionSources.has(delivery.deliverySourceName)) continue;
    const destination = destinations.get(delivery.deliveryDestinationArn) as
      { deliveryDestinationConfiguration?: { destinationResourceArn?: unknown } } | undefined;
    const arn = destination?.deliveryDestinationConfiguration?.destinationResourceArn;
    if (typeof arn === "string") targets.add(arn);
  }
  return [...targets].sort();
}
