/**
 * The data lib/cloudtrail hands to checks, the CLI and the UI. Everything here is plain JSON (no Map, Date or class)
 * so a timeline or an explained event can be saved in a report and rendered anywhere.
 */

/** Where something is in the text that was read: 1-based line and column, 0-based character offset. */
export interface TextPosition {
  line: number;
  column: number;
  offset: number;
}

/** A CloudTrail record with its well-known fields found whatever their case (`eventName`, `EventName`, …). */
export interface TrailRecord {
  eventVersion: string | null;
  eventTime: string | null;
  eventTimeMs: number | null;
  eventSource: string | null;
  eventName: string | null;
  awsRegion: string | null;
  sourceIPAddress: string | null;
  userAgent: string | null;
  userIdentity: Record<string, unknown> | null;
  requestParameters: Record<string, unknown> | null;
  responseElements: Record<string, unknown> | null;
  errorCode: string | null;
  errorMessage: string | null;
  eventId: string | null;
  eventType: string | null;
  /** As recorded; null when the record does not say (empty or absent). */
  readOnly: boolean | null;
  recipientAccountId: string | null;
}

/** Who made a call, from `userIdentity` (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html). */
export interface Actor {
  /** Root, IAMUser, AssumedRole, FederatedUser, AWSService, AWSAccount, IdentityCenterUser, SAMLUser, WebIdentityUser, Unknown, … */
  type: string;
  /** One human phrase: "role GitHubDeploy (session gha-4411)", "root user of account 123456789012". */
  label: string;
  arn: string | null;
  accountId: string | null;
  accessKeyId: string | null;
  principalId: string | null;
  userName: string | null;
  /** The role or user that issued temporary credentials (AssumedRole, FederatedUser). */
  sessionIssuer: { type: string | null; name: string | null; arn: string | null } | null;
  sessionName: string | null;
  /** The AWS service that made the call for the principal (`invokedBy`), or the service account id when only that is given. */
  invokedBy: string | null;
  /** IAM Identity Center: the user the call was made for. */
  onBehalfOf: { userId: string | null; identityStoreArn: string | null } | null;
  identityProvider: string | null;
  mfaAuthenticated: boolean | null;
}

export type ChangeLevel = "warn" | "info";

/** What one change did to a setting that matters for logs. */
export interface SettingChange {
  setting:
    | "execution-logging"
    | "data-trace"
    | "access-logging"
    | "access-log-format"
    | "stage"
    | "account-role"
    | "role"
    | "role-trust"
    | "role-policy"
    | "role-boundary"
    // A CreateStage/CreateDeployment that (re)created a stage: it starts without method settings.
    | "stage-created"
    // CloudWatch Logs-side changes (event source logs.amazonaws.com).
    | "log-group"
    | "log-group-kms"
    | "resource-policy"
    | "delivery";
  /** Where in the stage: `*\/*` (whole stage), a REST method (`GET /pets`) or a v2 route key; null for non-stage settings. */
  scope: string | null;
  /** The patch operation or API action: `replace`, `remove`, `DeleteRole`, … */
  operation: string;
  /** The patch path or request member that carried the change. */
  path: string | null;
  /** The value before, when the event (or an earlier event) shows it. */
  from: unknown;
  to: unknown;
  description: string;
  level: ChangeLevel;
}

export type ChangeSubject =
  | { kind: "stage"; apiId: string; apiVersion: "v1" | "v2"; stage: string }
  | { kind: "account" }
  | { kind: "role"; roleName: string }
  | { kind: "log-group"; logGroupName: string }
  /** A CloudWatch Logs resource policy: account-scoped (resourceArn null) or on one log group. */
  | { kind: "resource-policy"; policyName: string | null; resourceArn: string | null }
  | { kind: "delivery"; deliveryId: string };

/** The logging-relevant part of one record: what it touched and what it changed. */
export interface RecordChange {
  subject: ChangeSubject;
  eventName: string;
  changes: SettingChange[];
  /** warn when one change turned logging off, removed access logging, or changed/removed the role; else info. */
  level: ChangeLevel;
  /** One line for lists: "stage prod of API a1b2c3d4e5: execution logging turned OFF for the whole stage". */
  summary: string;
  /** The call failed (`errorCode`): nothing changed; kept so an explainer can say it was attempted. */
  failed: { code: string; message: string | null } | null;
}

/** One record as the trail explainer shows it. */
export interface ExplainedEvent {
  /** 0-based position among the records of its file. */
  index: number;
  at: TextPosition | null;
  eventId: string | null;
  time: string | null;
  source: string | null;
  /** true when the record has no eventSource and one was read from the service ARNs in its request. */
  sourceInferred: boolean;
  name: string | null;
  region: string | null;
  sourceIp: string | null;
  userAgent: string | null;
  readOnly: boolean | null;
  /** true when the record did not say and the event name decided (Get/List/Describe… are reads). */
  readOnlyInferred: boolean;
  actor: Actor;
  error: { code: string; message: string | null } | null;
  /** Set when the event changed (or tried to change) API Gateway logging, the account's role, or an IAM role. */
  change: RecordChange | null;
}

/** A part of the input that could not be read, or something the reader wants the user to know about it. */
export interface ReadProblem {
  severity: "error" | "note";
  message: string;
  at: TextPosition | null;
}

/** How the input was laid out. */
export type TrailFormat = "records" | "lookup-events" | "array" | "single" | "concatenated" | "empty";

/** A documented reason an event is not where the user looks for it. */
export interface WhereNote {
  id: string;
  title: string;
  explanation: string;
  /** The AWS documentation that says so. */
  docs: string[];
}

/** One change in a region's history, for the wizard's history step and saved reports. */
export interface TimelineEntry {
  time: string | null;
  timeMs: number | null;
  eventId: string | null;
  eventName: string;
  eventSource: string | null;
  actor: Actor;
  sourceIp: string | null;
  userAgent: string | null;
  changes: SettingChange[];
  level: ChangeLevel;
  summary: string;
}

export interface StageTimeline {
  api: { id: string; name: string; type: "REST" | "HTTP" | "WEBSOCKET" };
  stage: string;
  entries: TimelineEntry[];
}

export interface RegionTimeline {
  region: string;
  /** Whether LookupEvents for API Gateway was read in this region; when not, the lists below are empty. */
  history: { state: "collected" | "error" | "not-collected"; call: string; reason: string | null };
  /** Whether LookupEvents for CloudWatch Logs (logs.amazonaws.com) was read; its changes join the stages they touch. */
  logsHistory?: RegionTimeline["history"];
  account: TimelineEntry[];
  stages: StageTimeline[];
  /** IAM changes to the role this region's account setting names (recorded in us-east-1). */
  role: { arn: string; history: RegionTimeline["history"]; entries: TimelineEntry[] } | null;
}
