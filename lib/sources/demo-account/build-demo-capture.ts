import { restStagesOf, simulationResourceArns, v2StagesOf, type StageRef } from "../../aws/stage-log-targets";
import type { Capture, CaptureCall } from "../../capture/schema";
import { pushToCloudWatchLogsArn, pushToCloudWatchLogsDocument } from "../../iam-policy/published-policies";
import {
  DEMO_ACCOUNT,
  DEMO_CAPTURED_AT,
  encodePolicy,
  hoursAgo,
  iamCall,
  logGroupsCall,
  newestStreamCall,
  restStagesCall,
  roleArn,
  v2StagesCall,
} from "./aws-calls";
import { apiGatewayEvents, roleEvents } from "./demo-history";
import {
  CHAT_KEY,
  groupPolicyCall,
  LEDGER_API,
  ledgerApiCalls,
  ledgerDeliveries,
  pendingDeletionKeyCall,
  STOCK_HTTP,
  stockHttpCalls,
  withKmsKey,
} from "./demo-destinations";
import { demoLogContent } from "./demo-log-content";

/**
 * The built-in demo account: four regions, each broken in its own way, so a newcomer sees every part of the
 * product. us-east-1 is healthy at the account level (a stage turned OFF by a deploy, an override OFF, an access
 * format without requestId, an HTTP API without access logs, an errors-only WebSocket, an unmapped domain, and
 * two healthy APIs); eu-west-1 has no logging role set (and its trail's status could not be read); ap-southeast-2's
 * role was deleted, one API's stages could not be read and no trail records history; in eu-central-1 an organization SCP
 * denies the (otherwise healthy) role the write path, so logs stopped when it was attached. `demo-account.test.ts`
 * pins these causes.
 */
export const DEMO_REGIONS = ["us-east-1", "eu-west-1", "ap-southeast-2", "eu-central-1"] as const;
const ROLE = "ApiGatewayCloudWatchLogs";
const DELETED_ROLE = "LegacyApiGatewayLogsRole";

export const formats = {
  restJson:
    '{"requestId":"$context.requestId","extendedRequestId":"$context.extendedRequestId","ip":"$context.identity.sourceIp","requestTime":"$context.requestTime","httpMethod":"$context.httpMethod","resourcePath":"$context.resourcePath","status":"$context.status","protocol":"$context.protocol","responseLength":"$context.responseLength"}',
  clfWithoutRequestId:
    '$context.identity.sourceIp $context.identity.caller $context.identity.user [$context.requestTime] "$context.httpMethod $context.resourcePath $context.protocol" $context.status $context.responseLength',
  httpJson:
    '{"requestId":"$context.requestId","ip":"$context.identity.sourceIp","requestTime":"$context.requestTime","httpMethod":"$context.httpMethod","routeKey":"$context.routeKey","status":"$context.status","protocol":"$context.protocol","responseLength":"$context.responseLength"}',
  webSocketJson:
    '{"requestId":"$context.requestId","ip":"$context.identity.sourceIp","requestTime":"$context.requestTime","eventType":"$context.eventType","routeKey":"$context.routeKey","status":"$context.status","connectionId":"$context.connectionId"}',
};

const restApi = (id: string, name: string, description: string, days: number) => ({
  id,
  name,
  description,
  createdDate: hoursAgo(days * 24),
  apiKeySource: "HEADER",
  endpointConfiguration: { types: ["REGIONAL"], ipAddressType: "ipv4" },
  disableExecuteApiEndpoint: false,
  rootResourceId: `${id.slice(0, 4)}r00t`,
});

const v2Api = (region: string, id: string, name: string, type: "HTTP" | "WEBSOCKET", days: number) => ({
  ApiId: id,
  Name: name,
  ProtocolType: type,
  ApiEndpoint: `${type === "HTTP" ? "https" : "wss"}://${id}.execute-api.${region}.amazonaws.com`,
  ApiKeySelectionExpression: "$request.header.x-api-key",
  CreatedDate: hoursAgo(days * 24),
  DisableExecuteApiEndpoint: false,
  IpAddressType: "ipv4",
  RouteSelectionExpression: type === "HTTP" ? "$request.method $request.path" : "$request.body.action",
  Tags: {},
});

const apigateway = (
  region: string,
  operation: string,
  input: Record<string, unknown>,
  output: unknown,
): CaptureCall => ({ service: "apigateway", region, operation, input, output });
const apigatewayv2 = (
  region: string,
  operation: string,
  input: Record<string, unknown>,
  output: unknown,
): CaptureCall => ({ service: "apigatewayv2", region, operation, input, output });
const logs = (region: string, operation: string, input: Record<string, unknown>, output: unknown): CaptureCall => ({
  service: "cloudwatch-logs",
  region,
  operation,
  input,
  output,
});
const cloudtrail = (
  region: string,
  operation: string,
  input: Record<string, unknown>,
  output: unknown,
): CaptureCall => ({ service: "cloudtrail", region, operation, input, output });

function regionBasics(region: string, cloudwatchRoleArn: string | null): CaptureCall[] {
  return [
    { service: "sts", region, operation: "GetSessionToken", input: { DurationSeconds: 900 }, output: {} },
    apigateway(
      region,
      "GetAccount",
      {},
      {
        ...(cloudwatchRoleArn ? { cloudwatchRoleArn } : {}),
        throttleSettings: { burstLimit: 5000, rateLimit: 10000 },
        features: ["UsagePlans"],
        apiKeyVersion: "4",
      },
    ),
  ];
}

function deliveries(region: string): CaptureCall[] {
  return [
    logs(region, "DescribeDeliverySources", {}, { deliverySources: [] }),
    logs(region, "DescribeDeliveries", {}, { deliveries: [] }),
    logs(region, "DescribeDeliveryDestinations", {}, { deliveryDestinations: [] }),
  ];
}

function trail(region: string, name: string | null, options: { statusDenied?: boolean } = {}): CaptureCall[] {
  if (!name) return [cloudtrail(region, "DescribeTrails", { includeShadowTrails: true }, { trailList: [] })];
  const arn = `arn:aws:cloudtrail:${region}:${DEMO_ACCOUNT}:trail/${name}`;
  return [
    cloudtrail(
      region,
      "DescribeTrails",
      { includeShadowTrails: true },
      {
        trailList: [
          {
            Name: name,
            S3BucketName: `aws-cloudtrail-logs-${DEMO_ACCOUNT}-${region}`,
            IncludeGlobalServiceEvents: region === "us-east-1",
            IsMultiRegionTrail: false,
            HomeRegion: region,
            TrailARN: arn,
            LogFileValidationEnabled: true,
            HasCustomEventSelectors: false,
            HasInsightSelectors: false,
            IsOrganizationTrail: false,
          },
        ],
      },
    ),
    options.statusDenied
      ? {
          service: "cloudtrail",
          region,
          operation: "GetTrailStatus",
          input: { Name: arn },
          error: {
            name: "AccessDeniedException",
            message: `User: arn:aws:sts::${DEMO_ACCOUNT}:assumed-role/LogDoctorReadOnly/log-doctor is not authorized to perform: cloudtrail:GetTrailStatus on resource: ${arn} because no identity-based policy allows the cloudtrail:GetTrailStatus action`,
            httpStatusCode: 400,
          },
        }
      : cloudtrail(
          region,
          "GetTrailStatus",
          { Name: arn },
          {
            IsLogging: true,
            LatestDeliveryTime: hoursAgo(0.2),
            StartLoggingTime: hoursAgo(9000),
            TimeLoggingStarted: hoursAgo(9000),
          },
        ),
    cloudtrail(
      region,
      "GetEventSelectors",
      { TrailName: arn },
      {
        TrailARN: arn,
        EventSelectors: [
          { ReadWriteType: "All", IncludeManagementEvents: true, DataResources: [], ExcludeManagementEventSources: [] },
        ],
      },
    ),
  ];
}

const lookupBySource = (region: string, source: string, events: unknown[]) =>
  cloudtrail(
    region,
    "LookupEvents",
    {
      LookupAttributes: [{ AttributeKey: "EventSource", AttributeValue: source }],
      StartTime: hoursAgo(720),
      EndTime: DEMO_CAPTURED_AT,
      MaxResults: 50,
    },
    { Events: events },
  );
// The API Gateway history, then the CloudWatch Logs one (nothing changed on that side in the demo).
const lookup = (region: string, events: unknown[]): CaptureCall[] => [
  lookupBySource(region, "apigateway.amazonaws.com", events),
  lookupBySource(region, "logs.amazonaws.com", []),
];

function usEast1(): CaptureCall[] {
  const r = "us-east-1";
  return [
    ...regionBasics(r, roleArn(ROLE)),
    apigateway(
      r,
      "GetRestApis",
      { limit: 500 },
      {
        items: [
          restApi("k7x2m9q4tb", "orders-api", "Order intake for the web shop", 410),
          restApi("p3n8v1w6yd", "payments-api", "Card payments and refunds", 280),
          restApi(LEDGER_API.id, LEDGER_API.name, "General ledger postings", 95),
        ],
      },
    ),
    ...ledgerApiCalls(r, formats.restJson),
    restStagesCall(r, "k7x2m9q4tb", [
      {
        name: "prod",
        level: "INFO",
        access: { group: "/aws/apigateway/orders-api/prod", format: formats.restJson },
        createdHoursAgo: 9000,
      },
      {
        name: "staging",
        level: "INFO",
        dataTrace: true,
        overrides: { "~1orders/POST": "OFF" },
        access: { group: "/aws/apigateway/orders-api/staging", format: formats.clfWithoutRequestId },
        createdHoursAgo: 8000,
      },
    ]),
    restStagesCall(r, "p3n8v1w6yd", [
      {
        name: "prod",
        level: "OFF",
        access: { group: "/aws/apigateway/payments-api/prod", format: formats.restJson },
        createdHoursAgo: 6500,
      },
    ]),
    apigatewayv2(
      r,
      "GetApis",
      {},
      {
        Items: [
          v2Api(r, "h5c2r8z1jq", "catalog-http", "HTTP", 120),
          v2Api(r, "s9d4f2k7wm", "search-http", "HTTP", 200),
          v2Api(r, "w1e6t3y8uc", "chat-ws", "WEBSOCKET", 330),
        ],
      },
    ),
    v2StagesCall(r, "h5c2r8z1jq", [{ name: "$default", createdHoursAgo: 2800 }]),
    v2StagesCall(r, "s9d4f2k7wm", [
      {
        name: "prod",
        access: { group: "/aws/vendedlogs/apigateway/search-http/prod", format: formats.httpJson },
        createdHoursAgo: 4700,
      },
    ]),
    v2StagesCall(r, "w1e6t3y8uc", [
      {
        name: "production",
        level: "ERROR",
        access: { group: "/aws/apigateway/chat-ws/production", format: formats.webSocketJson },
        createdHoursAgo: 7900,
      },
    ]),
    apigateway(
      r,
      "GetDomainNames",
      { limit: 500 },
      {
        items: [
          {
            domainName: "api.example.com",
            regionalDomainName: "d-4k2j8h6g5f.execute-api.us-east-1.amazonaws.com",
            regionalHostedZoneId: "Z1UJRXOUMOOFQ8",
            endpointConfiguration: { types: ["REGIONAL"] },
            domainNameStatus: "AVAILABLE",
            securityPolicy: "TLS_1_2",
          },
          {
            domainName: "legacy.example.com",
            regionalDomainName: "d-9x7w5v3u1t.execute-api.us-east-1.amazonaws.com",
            regionalHostedZoneId: "Z1UJRXOUMOOFQ8",
            endpointConfiguration: { types: ["REGIONAL"] },
            domainNameStatus: "AVAILABLE",
            securityPolicy: "TLS_1_2",
          },
          // Routed by routing rules before mappings: no mapping, and that is fine (its rule sends /orders to orders-api).
          {
            domainName: "shop.example.com",
            regionalDomainName: "d-2m4n6b8v0c.execute-api.us-east-1.amazonaws.com",
            regionalHostedZoneId: "Z1UJRXOUMOOFQ8",
            endpointConfiguration: { types: ["REGIONAL"] },
            domainNameStatus: "AVAILABLE",
            securityPolicy: "TLS_1_2",
            routingMode: "ROUTING_RULE_THEN_BASE_PATH_MAPPING",
          },
        ],
      },
    ),
    apigateway(
      r,
      "GetBasePathMappings",
      { domainName: "api.example.com", limit: 500 },
      { items: [{ basePath: "(none)", restApiId: "k7x2m9q4tb", stage: "prod" }] },
    ),
    apigateway(r, "GetBasePathMappings", { domainName: "legacy.example.com", limit: 500 }, { items: [] }),
    apigateway(r, "GetBasePathMappings", { domainName: "shop.example.com", limit: 500 }, { items: [] }),
    apigatewayv2(
      r,
      "GetDomainNames",
      {},
      {
        Items: [
          { DomainName: "api.example.com" },
          { DomainName: "legacy.example.com" },
          { DomainName: "shop.example.com", RoutingMode: "ROUTING_RULE_THEN_API_MAPPING" },
        ],
      },
    ),
    apigatewayv2(
      r,
      "GetApiMappings",
      { DomainName: "api.example.com" },
      { Items: [{ ApiId: "k7x2m9q4tb", ApiMappingId: "m8n2b4", ApiMappingKey: "", Stage: "prod" }] },
    ),
    apigatewayv2(r, "GetApiMappings", { DomainName: "legacy.example.com" }, { Items: [] }),
    apigatewayv2(r, "GetApiMappings", { DomainName: "shop.example.com" }, { Items: [] }),
    apigatewayv2(
      r,
      "ListRoutingRules",
      { DomainName: "shop.example.com" },
      {
        RoutingRules: [
          {
            RoutingRuleId: "rr7k2p",
            RoutingRuleArn: `arn:aws:apigateway:${r}:${DEMO_ACCOUNT}:/domainnames/shop.example.com/routingrules/rr7k2p`,
            Priority: 100,
            Conditions: [{ MatchBasePaths: { AnyOf: ["orders"] } }],
            Actions: [{ InvokeApi: { ApiId: "k7x2m9q4tb", Stage: "prod", StripBasePath: true } }],
          },
        ],
      },
    ),
    logGroupsCall(r, "API-Gateway-Execution-Logs_", [
      "API-Gateway-Execution-Logs_k7x2m9q4tb/prod",
      "API-Gateway-Execution-Logs_k7x2m9q4tb/staging",
      "API-Gateway-Execution-Logs_p3n8v1w6yd/prod",
      "API-Gateway-Execution-Logs_w1e6t3y8uc/production",
    ]),
    // As the collector asks: one listing per access-log destination, its name as the prefix.
    ...[
      "/aws/apigateway/orders-api/prod",
      "/aws/apigateway/orders-api/staging",
      "/aws/apigateway/payments-api/prod",
      "/aws/vendedlogs/apigateway/search-http/prod",
      "/aws/apigateway/chat-ws/production",
    ].map((group) =>
      group === CHAT_KEY.group
        ? withKmsKey(logGroupsCall(r, group, [group]), CHAT_KEY.keyId)
        : logGroupsCall(r, group, [group]),
    ),
    pendingDeletionKeyCall(r, CHAT_KEY.keyId),
    newestStreamCall(r, "API-Gateway-Execution-Logs_k7x2m9q4tb/prod", 0.2),
    newestStreamCall(r, "API-Gateway-Execution-Logs_k7x2m9q4tb/staging", 3),
    newestStreamCall(r, "API-Gateway-Execution-Logs_p3n8v1w6yd/prod", 52),
    newestStreamCall(r, "API-Gateway-Execution-Logs_w1e6t3y8uc/production", 6),
    newestStreamCall(r, "/aws/apigateway/orders-api/prod", 0.1),
    newestStreamCall(r, "/aws/apigateway/orders-api/staging", 2.5),
    newestStreamCall(r, "/aws/apigateway/payments-api/prod", 0.3),
    newestStreamCall(r, "/aws/apigateway/chat-ws/production", 0.4),
    newestStreamCall(r, "/aws/vendedlogs/apigateway/search-http/prod", 0.05),
    // search-http's group has no policy of its own: the account-scoped vended-logs policy below grants it.
    groupPolicyCall(r, "/aws/vendedlogs/apigateway/search-http/prod", []),
    logs(
      r,
      "DescribeResourcePolicies",
      {},
      {
        resourcePolicies: [
          {
            policyName: "AWSLogDeliveryWrite20150319",
            policyDocument: JSON.stringify({
              Version: "2012-10-17",
              Statement: [
                {
                  Sid: "AWSLogDeliveryWrite",
                  Effect: "Allow",
                  Principal: { Service: "delivery.logs.amazonaws.com" },
                  Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
                  Resource: `arn:aws:logs:${r}:${DEMO_ACCOUNT}:log-group:/aws/vendedlogs/*:log-stream:*`,
                  Condition: { StringEquals: { "aws:SourceAccount": DEMO_ACCOUNT } },
                },
              ],
            }),
            lastUpdatedTime: Date.parse(hoursAgo(4700)),
          },
        ],
      },
    ),
    ...ledgerDeliveries(r),
    ...trail(r, "management-events"),
    ...lookup(r, apiGatewayEvents.usEast1),
  ];
}

function euWest1(): CaptureCall[] {
  const r = "eu-west-1";
  return [
    ...regionBasics(r, null),
    apigateway(
      r,
      "GetRestApis",
      { limit: 500 },
      { items: [restApi("e2u4r6o8pa", "inventory-api", "Stock levels for the EU warehouses", 60)] },
    ),
    restStagesCall(r, "e2u4r6o8pa", [
      {
        name: "prod",
        level: "INFO",
        access: { group: "/aws/apigateway/inventory-api/prod", format: formats.restJson },
        createdHoursAgo: 1400,
      },
    ]),
    apigatewayv2(
      r,
      "GetApis",
      {},
      {
        Items: [
          v2Api(r, "n4o6t8i2fy", "notifications-ws", "WEBSOCKET", 45),
          v2Api(r, "t7s3u9a5hx", "status-http", "HTTP", 30),
          v2Api(r, STOCK_HTTP.id, STOCK_HTTP.name, "HTTP", 25),
        ],
      },
    ),
    ...stockHttpCalls(r, formats.httpJson),
    // status-http's group has no policy of its own either, and the account-scoped one is Route 53's: not granted.
    groupPolicyCall(r, "/aws/vendedlogs/status-http/prod", []),
    v2StagesCall(r, "n4o6t8i2fy", [{ name: "prod", level: "INFO", createdHoursAgo: 1000 }]),
    v2StagesCall(r, "t7s3u9a5hx", [
      {
        name: "prod",
        access: { group: "/aws/vendedlogs/status-http/prod", format: formats.httpJson },
        createdHoursAgo: 700,
      },
    ]),
    apigateway(r, "GetDomainNames", { limit: 500 }, { items: [] }),
    apigatewayv2(r, "GetDomainNames", {}, { Items: [] }),
    logGroupsCall(r, "API-Gateway-Execution-Logs_", []),
    logGroupsCall(r, "/aws/apigateway/inventory-api/prod", ["/aws/apigateway/inventory-api/prod"]),
    logGroupsCall(r, "/aws/vendedlogs/status-http/prod", ["/aws/vendedlogs/status-http/prod"]),
    newestStreamCall(r, "/aws/apigateway/inventory-api/prod", null),
    newestStreamCall(r, "/aws/vendedlogs/status-http/prod", null),
    logs(
      r,
      "DescribeResourcePolicies",
      {},
      {
        resourcePolicies: [
          {
            policyName: "Route53QueryLogging",
            policyDocument: JSON.stringify({
              Version: "2012-10-17",
              Statement: [
                {
                  Sid: "Route53LogsToCloudWatchLogs",
                  Effect: "Allow",
                  Principal: { Service: "route53.amazonaws.com" },
                  Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
                  Resource: `arn:aws:logs:${r}:${DEMO_ACCOUNT}:log-group:/aws/route53/*`,
                },
              ],
            }),
            lastUpdatedTime: Date.parse(hoursAgo(3000)),
          },
        ],
      },
    ),
    ...deliveries(r),
    // The scan's read-only role lacks cloudtrail:GetTrailStatus here: the History step shows "could not check".
    ...trail(r, "eu-audit", { statusDenied: true }),
    ...lookup(r, apiGatewayEvents.euWest1),
  ];
}

function apSoutheast2(): CaptureCall[] {
  const r = "ap-southeast-2";
  return [
    ...regionBasics(r, roleArn(DELETED_ROLE)),
    apigateway(
      r,
      "GetRestApis",
      { limit: 500 },
      {
        items: [
          restApi("a8s2h4i6pq", "shipping-api", "Carrier labels and tracking", 500),
          restApi("r5p7o9r1ts", "reports-api", "Nightly sales reports", 150),
          restApi("b3l5n7g9xz", "billing-api", "Invoices (owned by the finance team)", 90),
        ],
      },
    ),
    restStagesCall(r, "a8s2h4i6pq", [
      {
        name: "prod",
        level: "INFO",
        access: { group: "/aws/apigateway/shipping-api/prod", format: formats.restJson },
        createdHoursAgo: 11000,
      },
    ]),
    restStagesCall(r, "r5p7o9r1ts", [{ name: "v1", createdHoursAgo: 3500 }]),
    {
      service: "apigateway",
      region: r,
      operation: "GetStages",
      input: { restApiId: "b3l5n7g9xz" },
      error: {
        name: "AccessDeniedException",
        message: `User: arn:aws:sts::${DEMO_ACCOUNT}:assumed-role/LogDoctorReadOnly/log-doctor is not authorized to perform: apigateway:GET on resource: arn:aws:apigateway:${r}::/restapis/b3l5n7g9xz/stages with an explicit deny in a service control policy`,
        httpStatusCode: 403,
      },
    },
    apigatewayv2(r, "GetApis", {}, { Items: [] }),
    apigateway(r, "GetDomainNames", { limit: 500 }, { items: [] }),
    apigatewayv2(r, "GetDomainNames", {}, { Items: [] }),
    logGroupsCall(r, "API-Gateway-Execution-Logs_", ["API-Gateway-Execution-Logs_a8s2h4i6pq/prod"]),
    logGroupsCall(r, "/aws/apigateway/shipping-api/prod", ["/aws/apigateway/shipping-api/prod"]),
    newestStreamCall(r, "API-Gateway-Execution-Logs_a8s2h4i6pq/prod", 412),
    newestStreamCall(r, "/aws/apigateway/shipping-api/prod", 412),
    logs(r, "DescribeResourcePolicies", {}, { resourcePolicies: [] }),
    ...deliveries(r),
    ...trail(r, null),
    ...lookup(r, []),
  ];
}

function euCentral1(): CaptureCall[] {
  const r = "eu-central-1";
  return [
    ...regionBasics(r, roleArn(ROLE)),
    apigateway(
      r,
      "GetRestApis",
      { limit: 500 },
      { items: [restApi("f6g8j2k4lm", "quotes-api", "Insurance quotes for the DACH market", 200)] },
    ),
    restStagesCall(r, "f6g8j2k4lm", [
      {
        name: "prod",
        level: "INFO",
        access: { group: "/aws/apigateway/quotes-api/prod", format: formats.restJson },
        createdHoursAgo: 4000,
      },
    ]),
    apigatewayv2(r, "GetApis", {}, { Items: [] }),
    apigateway(r, "GetDomainNames", { limit: 500 }, { items: [] }),
    apigatewayv2(r, "GetDomainNames", {}, { Items: [] }),
    logGroupsCall(r, "API-Gateway-Execution-Logs_", ["API-Gateway-Execution-Logs_f6g8j2k4lm/prod"]),
    logGroupsCall(r, "/aws/apigateway/quotes-api/prod", ["/aws/apigateway/quotes-api/prod"]),
    // Nothing arrived since the SCP was attached, nine days ago.
    newestStreamCall(r, "API-Gateway-Execution-Logs_f6g8j2k4lm/prod", 216),
    newestStreamCall(r, "/aws/apigateway/quotes-api/prod", 216),
    logs(r, "DescribeResourcePolicies", {}, { resourcePolicies: [] }),
    ...deliveries(r),
    ...trail(r, "dach-audit"),
    ...lookup(r, []),
  ];
}

function iam(): CaptureCall[] {
  const trust = {
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Principal: { Service: "apigateway.amazonaws.com" }, Action: "sts:AssumeRole" }],
  };
  const managed = pushToCloudWatchLogsArn;
  const managedDocument = pushToCloudWatchLogsDocument;
  return [
    iamCall(
      "GetRole",
      { RoleName: ROLE },
      {
        output: {
          Role: {
            Path: "/",
            RoleName: ROLE,
            RoleId: "AROAQEXAMPLEROLEID7K2",
            Arn: roleArn(ROLE),
            CreateDate: hoursAgo(15000),
            AssumeRolePolicyDocument: encodePolicy(trust),
            Description: "Lets API Gateway write execution and access logs",
            MaxSessionDuration: 3600,
            RoleLastUsed: { LastUsedDate: hoursAgo(0.2), Region: "us-east-1" },
          },
        },
      },
    ),
    iamCall(
      "ListAttachedRolePolicies",
      { RoleName: ROLE },
      {
        output: {
          AttachedPolicies: [{ PolicyName: "AmazonAPIGatewayPushToCloudWatchLogs", PolicyArn: managed }],
          IsTruncated: false,
        },
      },
    ),
    iamCall("ListRolePolicies", { RoleName: ROLE }, { output: { PolicyNames: [], IsTruncated: false } }),
    iamCall(
      "GetPolicy",
      { PolicyArn: managed },
      {
        output: {
          Policy: {
            PolicyName: "AmazonAPIGatewayPushToCloudWatchLogs",
            Arn: managed,
            Path: "/service-role/",
            DefaultVersionId: "v1",
            AttachmentCount: 1,
            IsAttachable: true,
          },
        },
      },
    ),
    iamCall(
      "GetPolicyVersion",
      { PolicyArn: managed, VersionId: "v1" },
      {
        output: { PolicyVersion: { Document: encodePolicy(managedDocument), VersionId: "v1", IsDefaultVersion: true } },
      },
    ),
    iamCall(
      "GetRole",
      { RoleName: DELETED_ROLE },
      { error: { name: "NoSuchEntityException", message: `The role with name ${DELETED_ROLE} cannot be found.` } },
    ),
    {
      service: "cloudtrail",
      region: "us-east-1",
      operation: "LookupEvents",
      input: {
        LookupAttributes: [{ AttributeKey: "ResourceName", AttributeValue: ROLE }],
        StartTime: hoursAgo(720),
        EndTime: DEMO_CAPTURED_AT,
        MaxResults: 50,
      },
      output: { Events: [] },
    },
    {
      service: "cloudtrail",
      region: "us-east-1",
      operation: "LookupEvents",
      input: {
        LookupAttributes: [{ AttributeKey: "ResourceName", AttributeValue: DELETED_ROLE }],
        StartTime: hoursAgo(720),
        EndTime: DEMO_CAPTURED_AT,
        MaxResults: 50,
      },
      output: { Events: roleEvents },
    },
  ];
}

/**
 * AWS's own verdict on the us-east-1 role, asked as the collector asks it: the logs: actions on the resource strings
 * CloudWatch Logs authorizes, for the groups of that region's REST and WebSocket stages.
 */
function simulation(region: string, regionCalls: CaptureCall[], scpDenied: string[] = []): CaptureCall {
  const actions = [
    "logs:CreateLogGroup",
    "logs:CreateLogStream",
    "logs:PutLogEvents",
    "logs:DescribeLogGroups",
    "logs:DescribeLogStreams",
    "logs:GetLogEvents",
    "logs:FilterLogEvents",
  ];
  const resources = simulationResourceArns(stageRefs(regionCalls), { partition: "aws", region, account: DEMO_ACCOUNT });
  const allowed = {
    EvalDecision: "allowed",
    MatchedStatements: [{ SourcePolicyId: "AmazonAPIGatewayPushToCloudWatchLogs", SourcePolicyType: "IAM Policy" }],
    OrganizationsDecisionDetail: { AllowedByOrganizations: true },
  };
  // What the simulator answers when an SCP's Deny statement matches: the role's own policy still allows it.
  const denied = {
    EvalDecision: "explicitDeny",
    MatchedStatements: [],
    OrganizationsDecisionDetail: { AllowedByOrganizations: false },
  };
  return iamCall(
    "SimulatePrincipalPolicy",
    { PolicySourceArn: roleArn(ROLE), ActionNames: actions, ResourceArns: resources, MaxItems: 1000 },
    {
      output: {
        EvaluationResults: actions.flatMap((action) =>
          resources.map((resource) => ({
            EvalActionName: action,
            EvalResourceName: resource,
            ...(scpDenied.includes(action) ? denied : allowed),
            MissingContextValues: [],
          })),
        ),
        IsTruncated: false,
      },
    },
  );
}

/** The region's stages as the collector reads them from its GetStages answers (so the simulation input matches). */
function stageRefs(regionCalls: CaptureCall[]): StageRef[] {
  const protocol = new Map<unknown, unknown>();
  for (const call of regionCalls) {
    if (call.service === "apigatewayv2" && call.operation === "GetApis")
      for (const api of (call.output as { Items: { ApiId: string; ProtocolType: string }[] }).Items)
        protocol.set(api.ApiId, api.ProtocolType);
  }
  return regionCalls.flatMap((call) => {
    if (call.operation !== "GetStages" || !call.output) return [];
    const output = call.output as Record<string, unknown>;
    if (call.service === "apigateway") return restStagesOf(String(call.input.restApiId), output);
    return v2StagesOf(
      String(call.input.ApiId),
      protocol.get(call.input.ApiId),
      (output.Items ?? []) as Record<string, unknown>[],
    );
  });
}

export function buildDemoCapture(): Capture {
  const enabled = [
    "ap-northeast-1",
    "ap-southeast-2",
    "eu-central-1",
    "eu-west-1",
    "us-east-1",
    "us-east-2",
    "us-west-2",
  ];
  return {
    kind: "log-doctor/capture",
    version: 1,
    capturedAt: DEMO_CAPTURED_AT,
    partition: "aws",
    regions: [...DEMO_REGIONS],
    calls: [
      {
        service: "sts",
        region: "us-east-1",
        operation: "GetCallerIdentity",
        input: {},
        output: {
          UserId: "AROAQEXAMPLEREADONLY:log-doctor",
          Account: DEMO_ACCOUNT,
          Arn: `arn:aws:sts::${DEMO_ACCOUNT}:assumed-role/LogDoctorReadOnly/log-doctor`,
        },
      },
      {
        service: "account",
        region: "us-east-1",
        operation: "ListRegions",
        input: { RegionOptStatusContains: ["ENABLED", "ENABLED_BY_DEFAULT"] },
        output: { Regions: enabled.map((name) => ({ RegionName: name, RegionOptStatus: "ENABLED_BY_DEFAULT" })) },
      },
      ...usEast1(),
      ...euWest1(),
      ...apSoutheast2(),
      ...euCentral1(),
      ...iam(),
      simulation("us-east-1", usEast1()),
      simulation("eu-central-1", euCentral1(), ["logs:CreateLogStream", "logs:PutLogEvents"]),
      ...demoLogContent(),
    ],
  };
}
