import type { Capture, CaptureCall } from "../../lib/capture/schema";
import { formatTimestamp } from "../../lib/aws/recordable";
import { simulatedActions } from "../../lib/aws/role-collector";
import { executionLogGroupPrefix, simulationResourceArns, type StageRef } from "../../lib/aws/stage-log-targets";

export interface GeneratedAccountOptions {
  regions: string[];
  /** APIs per region. */
  rest: number;
  http: number;
  websocket: number;
  stagesPerApi: number;
  domainsPerRegion: number;
  now: Date;
  lookbackDays: number;
}

const account = "123456789012";
const roleName = "apigw-logs";
const roleArn = `arn:aws:iam::${account}:role/${roleName}`;
const managedPolicy = "arn:aws:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs";
const logsPageSize = 50;
const v2PageSize = 100;

/**
 * A synthetic account as a Capture holding every call a full scan of it makes, page tokens included: the
 * bench's 650-API account, and tests' smaller ones. The `prod` stage of each API logs (execution logs for REST
 * and WebSocket, access logs for all three types to one group per type); the others are off.
 */
export function generateAccountCapture(options: GeneratedAccountOptions): Capture {
  const calls: CaptureCall[] = [];
  const home = options.regions[0];
  const window = {
    StartTime: formatTimestamp(new Date(options.now.getTime() - options.lookbackDays * 86_400_000)),
    EndTime: formatTimestamp(options.now),
    MaxResults: 50,
  };
  const add = (service: string, region: string | undefined, operation: string, input: object, output: object) =>
    calls.push({ service, ...(region ? { region } : {}), operation, input: input as Record<string, unknown>, output });

  add(
    "sts",
    home,
    "GetCallerIdentity",
    {},
    { Account: account, Arn: `arn:aws:iam::${account}:user/ops`, UserId: "AIDAEXAMPLE" },
  );
  add(
    "account",
    home,
    "ListRegions",
    {},
    {
      Regions: options.regions.map((RegionName) => ({ RegionName, RegionOptStatus: "ENABLED_BY_DEFAULT" })),
    },
  );
  for (const region of options.regions) generateRegion(region, options, add, window);
  generateRole(options, add, window);
  return {
    kind: "log-doctor/capture",
    version: 1,
    capturedAt: formatTimestamp(options.now),
    partition: "aws",
    regions: options.regions,
    calls,
  };
}

type Add = (service: string, region: string | undefined, operation: string, input: object, output: object) => void;

function stageNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) => (i === count - 1 ? "prod" : `stage${i}`));
}

function destination(region: string, kind: string): string {
  return `arn:aws:logs:${region}:${account}:log-group:/aws/apigateway/${kind}-access`;
}

/** Ids like API Gateway's: ten lower-case letters and digits, unique per region and kind. */
function apiId(region: string, kind: string, index: number): string {
  return `${kind[0]}${region.replace(/[^a-z0-9]/g, "").slice(-3)}${index.toString(36).padStart(6, "0")}`.slice(0, 10);
}

function generateRegion(region: string, options: GeneratedAccountOptions, add: Add, window: object): void {
  const stages: StageRef[] = [];
  const lastEvent = options.now.getTime() - 60_000;
  add("sts", region, "GetSessionToken", { DurationSeconds: 900 }, {});
  add("apigateway", region, "GetAccount", {}, { cloudwatchRoleArn: roleArn });

  const restIds = Array.from({ length: options.rest }, (_, i) => apiId(region, "rest", i));
  for (const [page, ids] of pages(restIds, 500).entries()) {
    const input = page === 0 ? { limit: 500 } : { limit: 500, position: `rest-${page}` };
    const next = page < Math.ceil(restIds.length / 500) - 1 ? { position: `rest-${page + 1}` } : {};
    add("apigateway", region, "GetRestApis", input, { items: ids.map((id) => ({ id, name: `rest-${id}` })), ...next });
  }
  for (const id of restIds) {
    const item = stageNames(options.stagesPerApi).map((stageName) => {
      const prod = stageName === "prod";
      stages.push({
        apiId: id,
        apiType: "REST",
        stageName,
        ...(prod ? { accessLogDestinationArn: destination(region, "rest") } : {}),
      });
      return {
        stageName,
        methodSettings: { "*/*": { loggingLevel: prod ? "INFO" : "OFF", dataTraceEnabled: false } },
        ...(prod
          ? { accessLogSettings: { destinationArn: destination(region, "rest"), format: "$context.requestId" } }
          : {}),
      };
    });
    add("apigateway", region, "GetStages", { restApiId: id }, { item });
  }

  const v2 = [
    ...Array.from({ length: options.http }, (_, i) => ({ id: apiId(region, "http", i), type: "HTTP" as const })),
    ...Array.from({ length: options.websocket }, (_, i) => ({
      id: apiId(region, "websocket", i),
      type: "WEBSOCKET" as const,
    })),
  ];
  const v2Pages = pages(v2, v2PageSize);
  v2Pages.forEach((apis, page) => {
    const input = page === 0 ? {} : { NextToken: `v2-${page}` };
    const next = page < v2Pages.length - 1 ? { NextToken: `v2-${page + 1}` } : {};
    const Items = apis.map(({ id, type }) => ({
      ApiId: id,
      Name: `${type.toLowerCase()}-${id}`,
      ProtocolType: type,
      RouteSelectionExpression: "$request.method $request.path",
    }));
    add("apigatewayv2", region, "GetApis", input, { Items, ...next });
  });
  for (const { id, type } of v2) {
    const kind = type === "HTTP" ? "http" : "ws";
    const Items = stageNames(options.stagesPerApi).map((StageName) => {
      const prod = StageName === "prod";
      stages.push({
        apiId: id,
        apiType: type,
        stageName: StageName,
        ...(prod ? { accessLogDestinationArn: destination(region, kind) } : {}),
      });
      return {
        StageName,
        ...(type === "WEBSOCKET" ? { DefaultRouteSettings: { LoggingLevel: prod ? "INFO" : "OFF" } } : {}),
        ...(prod
          ? { AccessLogSettings: { DestinationArn: destination(region, kind), Format: "$context.requestId" } }
          : {}),
      };
    });
    add("apigatewayv2", region, "GetStages", { ApiId: id }, { Items });
  }

  const domains = Array.from({ length: options.domainsPerRegion }, (_, i) => `api${i}.${region}.example.com`);
  add("apigateway", region, "GetDomainNames", { limit: 500 }, { items: domains.map((domainName) => ({ domainName })) });
  domains.forEach((domainName, i) => {
    const mapping =
      restIds.length > 0 ? [{ basePath: "(none)", restApiId: restIds[i % restIds.length], stage: "prod" }] : [];
    add("apigateway", region, "GetBasePathMappings", { domainName, limit: 500 }, { items: mapping });
  });
  add("apigatewayv2", region, "GetDomainNames", {}, { Items: domains.map((DomainName) => ({ DomainName })) });
  domains.forEach((DomainName) => add("apigatewayv2", region, "GetApiMappings", { DomainName }, { Items: [] }));

  const executionGroups = stages
    .filter((s) => s.apiType !== "HTTP" && s.stageName === "prod")
    .map((s) => `${executionLogGroupPrefix}${s.apiId}/${s.stageName}`);
  const groupPages = pages(executionGroups, logsPageSize);
  groupPages.forEach((names, page) => {
    const input = { logGroupNamePrefix: executionLogGroupPrefix, ...(page === 0 ? {} : { nextToken: `logs-${page}` }) };
    const next = page < groupPages.length - 1 ? { nextToken: `logs-${page + 1}` } : {};
    add("cloudwatch-logs", region, "DescribeLogGroups", input, {
      logGroups: names.map((logGroupName) => ({ logGroupName })),
      ...next,
    });
  });
  const destinations = [
    ...new Set(stages.flatMap((s) => (s.accessLogDestinationArn ? [s.accessLogDestinationArn] : []))),
  ];
  const destinationGroups = destinations.map((arn) => arn.split(":log-group:")[1]);
  for (const logGroupName of destinationGroups) {
    add(
      "cloudwatch-logs",
      region,
      "DescribeLogGroups",
      { logGroupNamePrefix: logGroupName },
      { logGroups: [{ logGroupName }] },
    );
  }
  for (const logGroupName of [...executionGroups, ...destinationGroups]) {
    const input = { logGroupName, orderBy: "LastEventTime", descending: true, limit: 1 };
    add("cloudwatch-logs", region, "DescribeLogStreams", input, {
      logStreams: [{ logStreamName: "s", lastEventTimestamp: lastEvent }],
    });
  }
  add("cloudwatch-logs", region, "DescribeResourcePolicies", {}, { resourcePolicies: [] });
  // HTTP API destinations: the group's own resource-scoped policy, as the collector asks for it.
  const httpDestinations = [
    ...new Set(
      stages.flatMap((s) => (s.apiType === "HTTP" && s.accessLogDestinationArn ? [s.accessLogDestinationArn] : [])),
    ),
  ];
  for (const resourceArn of httpDestinations) {
    add(
      "cloudwatch-logs",
      region,
      "DescribeResourcePolicies",
      { policyScope: "RESOURCE", resourceArn },
      { resourcePolicies: [] },
    );
  }
  add("cloudwatch-logs", region, "DescribeDeliverySources", {}, { deliverySources: [] });
  add("cloudwatch-logs", region, "DescribeDeliveries", {}, { deliveries: [] });
  add("cloudwatch-logs", region, "DescribeDeliveryDestinations", {}, { deliveryDestinations: [] });

  const trailArn = `arn:aws:cloudtrail:${options.regions[0]}:${account}:trail/management`;
  add(
    "cloudtrail",
    region,
    "DescribeTrails",
    { includeShadowTrails: true },
    {
      trailList: [{ Name: "management", TrailARN: trailArn, IsMultiRegionTrail: true, HomeRegion: options.regions[0] }],
    },
  );
  add("cloudtrail", region, "GetTrailStatus", { Name: trailArn }, { IsLogging: true });
  add(
    "cloudtrail",
    region,
    "GetEventSelectors",
    { TrailName: trailArn },
    {
      TrailARN: trailArn,
      EventSelectors: [{ ReadWriteType: "All", IncludeManagementEvents: true }],
    },
  );
  const source = [{ AttributeKey: "EventSource", AttributeValue: "apigateway.amazonaws.com" }];
  add("cloudtrail", region, "LookupEvents", { LookupAttributes: source, ...window }, { Events: [] });
  const logsSource = [{ AttributeKey: "EventSource", AttributeValue: "logs.amazonaws.com" }];
  add("cloudtrail", region, "LookupEvents", { LookupAttributes: logsSource, ...window }, { Events: [] });
  if (region === "us-east-1") {
    const resource = [{ AttributeKey: "ResourceName", AttributeValue: roleName }];
    add("cloudtrail", region, "LookupEvents", { LookupAttributes: resource, ...window }, { Events: [] });
  }

  const ResourceArns = simulationResourceArns(stages, { partition: "aws", region, account });
  add(
    "iam",
    undefined,
    "SimulatePrincipalPolicy",
    { PolicySourceArn: roleArn, ActionNames: simulatedActions, ResourceArns, MaxItems: 1000 },
    {
      // AWS answers every action on every resource string asked.
      EvaluationResults: simulatedActions.flatMap((EvalActionName) =>
        ResourceArns.map((EvalResourceName) => ({ EvalActionName, EvalResourceName, EvalDecision: "allowed" })),
      ),
      IsTruncated: false,
    },
  );
}

function generateRole(options: GeneratedAccountOptions, add: Add, window: object): void {
  const trust = {
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Principal: { Service: "apigateway.amazonaws.com" }, Action: "sts:AssumeRole" }],
  };
  add(
    "iam",
    undefined,
    "GetRole",
    { RoleName: roleName },
    {
      Role: {
        RoleName: roleName,
        Arn: roleArn,
        Path: "/",
        RoleId: "AROAEXAMPLE",
        CreateDate: "2025-10-18T10:00:00Z",
        AssumeRolePolicyDocument: encodeURIComponent(JSON.stringify(trust)),
      },
    },
  );
  add(
    "iam",
    undefined,
    "ListAttachedRolePolicies",
    { RoleName: roleName },
    {
      AttachedPolicies: [{ PolicyName: "AmazonAPIGatewayPushToCloudWatchLogs", PolicyArn: managedPolicy }],
      IsTruncated: false,
    },
  );
  add("iam", undefined, "ListRolePolicies", { RoleName: roleName }, { PolicyNames: [], IsTruncated: false });
  add(
    "iam",
    undefined,
    "GetPolicy",
    { PolicyArn: managedPolicy },
    { Policy: { Arn: managedPolicy, DefaultVersionId: "v1" } },
  );
  const document = { Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: simulatedActions, Resource: "*" }] };
  add(
    "iam",
    undefined,
    "GetPolicyVersion",
    { PolicyArn: managedPolicy, VersionId: "v1" },
    {
      PolicyVersion: {
        Document: encodeURIComponent(JSON.stringify(document)),
        VersionId: "v1",
        IsDefaultVersion: true,
      },
    },
  );
  if (!options.regions.includes("us-east-1")) {
    const resource = [{ AttributeKey: "ResourceName", AttributeValue: roleName }];
    add("cloudtrail", "us-east-1", "LookupEvents", { LookupAttributes: resource, ...window }, { Events: [] });
  }
}

function pages<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result.length === 0 ? [[]] : result;
}
