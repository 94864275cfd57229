import type { Api, RegionResources as Region, Stage } from "../model/types";
import { createdDelivery, deliveryPolicyPrefix, groupOfArn } from "./logs-change";
import type { AppliedChange } from "./trail-changes";
import type { RecordChange, SettingChange, TrailRecord } from "./types";

/** A CreateStage/CreateDeployment created the stage when its time is this close to the stage's createdDate. */
export const creationWindowMs = 60_000;

/** One scanned stage a change touches, with the change as it matters to that stage. */
export interface StageImpact {
  api: Api;
  stage: string;
  change: RecordChange;
}

/**
 * The scanned stages a change touches (checks.md, cloudtrail.logging-changed): an API Gateway change names its stage;
 * a CloudWatch Logs change touches the stages whose execution group, access-log destination or execution-log delivery
 * it deleted or changed. `logsRecords` are the region's CloudWatch Logs records (CreateDelivery says which source a
 * since-deleted delivery read).
 */
export function stageImpacts(
  region: Region,
  { record, change }: AppliedChange,
  logsRecords: TrailRecord[],
): StageImpact[] {
  const subject = change.subject;
  switch (subject.kind) {
    case "stage": {
      const api = region.apis.find((candidate) => candidate.id === subject.apiId);
      if (!api) return [];
      const stage =
        api.stages.state === "collected" ? (api.stages.value.find((s) => s.name === subject.stage) ?? null) : null;
      return [{ api, stage: subject.stage, change: judgeCreation(change, record, stage) }];
    }
    case "log-group":
      return touching(region, change, stagesUsingGroup(region, subject.logGroupName));
    case "delivery":
      return touching(region, change, stagesOfDelivery(region, subject.deliveryId, logsRecords));
    case "resource-policy":
      return touching(region, change, stagesOfResourcePolicy(region, subject.policyName, subject.resourceArn));
    default:
      return [];
  }
}

function touching(region: Region, change: RecordChange, stages: Stage[]): StageImpact[] {
  return stages.flatMap((stage) => {
    const api = region.apis.find((candidate) => candidate.id === stage.api.id);
    return api ? [{ api, stage: stage.name, change }] : [];
  });
}

/**
 * A CreateStage or CreateDeployment whose time is within a minute of the stage's createdDate created the stage now
 * scanned: when that stage logs nothing, the recreation is the likely cause (a new stage has no method settings).
 */
function judgeCreation(change: RecordChange, record: TrailRecord, stage: Stage | null): RecordChange {
  const index = change.changes.findIndex((c) => c.setting === "stage-created");
  if (index < 0 || !stage || stage.createdDateMs == null || record.eventTimeMs === null) return change;
  const created = Math.abs(record.eventTimeMs - stage.createdDateMs) <= creationWindowMs;
  const createdAt = new Date(stage.createdDateMs).toISOString();
  let replacement: SettingChange;
  if (!created) {
    if (change.eventName !== "CreateDeployment") return change;
    replacement = {
      ...change.changes[index],
      description: `deployed to stage ${stage.name}, which already existed (created ${createdAt}): its logging settings are unchanged`,
    };
  } else {
    const off = loggingOffNow(stage);
    replacement =
      off.length > 0
        ? {
            ...change.changes[index],
            level: "warn",
            description: `${change.eventName} created stage ${stage.name} (its createdDate is ${createdAt}), which now has ${off.join(" and ")} off: a recreated stage starts without the old one's method settings`,
          }
        : {
            ...change.changes[index],
            description: `${change.eventName} created stage ${stage.name} (its createdDate is ${createdAt}); it logs now`,
          };
  }
  const changes = change.changes.map((c, i) => (i === index ? replacement : c));
  const level = changes.some((c) => c.level === "warn") ? "warn" : "info";
  const summary = `stage ${stage.name} of API ${stage.api.id}: ${changes.map((c) => c.description).join("; ")}`;
  return { ...change, changes, level, summary };
}

const logs = (level: string | null) => level === "ERROR" || level === "INFO";

function loggingOffNow(stage: Stage): string[] {
  const off: string[] = [];
  const execution = logs(stage.execution.level) || stage.overrides.some((o) => logs(o.level));
  if (stage.api.type !== "HTTP" && !execution) off.push("execution logging");
  if (!stage.accessLog.destinationArn) off.push("access logging");
  return off;
}

function scannedStages(region: Region): Stage[] {
  return region.apis.flatMap((api) => (api.stages.state === "collected" ? api.stages.value : []));
}

function stagePath(stage: Stage): string {
  return stage.api.type === "REST"
    ? `/restapis/${stage.api.id}/stages/${stage.name}`
    : `/apis/${stage.api.id}/stages/${stage.name}`;
}

function readsStage(resourceArns: string[], stage: Stage): boolean {
  const path = stagePath(stage);
  return resourceArns.some((arn) => arn.endsWith(path));
}

/** Log groups of a stage's execution-log deliveries (the destination a delivery writes instead of the managed group). */
function deliveryGroups(region: Region, stage: Stage): string[] {
  if (region.deliveries.state !== "collected") return [];
  return region.deliveries.value.flatMap((d) => {
    const group = d.destinationArn && d.destinationArn.includes(":log-group:") ? groupOfArn(d.destinationArn) : null;
    return group && readsStage(d.resourceArns, stage) ? [group] : [];
  });
}

/** The groups a stage's logs go to: its execution group (when execution logging is on), access destination, delivery destinations. */
export function groupsOfStage(region: Region, stage: Stage): string[] {
  const groups = deliveryGroups(region, stage);
  const execution = logs(stage.execution.level) || stage.overrides.some((o) => logs(o.level));
  if (stage.api.type !== "HTTP" && execution) groups.push(`API-Gateway-Execution-Logs_${stage.api.id}/${stage.name}`);
  if (stage.accessLog.logGroup && stage.accessLog.logGroup.region === region.name)
    groups.push(stage.accessLog.logGroup.name);
  return groups;
}

// Built once per region: a history can hold many CloudWatch Logs events, a region many stages.
const groupIndexes = new WeakMap<Region, Map<string, Stage[]>>();

function stagesUsingGroup(region: Region, group: string): Stage[] {
  let index = groupIndexes.get(region);
  if (!index) {
    index = new Map();
    for (const stage of scannedStages(region)) {
      for (const name of new Set(groupsOfStage(region, stage))) index.set(name, [...(index.get(name) ?? []), stage]);
    }
    groupIndexes.set(region, index);
  }
  return index.get(group) ?? [];
}

/** A deleted delivery is no longer listed: its id is traced through the CreateDelivery that made it to its source. */
function stagesOfDelivery(region: Region, id: string, logsRecords: TrailRecord[]): Stage[] {
  const arns: string[] = [];
  if (region.deliveries.state === "collected")
    for (const d of region.deliveries.value) if (d.id === id) arns.push(...d.resourceArns);
  const sources = region.deliverySources?.state === "collected" ? region.deliverySources.value : [];
  for (const record of logsRecords) {
    const created = createdDelivery(record);
    if (created?.id !== id) continue;
    for (const source of sources) if (source.name === created.sourceName) arns.push(...source.resourceArns);
  }
  return arns.length === 0 ? [] : scannedStages(region).filter((stage) => readsStage(arns, stage));
}

/**
 * A group's own policy touches the stages writing that group; an account-scoped `AWSLogDeliveryWrite…` policy (the one
 * CloudWatch Logs creates for vended-log deliveries) touches every stage delivery.logs.amazonaws.com writes for:
 * HTTP API access logs to CloudWatch Logs and execution-log deliveries to a log group.
 */
function stagesOfResourcePolicy(region: Region, policyName: string | null, resourceArn: string | null): Stage[] {
  if (resourceArn) {
    const group = groupOfArn(resourceArn);
    return group ? stagesUsingGroup(region, group) : [];
  }
  if (!policyName?.startsWith(deliveryPolicyPrefix)) return [];
  return scannedStages(region).filter(
    (stage) =>
      (stage.api.type === "HTTP" && stage.accessLog.logGroup !== null) || deliveryGroups(region, stage).length > 0,
  );
}
