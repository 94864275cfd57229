import type { StageTimeline, TimelineEntry } from "../cloudtrail/types";
import type { ApiRef, ApiType } from "../diagnosis/types";
import type { LogGroupArn } from "../aws-names/log-group-arn";
import type { Source } from "./source";

export type { ApiType, LogGroupArn };
export type LoggingLevel = "OFF" | "ERROR" | "INFO";

/** The typed view of a Capture that checks read. Checks never see raw AWS shapes. */
export interface Model {
  capturedAt: string;
  capturedAtMs: number;
  partition: string;
  /** The scanned account (GetCallerIdentity), or null when it was not collected. */
  account: string | null;
  callerIdentity: Source<{ account: string; arn: string }>;
  regions: Region[];
  /** The logging roles that some region's `cloudwatchRoleArn` names, by that ARN. */
  roles: Map<string, LoggingRole>;
}

export interface Region {
  name: string;
  /** From account:ListRegions: true for an opt-in region (where STS cannot be deactivated). */
  optIn: Source<boolean>;
  stsProbe: Source<StsProbe>;
  /** apigateway:GetAccount; NotFoundException is read as "no role set". */
  accountSettings: Source<AccountSettings>;
  /** REST and v2 API listings (GetRestApis/GetApis, or GetRestApi/GetApi for a single-API scan). */
  apiListings: { rest: Source<unknown>; v2: Source<unknown> };
  apis: Api[];
  domains: Domain[];
  domainListings: { rest: Source<unknown>; v2: Source<unknown> };
  logGroups: LogGroupIndex;
  /** Newest stream of a log group (DescribeLogStreams ordered by LastEventTime), by group name. */
  newestStreams: Map<string, Source<LogStream | null>>;
  /** Account-scoped CloudWatch Logs resource policies (DescribeResourcePolicies without a resourceArn). */
  resourcePolicies: Source<ResourcePolicy[]>;
  /** A log group's own resource-scoped policies (DescribeResourcePolicies `{ policyScope: "RESOURCE", resourceArn }`), by group name. */
  groupPolicies: Map<string, Source<ResourcePolicy[]>>;
  /** kms:DescribeKey answers by the KeyId asked (a log group's `kmsKeyId`); null when KMS answered NotFoundException. */
  kmsKeys: Map<string, Source<KmsKey | null>>;
  /** firehose:DescribeDeliveryStream answers by stream name; null when Firehose answered ResourceNotFoundException. */
  firehoseStreams: Map<string, Source<FirehoseStream | null>>;
  deliveries: Source<Delivery[]>;
  /** DescribeDeliverySources, with or without deliveries (how a deleted delivery finds its stage). */
  deliverySources?: Source<DeliverySource[]>;
  trails: Source<Trail[]>;
  /**
   * LookupEvents by event source `apigateway.amazonaws.com` and `logs.amazonaws.com`, read into the logging changes
   * that took effect (state: the API Gateway listing's; the CloudWatch Logs side says its own in `logs`).
   */
  apiGatewayChanges: Source<ApiGatewayChanges>;
}

/** A region's logging history: what checks and the change timeline both read (raw records stop at the model). */
/** A region as read before its history, which is joined to these resources. */
export type RegionResources = Omit<Region, "apiGatewayChanges">;

export interface ApiGatewayChanges {
  /** How many API Gateway events CloudTrail returned, changes or not. */
  events: number;
  /** The CloudWatch Logs side (log groups, KMS keys, resource policies, deliveries): how many events, or why not read. */
  logs: Source<number>;
  /** Changes to the region's account setting (`cloudwatchRoleArn`), oldest first, each with the role before it when known. */
  account: TimelineEntry[];
  /** Changes to stages of the scanned APIs (deleted stages too), and CloudWatch Logs changes joined to the stages they touch. */
  stages: StageChanges[];
}

export interface StageChanges extends StageTimeline {
  /** The API's shared `ref`, so findings about these changes land on the same API as every other finding. */
  api: ApiRef;
}

export interface StsProbe {
  operation: string;
  /** false when the call returned RegionDisabledException. */
  active: boolean;
}

export interface AccountSettings {
  cloudwatchRoleArn: string | null;
}

export interface Api {
  region: string;
  id: string;
  name: string;
  type: ApiType;
  /** `{ id, type, name }`, the one object findings and the stages of this API share. */
  ref: ApiRef;
  /** apigateway:GetStages or apigatewayv2:GetStages; collected as [] when the API has no stages. */
  stages: Source<Stage[]>;
  /** apigateway:GetAuthorizers (REST; read for one-API diagnoses and the authorizer-401 symptom). */
  authorizers?: Source<Authorizer[]>;
}

export interface Authorizer {
  id: string | null;
  name: string;
  /** TOKEN, REQUEST or COGNITO_USER_POOLS. */
  type: string | null;
  identitySource: string | null;
  identityValidationExpression: string | null;
}

export interface Stage {
  region: string;
  /** The API's shared `ref`. */
  api: ApiRef;
  name: string;
  /** `apigateway:GetStages` or `apigatewayv2:GetStages`: the call every stage field comes from. */
  call: string;
  /** Stage-level settings: REST `methodSettings["*\/*"]`, v2 `DefaultRouteSettings`. */
  execution: RouteLogging;
  overrides: Override[];
  accessLog: AccessLogSettings;
  /** REST `canarySettings`, or null when the stage has no canary (v2 stages never have one). */
  canarySettings: Record<string, unknown> | null;
  /** `createdDate` / `CreatedDate` in epoch ms; null when absent. */
  createdDateMs?: number | null;
  /** REST: the AWS WAF web ACL associated with the stage (`webAclArn`). */
  webAclArn?: string | null;
}

export interface RouteLogging {
  /** null when the entry sets no level. */
  level: LoggingLevel | null;
  /** The raw value when it is not one of OFF/ERROR/INFO (kept for evidence). */
  rawLevel: unknown;
  dataTrace: boolean | null;
  metrics: boolean | null;
  /** Evidence path of the entry, e.g. `methodSettings["*\/*"]` or `DefaultRouteSettings`; null when absent. */
  field: string | null;
  /** The field holding the level inside the entry: `loggingLevel` (REST) or `LoggingLevel` (v2). */
  levelKey: string;
  dataTraceKey: string;
  /** Evidence paths of the level and data-trace fields, e.g. `methodSettings["*\/*"].loggingLevel`. */
  levelField: string;
  dataTraceField: string;
}

export interface Override extends RouteLogging {
  /** The raw key: `~1pets/GET` (REST methodSettings) or the route key (v2 RouteSettings). */
  key: string;
  /** Human target: `GET /pets` for a REST method, the route key for a v2 route. */
  target: string;
  field: string;
}

export interface AccessLogSettings {
  destinationArn: string | null;
  /** The destination read as a CloudWatch Logs log-group ARN, or null when it is none (absent, Firehose, malformed). */
  logGroup: LogGroupArn | null;
  /** The destination is a CloudWatch Logs ARN (valid or not), so API Gateway writes it with the account role. */
  toCloudWatch: boolean;
  format: string | null;
  /** `accessLogSettings` (REST) or `AccessLogSettings` (v2). */
  field: string;
  destinationKey: string;
  formatKey: string;
  /** Evidence paths, e.g. `accessLogSettings.destinationArn`. */
  destinationField: string;
  formatField: string;
}

export interface Domain {
  region: string;
  name: string;
  /** One mapping listing per API Gateway version that lists the domain. */
  mappings: { version: "rest" | "v2"; source: Source<DomainMapping[]> }[];
  /** v1 `routingMode` / v2 `RoutingMode` as listed; null when no listing says (AWS's default routes by mappings). */
  routingMode?: string | null;
  /** apigatewayv2:ListRoutingRules of the domain (collected for `ROUTING_RULE_THEN_*` domains). */
  routingRules?: Source<RoutingRule[]>;
}

export interface RoutingRule {
  id: string | null;
  priority: number | null;
  /** The `InvokeApi` target of the rule's action. */
  apiId: string | null;
  stage: string | null;
}

export interface DomainMapping {
  apiId: string | null;
  stage: string | null;
  path: string | null;
}

export interface LogGroup {
  name: string;
  arn: string | null;
  /** The KMS key ARN the group is encrypted with, when it has one. */
  kmsKeyId: string | null;
  /** null when the group never expires events. */
  retentionInDays: number | null;
  /** `STANDARD`, `INFREQUENT_ACCESS` or `DELIVERY`; null when the listing does not say. */
  logGroupClass: string | null;
}

export interface KmsKey {
  keyId: string;
  /** `Enabled`, `Disabled`, `PendingDeletion`, … */
  keyState: string | null;
}

export interface FirehoseStream {
  name: string;
  status: string | null;
}

export type LogGroupLookup =
  | { state: "exists"; group: LogGroup; call: string }
  | { state: "absent"; call: string; prefix: string }
  | { state: "error"; call: string; error: { name: string; message: string } }
  | { state: "not-collected"; call: string };

export interface LogGroupIndex {
  lookup(name: string): LogGroupLookup;
}

export interface LogStream {
  name: string;
  lastEventTimestamp: number | null;
  lastIngestionTime: number | null;
}

export interface ResourcePolicy {
  name: string;
  /** The policy document as AWS stores it (a JSON string). */
  document: string;
}

export interface Delivery {
  id: string;
  logType: string | null;
  /** ARNs of the resources the delivery source reads (e.g. a stage ARN). */
  resourceArns: string[];
  destinationArn: string | null;
  destinationType: string | null;
}

export interface DeliverySource {
  name: string;
  logType: string | null;
  resourceArns: string[];
}

export interface Trail {
  name: string;
  arn: string;
  homeRegion: string | null;
  multiRegion: boolean;
  organization: boolean;
  status: Source<{ isLogging: boolean }>;
  selectors: Source<TrailSelectors>;
}

export interface TrailSelectors {
  /** Whether the selectors log write management events (the kind that changes logging settings). */
  managementWrites: boolean;
  description: string;
}

export interface LoggingRole {
  arn: string;
  name: string;
  /** iam:GetRole; null when IAM answered NoSuchEntity (the role does not exist). */
  role: Source<RoleDetails | null>;
  /** Inline and attached identity policies (default versions), or why they could not all be read. */
  identityPolicies: Source<NamedPolicy[]>;
  /** The permissions boundary's document; null when the role has none. */
  boundary: Source<NamedPolicy | null>;
  /** iam:SimulatePrincipalPolicy results when they were collected. */
  simulation: Source<SimulationResult[]>;
  /** IAM changes to this role that took effect, oldest first (LookupEvents by ResourceName, us-east-1). */
  changes: Source<TimelineEntry[]>;
}

export interface RoleDetails {
  arn: string;
  name: string;
  /** The trust policy, URL-decoded when it came as a string. */
  trustPolicy: unknown;
  boundaryArn: string | null;
  /** GetRole's Role.RoleLastUsed: when and in which region the role was last used (null when IAM reports none). */
  lastUsed: { date: string | null; ms: number | null; region: string | null } | null;
}

export interface NamedPolicy {
  name: string;
  /** `inline`, `attached` or `boundary`, plus the ARN for managed policies. */
  kind: "inline" | "attached" | "boundary";
  arn: string | null;
  /** The document, URL-decoded when it came as a string (still unparsed JSON text or an object). */
  document: unknown;
  call: string;
}

export interface SimulationResult {
  action: string;
  resource: string | null;
  decision: string;
  allowedByBoundary: boolean | null;
  /** OrganizationsDecisionDetail.AllowedByOrganizations: false when an organization SCP denies the action. */
  allowedByOrganizations: boolean | null;
}
