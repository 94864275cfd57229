import { asObject, findDeep, member, objectMember, text } from "./fields";
import { findPatchOperations } from "./patch-operations";
import { stagePatchChanges } from "./stage-patch-changes";
import type { ChangeSubject, SettingChange, TrailRecord } from "./types";

export interface SubjectChanges {
  subject: ChangeSubject;
  changes: SettingChange[];
}

/**
 * What an API Gateway control-plane event did to logging: v1 UpdateStage/UpdateAccount carry JSON patch operations,
 * v2 UpdateStage carries the new settings as request members (camelCase on the wire, PascalCase in the SDKs).
 */
export function apiGatewayChanges(record: TrailRecord): SubjectChanges | null {
  const request = record.requestParameters ?? {};
  switch (record.eventName) {
    case "UpdateAccount":
      return accountChanges(request);
    case "UpdateStage":
    case "DeleteStage":
    case "DeleteAccessLogSettings": {
      const subject = stageSubject(request);
      if (!subject) return null;
      const changes =
        record.eventName === "DeleteStage"
          ? [stageDeleted()]
          : record.eventName === "DeleteAccessLogSettings"
            ? [accessLogRemoved("DeleteAccessLogSettings", null)]
            : subject.apiVersion === "v1"
              ? stagePatchChanges(findPatchOperations(request))
              : v2StageChanges(request);
      return changes.length > 0 ? { subject, changes } : null;
    }
    case "CreateStage":
    case "CreateDeployment": {
      // Only a named stage: a deployment without one changes no stage.
      const subject = stageSubject(request);
      if (!subject) return null;
      const created = stageCreated(record.eventName, subject.stage);
      const settings = record.eventName === "CreateStage" && subject.apiVersion === "v2" ? v2StageChanges(request) : [];
      return { subject, changes: [created, ...settings] };
    }
    default:
      return null;
  }
}

/**
 * A stage created by CreateStage (or by a CreateDeployment naming a stage that did not exist) starts without method
 * settings: execution logging is off until someone sets it. Whether this event created the stage is known only from
 * the stage's createdDate, beside the model (the timeline); here it is `info`.
 */
function stageCreated(eventName: string, stage: string): SettingChange {
  const description =
    eventName === "CreateStage"
      ? `stage ${stage} created (a new stage starts without method settings: execution logging off)`
      : `deployed to stage ${stage} (creates the stage, without method settings, if it did not exist)`;
  return {
    setting: "stage-created",
    scope: null,
    operation: eventName,
    path: null,
    from: null,
    to: stage,
    description,
    level: "info",
  };
}

function stageSubject(request: Record<string, unknown>): Extract<ChangeSubject, { kind: "stage" }> | null {
  const stage = text(request, "stageName") ?? stringAt(findDeep(request, "stageName", 2));
  const restApiId = text(request, "restApiId") ?? stringAt(findDeep(request, "restApiId", 2));
  const apiId = text(request, "apiId") ?? stringAt(findDeep(request, "apiId", 2));
  if (!stage || !(restApiId ?? apiId)) return null;
  return restApiId
    ? { kind: "stage", apiId: restApiId, apiVersion: "v1", stage }
    : { kind: "stage", apiId: apiId!, apiVersion: "v2", stage };
}

function stringAt(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

function accountChanges(request: Record<string, unknown>): SubjectChanges | null {
  const changes = findPatchOperations(request)
    .filter((operation) => operation.path.toLowerCase() === "/cloudwatchrolearn")
    .map(({ op, path, value }): SettingChange => {
      const removed = op === "remove" || value === null || value === undefined || String(value).trim() === "";
      return {
        setting: "account-role",
        scope: null,
        operation: op,
        path,
        from: null,
        to: removed ? null : value,
        description: removed
          ? "the account's CloudWatch Logs role was removed"
          : `the account's CloudWatch Logs role was set to ${String(value)}`,
        level: "warn",
      };
    });
  return changes.length > 0 ? { subject: { kind: "account" }, changes } : null;
}

function stageDeleted(): SettingChange {
  return {
    setting: "stage",
    scope: null,
    operation: "DeleteStage",
    path: null,
    from: null,
    to: null,
    description: "stage deleted, and its logging settings with it",
    level: "warn",
  };
}

function accessLogRemoved(operation: string, path: string | null): SettingChange {
  return {
    setting: "access-logging",
    scope: null,
    operation,
    path,
    from: null,
    to: null,
    description: "access logging turned off (its settings were removed)",
    level: "warn",
  };
}

function v2StageChanges(request: Record<string, unknown>): SettingChange[] {
  const changes: SettingChange[] = [];
  const defaults = objectMember(request, "defaultRouteSettings");
  if (defaults) changes.push(...routeChanges(defaults, "*/*", "defaultRouteSettings"));
  const routes = objectMember(request, "routeSettings") ?? {};
  for (const [routeKey, settings] of Object.entries(routes))
    changes.push(...routeChanges(asObject(settings) ?? {}, routeKey, `routeSettings.${routeKey}`));
  const access = member(request, "accessLogSettings");
  if (access !== undefined) changes.push(...v2AccessLogChanges(asObject(access) ?? {}));
  return changes;
}

function routeChanges(settings: Record<string, unknown>, scope: string, field: string): SettingChange[] {
  const where = scope === "*/*" ? "for the whole stage" : `for route ${scope}`;
  const changes: SettingChange[] = [];
  const level = text(settings, "loggingLevel")?.toUpperCase();
  if (level) {
    const path = `${field}.loggingLevel`;
    const description =
      level === "OFF"
        ? `execution logging turned OFF ${where}`
        : level === "ERROR"
          ? `execution logging set to ERROR (errors only) ${where}`
          : `execution logging set to ${level} ${where}`;
    changes.push({
      setting: "execution-logging",
      scope,
      operation: "UpdateStage",
      path,
      from: null,
      to: level,
      description,
      level: level === "OFF" ? "warn" : "info",
    });
  }
  const trace = member(settings, "dataTraceEnabled");
  if (typeof trace === "boolean") {
    const description = `full request and response data tracing turned ${trace ? "on" : "off"} ${where}`;
    changes.push({
      setting: "data-trace",
      scope,
      operation: "UpdateStage",
      path: `${field}.dataTraceEnabled`,
      from: null,
      to: trace,
      description,
      level: "info",
    });
  }
  return changes;
}

function v2AccessLogChanges(settings: Record<string, unknown>): SettingChange[] {
  const destination = member(settings, "destinationArn");
  const format = text(settings, "format");
  if (destination === undefined && format === null) return [accessLogRemoved("UpdateStage", "accessLogSettings")];
  if (destination !== undefined && (typeof destination !== "string" || destination.trim() === ""))
    return [accessLogRemoved("UpdateStage", "accessLogSettings.destinationArn")];
  const changes: SettingChange[] = [];
  if (typeof destination === "string") {
    changes.push({
      setting: "access-logging",
      scope: null,
      operation: "UpdateStage",
      path: "accessLogSettings.destinationArn",
      from: null,
      to: destination,
      description: `access logs sent to ${destination}`,
      level: "info",
    });
  }
  if (format !== null) {
    changes.push({
      setting: "access-log-format",
      scope: null,
      operation: "UpdateStage",
      path: "accessLogSettings.format",
      from: null,
      to: format,
      description: "access log format changed",
      level: "info",
    });
  }
  return changes;
}
