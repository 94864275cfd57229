import type { LoggingLevel, Region, Stage } from "../../model/types";

const logs = (level: LoggingLevel | null) => level === "ERROR" || level === "INFO";

/** Execution logging is on when the stage level or any override is ERROR or INFO (the spec's rule). */
export function executionLoggingOn(stage: Stage): boolean {
  return logs(stage.execution.level) || stage.overrides.some((override) => logs(override.level));
}

export function stageLevelOn(stage: Stage): boolean {
  return logs(stage.execution.level);
}

/** The stage level is off but some override logs: only those methods or routes write execution logs. */
export function onlyOverridesLog(stage: Stage): boolean {
  return !stageLevelOn(stage) && stage.overrides.some((override) => logs(override.level));
}

export function executionLogGroupName(stage: Pick<Stage, "api" | "name">): string {
  return `API-Gateway-Execution-Logs_${stage.api.id}/${stage.name}`;
}

export function sendsToCloudWatch(stage: Stage): boolean {
  return stage.accessLog.toCloudWatch;
}

/** API Gateway assumes the account's logging role for REST/WebSocket execution logs and CloudWatch access logs. */
export function usesAccountRole(stage: Stage): boolean {
  if (stage.api.type === "HTTP") return false;
  return executionLoggingOn(stage) || sendsToCloudWatch(stage);
}

export function readableStages(region: Region): Stage[] {
  return region.apis.flatMap((api) => (api.stages.state === "collected" ? api.stages.value : []));
}

/** Whether every REST/WebSocket API of the region (and its stages) could be read. */
export function allRoleUsersKnown(region: Region): boolean {
  const listingsRead = region.apiListings.rest.state === "collected" && region.apiListings.v2.state === "collected";
  const stagesRead = region.apis.every((api) => api.type === "HTTP" || api.stages.state === "collected");
  return listingsRead && stagesRead;
}

export function roleUsers(region: Region): Stage[] {
  return readableStages(region).filter(usesAccountRole);
}
