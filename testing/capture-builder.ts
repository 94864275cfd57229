import type { Capture, CaptureCall } from "../lib/capture/schema";
import { pushToCloudWatchLogsArn, pushToCloudWatchLogsDocument } from "../lib/iam-policy/published-policies";

export const ACCOUNT = "123456789012";
export const CAPTURED_AT = "2026-11-22T10:00:00Z";
export const capturedAtMs = Date.parse(CAPTURED_AT);
export const HOUR = 60 * 60 * 1000;

export const managedPolicyArn = pushToCloudWatchLogsArn;
export const managedPolicyDocument = pushToCloudWatchLogsDocument;

export const apiGatewayTrust = {
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Principal: { Service: "apigateway.amazonaws.com" }, Action: "sts:AssumeRole" }],
};

type Err = { name: string; message: string };
export const accessDenied = (what = "this operation"): Err => ({
  name: "AccessDeniedException",
  message: `User is not authorized to perform ${what}`,
});

export interface RoleOptions {
  trust?: unknown;
  attached?: { arn: string; document: unknown }[];
  inline?: { name: string; document: unknown }[];
  boundary?: { arn: string; document: unknown };
  /** GetRole answers NoSuchEntity. */
  missing?: boolean;
  /** GetRole fails with this error. */
  error?: Err;
  /** ListAttachedRolePolicies fails with this error. */
  policiesError?: Err;
  simulation?: {
    action: string;
    resource?: string;
    decision: string;
    allowedByBoundary?: boolean;
    allowedByOrganizations?: boolean;
  }[];
  /** GetRole's RoleLastUsed. */
  lastUsed?: { LastUsedDate?: string; Region?: string };
}

export interface TrailOptions {
  name: string;
  /** Defaults to the region the trail is listed in. */
  homeRegion?: string;
  multiRegion?: boolean;
  /** GetTrailStatus IsLogging (default true), its error, or null when it was not collected. */
  logging?: boolean | Err | null;
  /** Basic selectors' ReadWriteType (default "All"), GetEventSelectors' error, or null when it was not collected. */
  selectors?: "All" | "ReadOnly" | "WriteOnly" | Err | null;
}

export interface StageOptions {
  loggingLevel?: string | null;
  dataTrace?: boolean;
  /** REST: extra methodSettings keys (`~1pets/GET`); v2: RouteSettings keys. */
  overrides?: Record<string, { loggingLevel?: string; dataTrace?: boolean }>;
  access?: { destinationArn?: string; format?: string } | null;
  /** REST `canarySettings` of the stage. */
  canarySettings?: Record<string, unknown>;
  /** Raw stage members added as AWS returns them (`createdDate`, `webAclArn`; v2 `CreatedDate`). */
  extra?: Record<string, unknown>;
}

/**
 * Builds Captures for tests and benchmarks in AWS's own response shapes, starting from a healthy account:
 * `capture().restApi("a1").stage("prod", { loggingLevel: "OFF" }).build()`.
 */
export class CaptureBuilder {
  private calls: CaptureCall[] = [];
  private regionNames: string[] = [];
  private pendingApi: {
    region: string;
    id: string;
    type: "REST" | "HTTP" | "WEBSOCKET";
    stages: unknown[];
    error?: Err;
  } | null = null;
  private apis: { region: string; id: string; name: string; type: "REST" | "HTTP" | "WEBSOCKET" }[] = [];
  private stageCalls: CaptureCall[] = [];

  constructor(private readonly account = ACCOUNT) {}

  /** A region with STS active, the given account role (default apigw-logs) and empty listings. */
  region(
    name: string,
    options: { roleArn?: string | null; accountError?: Err; sts?: "active" | "disabled" | Err } = {},
  ): this {
    this.regionNames.push(name);
    const roleArn = options.roleArn === undefined ? `arn:aws:iam::${this.account}:role/apigw-logs` : options.roleArn;
    const sts = options.sts ?? "active";
    this.add({
      service: "sts",
      region: name,
      operation: "GetSessionToken",
      input: { DurationSeconds: 900 },
      ...(sts === "active"
        ? { output: {} }
        : {
            error:
              sts === "disabled"
                ? {
                    name: "RegionDisabledException",
                    message: `STS is not activated in this region for account:${this.account}.`,
                  }
                : sts,
          }),
    });
    this.add({
      service: "apigateway",
      region: name,
      operation: "GetAccount",
      input: {},
      ...(options.accountError
        ? { error: options.accountError }
        : { output: roleArn ? { cloudwatchRoleArn: roleArn } : {} }),
    });
    return this;
  }

  restApi(id: string, options: { name?: string; region?: string; stagesError?: Err } = {}): this {
    return this.api(id, "REST", options);
  }

  httpApi(id: string, options: { name?: string; region?: string; stagesError?: Err } = {}): this {
    return this.api(id, "HTTP", options);
  }

  webSocketApi(id: string, options: { name?: string; region?: string; stagesError?: Err } = {}): this {
    return this.api(id, "WEBSOCKET", options);
  }

  private api(
    id: string,
    type: "REST" | "HTTP" | "WEBSOCKET",
    options: { name?: string; region?: string; stagesError?: Err },
  ): this {
    this.flushApi();
    const region = options.region ?? this.regionNames[this.regionNames.length - 1] ?? "us-east-1";
    this.apis.push({ region, id, name: options.name ?? `api-${id}`, type });
    this.pendingApi = { region, id, type, stages: [], error: options.stagesError };
    return this;
  }

  /** A stage of the last API; REST stages use methodSettings, v2 stages DefaultRouteSettings/RouteSettings. */
  stage(name: string, options: StageOptions = {}): this {
    const api = this.pendingApi;
    if (!api) throw new Error("stage() needs an API first");
    const level = options.loggingLevel === undefined ? (api.type === "HTTP" ? null : "INFO") : options.loggingLevel;
    const access =
      options.access === undefined
        ? {
            destinationArn: this.logGroupArn(api.region, `/aws/apigateway/${api.id}/${name}`),
            format: defaultFormat(api.type),
          }
        : options.access;
    if (api.type === "REST") {
      const methodSettings: Record<string, unknown> = {};
      if (level !== null || options.dataTrace !== undefined) {
        methodSettings["*/*"] = {
          metricsEnabled: true,
          ...(level !== null ? { loggingLevel: level } : {}),
          dataTraceEnabled: options.dataTrace ?? false,
        };
      }
      for (const [key, value] of Object.entries(options.overrides ?? {})) {
        methodSettings[key] = {
          metricsEnabled: true,
          ...(value.loggingLevel !== undefined ? { loggingLevel: value.loggingLevel } : {}),
          dataTraceEnabled: value.dataTrace ?? false,
        };
      }
      api.stages.push({
        stageName: name,
        deploymentId: "d1",
        methodSettings,
        ...(access ? { accessLogSettings: access } : {}),
        ...(options.canarySettings ? { canarySettings: options.canarySettings } : {}),
        ...options.extra,
      });
    } else {
      const routeSettings: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(options.overrides ?? {})) {
        routeSettings[key] = {
          ...(value.loggingLevel !== undefined ? { LoggingLevel: value.loggingLevel } : {}),
          ...(value.dataTrace !== undefined ? { DataTraceEnabled: value.dataTrace } : {}),
        };
      }
      api.stages.push({
        StageName: name,
        DefaultRouteSettings: {
          DetailedMetricsEnabled: false,
          ...(level !== null ? { LoggingLevel: level } : {}),
          ...(options.dataTrace !== undefined ? { DataTraceEnabled: options.dataTrace } : {}),
        },
        RouteSettings: routeSettings,
        ...(access ? { AccessLogSettings: { DestinationArn: access.destinationArn, Format: access.format } } : {}),
        ...options.extra,
      });
    }
    return this;
  }

  role(name: string, options: RoleOptions = {}): this {
    const arn = `arn:aws:iam::${this.account}:role/${name}`;
    if (options.missing) {
      this.add({
        service: "iam",
        operation: "GetRole",
        input: { RoleName: name },
        error: { name: "NoSuchEntityException", message: `The role with name ${name} cannot be found.` },
      });
      return this;
    }
    if (options.error) {
      this.add({ service: "iam", operation: "GetRole", input: { RoleName: name }, error: options.error });
      return this;
    }
    const role: Record<string, unknown> = {
      RoleName: name,
      Arn: arn,
      Path: "/",
      AssumeRolePolicyDocument: encode(options.trust ?? apiGatewayTrust),
    };
    if (options.boundary)
      role.PermissionsBoundary = { PermissionsBoundaryType: "Policy", PermissionsBoundaryArn: options.boundary.arn };
    if (options.lastUsed) role.RoleLastUsed = options.lastUsed;
    this.add({ service: "iam", operation: "GetRole", input: { RoleName: name }, output: { Role: role } });
    const attached = options.attached ?? [{ arn: managedPolicyArn, document: managedPolicyDocument }];
    if (options.policiesError) {
      this.add({
        service: "iam",
        operation: "ListAttachedRolePolicies",
        input: { RoleName: name },
        error: options.policiesError,
      });
    } else {
      this.add({
        service: "iam",
        operation: "ListAttachedRolePolicies",
        input: { RoleName: name },
        output: {
          AttachedPolicies: attached.map((p) => ({ PolicyArn: p.arn, PolicyName: p.arn.split("/").pop() })),
          IsTruncated: false,
        },
      });
    }
    this.add({
      service: "iam",
      operation: "ListRolePolicies",
      input: { RoleName: name },
      output: { PolicyNames: (options.inline ?? []).map((p) => p.name), IsTruncated: false },
    });
    for (const p of options.inline ?? []) {
      this.add({
        service: "iam",
        operation: "GetRolePolicy",
        input: { RoleName: name, PolicyName: p.name },
        output: { RoleName: name, PolicyName: p.name, PolicyDocument: encode(p.document) },
      });
    }
    for (const p of [...attached, ...(options.boundary ? [options.boundary] : [])])
      this.managedPolicy(p.arn, p.document);
    if (options.simulation) {
      this.add({
        service: "iam",
        operation: "SimulatePrincipalPolicy",
        input: {
          PolicySourceArn: arn,
          ActionNames: [...new Set(options.simulation.map((r) => r.action))],
          ResourceArns: [...new Set(options.simulation.map((r) => r.resource ?? "*"))],
        },
        output: {
          EvaluationResults: options.simulation.map((r) => ({
            EvalActionName: r.action,
            EvalResourceName: r.resource ?? "*",
            EvalDecision: r.decision,
            ...(r.allowedByBoundary !== undefined
              ? { PermissionsBoundaryDecisionDetail: { AllowedByPermissionsBoundary: r.allowedByBoundary } }
              : {}),
            ...(r.allowedByOrganizations !== undefined
              ? { OrganizationsDecisionDetail: { AllowedByOrganizations: r.allowedByOrganizations } }
              : {}),
          })),
          IsTruncated: false,
        },
      });
    }
    return this;
  }

  private managedPolicy(arn: string, document: unknown) {
    this.add({
      service: "iam",
      operation: "GetPolicy",
      input: { PolicyArn: arn },
      output: { Policy: { Arn: arn, DefaultVersionId: "v1" } },
    });
    this.add({
      service: "iam",
      operation: "GetPolicyVersion",
      input: { PolicyArn: arn, VersionId: "v1" },
      output: { PolicyVersion: { Document: encode(document), VersionId: "v1", IsDefaultVersion: true } },
    });
  }

  /** A DescribeLogGroups listing (one page) for a prefix, or its error. */
  logGroups(region: string, prefix: string, names: string[] | Err): this {
    this.add({
      service: "cloudwatch-logs",
      region,
      operation: "DescribeLogGroups",
      input: { logGroupNamePrefix: prefix },
      ...(Array.isArray(names)
        ? {
            output: {
              logGroups: names.map((n) => ({
                logGroupName: n,
                arn: `${this.logGroupArn(region, n)}:*`,
                logGroupArn: this.logGroupArn(region, n),
              })),
            },
          }
        : { error: names }),
    });
    return this;
  }

  /** The newest stream of a group, its last event `ageMs` before the capture (null: the group has no streams). */
  newestEvent(region: string, group: string, ageMs: number | null): this {
    this.add({
      service: "cloudwatch-logs",
      region,
      operation: "DescribeLogStreams",
      input: { logGroupName: group, orderBy: "LastEventTime", descending: true, limit: 1 },
      output: {
        logStreams:
          ageMs === null
            ? []
            : [
                {
                  logStreamName: "s1",
                  lastEventTimestamp: capturedAtMs - ageMs,
                  lastIngestionTime: capturedAtMs - ageMs + 2000,
                },
              ],
      },
    });
    return this;
  }

  resourcePolicies(region: string, policies: { name: string; document: unknown }[] | Err): this {
    this.add({
      service: "cloudwatch-logs",
      region,
      operation: "DescribeResourcePolicies",
      input: {},
      ...(Array.isArray(policies)
        ? {
            output: {
              resourcePolicies: policies.map((p) => ({
                policyName: p.name,
                policyDocument: typeof p.document === "string" ? p.document : JSON.stringify(p.document),
              })),
            },
          }
        : { error: policies }),
    });
    return this;
  }

  /** A DescribeLogGroups listing (one page) for a prefix whose groups carry a KMS key, retention or class. */
  logGroupDetails(
    region: string,
    prefix: string,
    groups: { name: string; kmsKeyId?: string; retentionInDays?: number; logGroupClass?: string }[],
  ): this {
    const logGroups = groups.map(({ name, ...details }) => ({
      logGroupName: name,
      arn: `${this.logGroupArn(region, name)}:*`,
      logGroupArn: this.logGroupArn(region, name),
      ...details,
    }));
    this.add({
      service: "cloudwatch-logs",
      region,
      operation: "DescribeLogGroups",
      input: { logGroupNamePrefix: prefix },
      output: { logGroups },
    });
    return this;
  }

  /** DescribeResourcePolicies `{ policyScope: "RESOURCE", resourceArn }`: the group's own policies, or its error. */
  groupPolicies(region: string, group: string, policies: { name: string; document: unknown }[] | Err): this {
    this.add({
      service: "cloudwatch-logs",
      region,
      operation: "DescribeResourcePolicies",
      input: { policyScope: "RESOURCE", resourceArn: this.logGroupArn(region, group) },
      ...(Array.isArray(policies)
        ? {
            output: {
              resourcePolicies: policies.map((p) => ({
                policyName: p.name,
                policyScope: "RESOURCE",
                resourceArn: this.logGroupArn(region, group),
                policyDocument: typeof p.document === "string" ? p.document : JSON.stringify(p.document),
              })),
            },
          }
        : { error: policies }),
    });
    return this;
  }

  /** kms:DescribeKey of a key: its KeyState, or an error (NotFoundException: the key does not exist). */
  kmsKey(region: string, keyId: string, state: string | Err): this {
    this.add({
      service: "kms",
      region,
      operation: "DescribeKey",
      input: { KeyId: keyId },
      ...(typeof state === "string"
        ? {
            output: {
              KeyMetadata: { KeyId: keyId.split("/").pop(), Arn: keyId, KeyState: state, Enabled: state === "Enabled" },
            },
          }
        : { error: state }),
    });
    return this;
  }

  /** firehose:DescribeDeliveryStream of a stream: its status, or an error (ResourceNotFoundException: no such stream). */
  firehoseStream(region: string, name: string, status: string | Err): this {
    this.add({
      service: "firehose",
      region,
      operation: "DescribeDeliveryStream",
      input: { DeliveryStreamName: name },
      ...(typeof status === "string"
        ? {
            output: {
              DeliveryStreamDescription: {
                DeliveryStreamName: name,
                DeliveryStreamARN: `arn:aws:firehose:${region}:${this.account}:deliverystream/${name}`,
                DeliveryStreamStatus: status,
              },
            },
          }
        : { error: status }),
    });
    return this;
  }

  /** `routingMode` goes into the domain listings (v1 spells the THEN mode `…_THEN_BASE_PATH_MAPPING`); `routingRules` is ListRoutingRules. */
  domain(
    region: string,
    name: string,
    mappings: { rest?: unknown[] | Err; v2?: unknown[] | Err; routingMode?: string; routingRules?: unknown[] | Err },
  ): this {
    const mode = mappings.routingMode;
    if (mappings.routingRules !== undefined) {
      this.add({
        service: "apigatewayv2",
        region,
        operation: "ListRoutingRules",
        input: { DomainName: name },
        ...(Array.isArray(mappings.routingRules)
          ? { output: { RoutingRules: mappings.routingRules } }
          : { error: mappings.routingRules }),
      });
    }
    if (mappings.rest !== undefined) {
      const routingMode = mode
        ?.replace("_THEN_API_MAPPING", "_THEN_BASE_PATH_MAPPING")
        .replace("API_MAPPING_ONLY", "BASE_PATH_MAPPING_ONLY");
      this.add({
        service: "apigateway",
        region,
        operation: "GetDomainNames",
        input: {},
        output: { items: [{ domainName: name, ...(routingMode ? { routingMode } : {}) }] },
      });
      this.add({
        service: "apigateway",
        region,
        operation: "GetBasePathMappings",
        input: { domainName: name },
        ...(Array.isArray(mappings.rest) ? { output: { items: mappings.rest } } : { error: mappings.rest }),
      });
    }
    if (mappings.v2 !== undefined) {
      this.add({
        service: "apigatewayv2",
        region,
        operation: "GetDomainNames",
        input: {},
        output: { Items: [{ DomainName: name, ...(mode ? { RoutingMode: mode } : {}) }] },
      });
      this.add({
        service: "apigatewayv2",
        region,
        operation: "GetApiMappings",
        input: { DomainName: name },
        ...(Array.isArray(mappings.v2) ? { output: { Items: mappings.v2 } } : { error: mappings.v2 }),
      });
    }
    return this;
  }

  /** account:ListRegions: `{ "ap-east-1": "ENABLED", "us-east-1": "ENABLED_BY_DEFAULT" }`. */
  optInRegions(statuses: Record<string, string>): this {
    const Regions = Object.entries(statuses).map(([RegionName, RegionOptStatus]) => ({ RegionName, RegionOptStatus }));
    this.add({
      service: "account",
      region: this.regionNames[0] ?? "us-east-1",
      operation: "ListRegions",
      input: {},
      output: { Regions },
    });
    return this;
  }

  /**
   * DescribeTrails in a region (shadow trails included), with each trail's GetTrailStatus and GetEventSelectors.
   * `logging`/`selectors` null: that call was not collected.
   */
  trails(region: string, trails: TrailOptions[] | Err): this {
    if (!Array.isArray(trails)) {
      this.add({
        service: "cloudtrail",
        region,
        operation: "DescribeTrails",
        input: { includeShadowTrails: true },
        error: trails,
      });
      return this;
    }
    const arnOf = (t: TrailOptions) => `arn:aws:cloudtrail:${t.homeRegion ?? region}:${this.account}:trail/${t.name}`;
    this.add({
      service: "cloudtrail",
      region,
      operation: "DescribeTrails",
      input: { includeShadowTrails: true },
      output: {
        trailList: trails.map((t) => ({
          Name: t.name,
          TrailARN: arnOf(t),
          HomeRegion: t.homeRegion ?? region,
          IsMultiRegionTrail: t.multiRegion ?? false,
          IsOrganizationTrail: false,
          S3BucketName: "trail-bucket",
        })),
      },
    });
    for (const t of trails) {
      const logging = t.logging === undefined ? true : t.logging;
      if (logging !== null) {
        this.add({
          service: "cloudtrail",
          region,
          operation: "GetTrailStatus",
          input: { Name: arnOf(t) },
          ...(typeof logging === "boolean" ? { output: { IsLogging: logging } } : { error: logging }),
        });
      }
      const selectors = t.selectors === undefined ? "All" : t.selectors;
      if (selectors !== null) {
        this.add({
          service: "cloudtrail",
          region,
          operation: "GetEventSelectors",
          input: { TrailName: arnOf(t) },
          ...(typeof selectors === "string"
            ? {
                output: {
                  TrailARN: arnOf(t),
                  EventSelectors: [{ ReadWriteType: selectors, IncludeManagementEvents: true, DataResources: [] }],
                },
              }
            : { error: selectors }),
        });
      }
    }
    return this;
  }

  /** CloudWatch Logs deliveries (DescribeDeliveries, DescribeDeliverySources, DescribeDeliveryDestinations) of a region. */
  deliveries(
    region: string,
    deliveries:
      { id: string; logType: string; resourceArn: string; destinationArn: string; destinationType?: string }[] | Err,
  ): this {
    if (!Array.isArray(deliveries)) {
      this.add({ service: "cloudwatch-logs", region, operation: "DescribeDeliveries", input: {}, error: deliveries });
      return this;
    }
    const destinationName = (d: { id: string }) =>
      `arn:aws:logs:${region}:${this.account}:delivery-destination:dest-${d.id}`;
    this.add({
      service: "cloudwatch-logs",
      region,
      operation: "DescribeDeliveries",
      input: {},
      output: {
        deliveries: deliveries.map((d) => ({
          id: d.id,
          deliverySourceName: `source-${d.id}`,
          deliveryDestinationArn: destinationName(d),
          deliveryDestinationType: d.destinationType ?? "S3",
        })),
      },
    });
    this.add({
      service: "cloudwatch-logs",
      region,
      operation: "DescribeDeliverySources",
      input: {},
      output: {
        deliverySources: deliveries.map((d) => ({
          name: `source-${d.id}`,
          logType: d.logType,
          resourceArns: [d.resourceArn],
          service: "apigateway",
        })),
      },
    });
    this.add({
      service: "cloudwatch-logs",
      region,
      operation: "DescribeDeliveryDestinations",
      input: {},
      output: {
        deliveryDestinations: deliveries.map((d) => ({
          arn: destinationName(d),
          deliveryDestinationType: d.destinationType ?? "S3",
          deliveryDestinationConfiguration: { destinationResourceArn: d.destinationArn },
        })),
      },
    });
    return this;
  }

  /** Any raw call, for shapes the helpers above do not cover. */
  call(call: CaptureCall): this {
    this.add(call);
    return this;
  }

  /** Drops every recorded call of an operation (it becomes "not collected"), the ones build() generates included. */
  without(service: string, operation: string, region?: string): this {
    this.flushApi();
    const keep = (c: CaptureCall) =>
      !(c.service === service && c.operation === operation && (region === undefined || c.region === region));
    this.calls = this.calls.filter(keep);
    this.stageCalls = this.stageCalls.filter(keep);
    this.dropped.push(keep);
    return this;
  }

  private dropped: ((call: CaptureCall) => boolean)[] = [];

  build(): Capture {
    this.flushApi();
    const regions = this.regionNames.length > 0 ? this.regionNames : ["us-east-1"];
    const listings: CaptureCall[] = regions.flatMap((region) => [
      {
        service: "apigateway",
        region,
        operation: "GetRestApis",
        input: { limit: 500 },
        output: {
          items: this.apis
            .filter((a) => a.region === region && a.type === "REST")
            .map((a) => ({ id: a.id, name: a.name })),
        },
      },
      {
        service: "apigatewayv2",
        region,
        operation: "GetApis",
        input: {},
        output: {
          Items: this.apis
            .filter((a) => a.region === region && a.type !== "REST")
            .map((a) => ({ ApiId: a.id, Name: a.name, ProtocolType: a.type === "REST" ? "HTTP" : a.type })),
        },
      },
    ]);
    const present = new Set(this.calls.map((c) => `${c.service}:${c.region}:${c.operation}`));
    const kept = (c: CaptureCall) => this.dropped.every((keep) => keep(c));
    return {
      kind: "log-doctor/capture",
      version: 1,
      capturedAt: CAPTURED_AT,
      partition: "aws",
      regions,
      calls: [
        {
          service: "sts",
          region: regions[0],
          operation: "GetCallerIdentity",
          input: {},
          output: { Account: this.account, Arn: `arn:aws:iam::${this.account}:user/ops`, UserId: "AIDAEXAMPLE" },
        },
        ...listings.filter(
          (c) =>
            !this.removed.has(`${c.service}:${c.operation}`) && !present.has(`${c.service}:${c.region}:${c.operation}`),
        ),
        ...this.stageCalls,
        ...this.calls,
      ].filter(kept),
    };
  }

  private removed = new Set<string>();

  /** Removes the generated API listing too (GetRestApis / GetApis). */
  withoutListing(service: "apigateway" | "apigatewayv2"): this {
    this.removed.add(`${service}:${service === "apigateway" ? "GetRestApis" : "GetApis"}`);
    return this;
  }

  private flushApi() {
    const api = this.pendingApi;
    if (!api) return;
    this.pendingApi = null;
    const v1 = api.type === "REST";
    this.stageCalls.push({
      service: v1 ? "apigateway" : "apigatewayv2",
      region: api.region,
      operation: "GetStages",
      input: v1 ? { restApiId: api.id } : { ApiId: api.id },
      ...(api.error ? { error: api.error } : { output: v1 ? { item: api.stages } : { Items: api.stages } }),
    });
  }

  private add(call: CaptureCall) {
    this.calls.push(call);
  }

  logGroupArn(region: string, name: string): string {
    return `arn:aws:logs:${region}:${this.account}:log-group:${name}`;
  }
}

function encode(document: unknown): string {
  return encodeURIComponent(typeof document === "string" ? document : JSON.stringify(document));
}

function defaultFormat(type: "REST" | "HTTP" | "WEBSOCKET"): string {
  return type === "WEBSOCKET"
    ? '{"requestId":"$context.requestId","routeKey":"$context.routeKey","status":"$context.status","connectionId":"$context.connectionId"}'
    : type === "HTTP"
      ? '{"requestId":"$context.requestId","routeKey":"$context.routeKey","status":"$context.status"}'
      : '{"requestId":"$context.requestId","resourcePath":"$context.resourcePath","status":"$context.status"}';
}

/** A capture of one region with the healthy account role; add APIs and stages to it. */
export function capture(
  options: {
    region?: string;
    account?: string;
    role?: RoleOptions | null;
    roleArn?: string | null;
    accountError?: Err;
    sts?: "active" | "disabled" | Err;
  } = {},
): CaptureBuilder {
  const builder = new CaptureBuilder(options.account).region(options.region ?? "us-east-1", {
    roleArn: options.roleArn,
    accountError: options.accountError,
    sts: options.sts,
  });
  if (options.role !== null) builder.role("apigw-logs", options.role ?? {});
  return builder;
}
