import type { CallOutcome, CallRunner, CallSpec } from "./call-runner";
import type { CallOrder } from "./capture-recorder";
import { runAllPages, type PageToken, type Pages } from "./paginate";
import type { TaskGroup } from "./task-group";
import type { Service } from "../capture/schema";

/** Who is scanning: from `sts:GetCallerIdentity`, with the partition guessed from the region if that failed. */
export interface CallerIdentity {
  account?: string;
  partition: string;
}

/** What every part of a scan shares: how to run calls, where they go in the capture, and the time window. */
export interface ScanContext {
  runner: CallRunner;
  tasks: TaskGroup;
  identity: Promise<CallerIdentity>;
  /** The region whose clients serve global services (IAM, GetCallerIdentity, ListRegions). */
  homeRegion: string;
  regions: string[];
  lookback: { start: Date; end: Date };
  /** Read every REST API's authorizers in a full scan (the `authorizer-401` symptom was asked). */
  authorizers?: boolean;
  roles: RoleRegistry;
}

/** The logging roles regions name: each is read once however many regions use it. */
export interface RoleRegistry {
  /** A region's `GetAccount` names this role: read it (once, however many regions name it). */
  use(roleArn: string): void;
  /** Asks IAM to simulate the role's log permissions on these log-group ARNs of one region. */
  simulate(roleArn: string, region: string, resourceArns: (identity: CallerIdentity) => string[]): void;
}

export const regionalOrder = (ctx: ScanContext, region: string, ...rest: CallOrder) => {
  const index = ctx.regions.indexOf(region);
  return [1 + (index >= 0 ? index : ctx.regions.length), ...rest];
};

/** A call of `service` in `region` (the capture's region and the client's). */
export function regionalCall(
  ctx: ScanContext,
  region: string,
  service: Service,
  operation: string,
  input: Record<string, unknown>,
  order: CallOrder,
): CallSpec {
  return { service, region, clientRegion: region, operation, input, order: regionalOrder(ctx, region, ...order) };
}

export function run(ctx: ScanContext, spec: CallSpec): Promise<CallOutcome> {
  return ctx.tasks.add(ctx.runner.run(spec));
}

export function runPages(ctx: ScanContext, spec: CallSpec, token: PageToken): Promise<Pages> {
  return ctx.tasks.add(runAllPages(ctx.runner, spec, token));
}

/** Partitions by region prefix, for when `GetCallerIdentity` could not tell us. */
export function partitionOfRegion(region: string): string {
  if (region.startsWith("cn-")) return "aws-cn";
  if (region.startsWith("us-gov-")) return "aws-us-gov";
  if (region.startsWith("us-iso-")) return "aws-iso";
  if (region.startsWith("us-isob-")) return "aws-iso-b";
  return "aws";
}

/** IAM is global but records its CloudTrail events in one region per partition. */
export function iamEventsRegion(partition: string): string {
  if (partition === "aws-cn") return "cn-north-1";
  if (partition === "aws-us-gov") return "us-gov-west-1";
  return "us-east-1";
}
