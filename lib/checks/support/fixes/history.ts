// The commands that undo a change found in CloudTrail, built on the other fix builders.
import { recommendedFormat } from "./access-log";
import { apiGatewayTrustPolicy, attachManagedPolicy, fixBoundary, fixTrustPolicy, managedPolicyArn, setAccountRole } from "./account";
import { awsCli } from "./shell";
import type { ApiType, Fix } from "../../../diagnosis/types";
import type { SettingChange, StageTimeline, TimelineEntry } from "../../../cloudtrail/types";

/** Undo the newest entry of a stage's history when it left logging reduced (a later "on" needs no fix). */
export function revertStage(region: string, account: string | null, timeline: StageTimeline): Fix | undefined {
  const last = timeline.entries[timeline.entries.length - 1];
  if (!last || last.level !== "warn") return undefined;
  const change = last.changes.find((candidate) => candidate.level === "warn")!;
  const where = { region, apiId: timeline.api.id, type: timeline.api.type, stage: timeline.stage };
  const summary = `Undo the ${last.eventName} of ${last.time ?? "(unknown time)"} by ${last.actor.label}.`;
  if (change.setting === "stage") {
    return {
      summary: `${summary} The stage was deleted: create it again from a deployment, then turn logging back on.`,
      cli: timeline.api.type === "REST"
        ? [awsCli("apigateway", "create-stage", { region, "rest-api-id": where.apiId, "stage-name": where.stage, "deployment-id": "<deployment-id>" }), restLevel(where, "/*/*/logging/loglevel")].join("\n")
        : awsCli("apigatewayv2", "create-stage", { region, "api-id": where.apiId, "stage-name": where.stage, "default-route-settings": "LoggingLevel=INFO" }),
      console: [`Open the API Gateway console in ${region}, API ${timeline.api.name} (${where.apiId}), Stages → Create stage, and name it ${where.stage}.`],
    };
  }
  if (change.setting === "access-logging" || change.setting === "access-log-format") {
    const group = `arn:aws:logs:${region}:${account ?? "<account-id>"}:log-group:/aws/apigateway/${where.apiId}/${where.stage}/access`;
    return { summary: `${summary} Send access logs to a log group again (this one is a suggestion).`, cli: accessLogs(where, group) };
  }
  return { summary: `${summary} Set execution logging back to INFO.`, cli: timeline.api.type === "REST" ? restLevel(where, change.path ?? "/*/*/logging/loglevel") : v2Level(where, change) };
}

type StageWhere = { region: string; apiId: string; type: ApiType; stage: string };

function restLevel(where: StageWhere, path: string): string {
  return awsCli("apigateway", "update-stage", { region: where.region, "rest-api-id": where.apiId, "stage-name": where.stage, "patch-operations": `op=replace,path=${path},value=INFO` });
}

function v2Level(where: StageWhere, change: SettingChange): string {
  const base = { region: where.region, "api-id": where.apiId, "stage-name": where.stage };
  return change.scope === "*/*" || change.scope === null
    ? awsCli("apigatewayv2", "update-stage", { ...base, "default-route-settings": "LoggingLevel=INFO" })
    : awsCli("apigatewayv2", "update-stage", { ...base, "route-settings": JSON.stringify({ [change.scope]: { LoggingLevel: "INFO" } }) });
}

function accessLogs(where: StageWhere, destination: string): string {
  const format = recommendedFormat(where.type);
  const group = destination.replace(/^.*:log-group:/, "");
  const create = awsCli("logs", "create-log-group", { region: where.region, "log-group-name": group });
  if (where.type === "REST") {
    const operations = JSON.stringify([
      { op: "replace", path: "/accessLogSettings/destinationArn", value: destination },
      { op: "replace", path: "/accessLogSettings/format", value: format },
    ]);
    return [create, awsCli("apigateway", "update-stage", { region: where.region, "rest-api-id": where.apiId, "stage-name": where.stage, "patch-operations": operations })].join("\n");
  }
  const settings = JSON.stringify({ DestinationArn: destination, Format: format });
  return [create, awsCli("apigatewayv2", "update-stage", { region: where.region, "api-id": where.apiId, "stage-name": where.stage, "access-log-settings": settings })].join("\n");
}

/** Undo an account-role change: set the previous role again when the history shows it, or any working role when it was removed. */
export function revertAccountRole(region: string, partition: string, account: string | null, entries: TimelineEntry[]): Fix | undefined {
  const last = entries[entries.length - 1];
  if (!last || last.level !== "warn") return undefined;
  const change = last.changes.find((candidate) => candidate.setting === "account-role");
  const by = `${last.actor.label} at ${last.time ?? "(unknown time)"}`;
  if (typeof change?.from === "string" && change.from !== "") {
    return setAccountRole(region, partition, account, change.from, `If the change by ${by} was not intended, set the previous role ${change.from} again.`);
  }
  if (change?.to === null || change?.to === undefined) return setAccountRole(region, partition, account, null, `The role was removed by ${by}: set a role API Gateway can assume.`);
  return {
    summary: `If the change by ${by} was not intended, set the previous role again. CloudTrail records only the new value: look for an earlier UpdateAccount or the stack that manages AWS::ApiGateway::Account in ${region}.`,
  };
}

/** Restore what an IAM change took from the logging role. */
export function restoreRole(roleName: string, partition: string, entry: TimelineEntry): Fix {
  const change = entry.changes[0];
  const summary = `Undo ${entry.eventName} of ${entry.time ?? "(unknown time)"} by ${entry.actor.label}: ${change.description}.`;
  switch (change.setting) {
    case "role":
      return {
        summary: `${summary} Re-create the role with the same name, trusting apigateway.amazonaws.com, with the managed logging policy.`,
        cli: [
          awsCli("iam", "create-role", { "role-name": roleName, "assume-role-policy-document": apiGatewayTrustPolicy }),
          awsCli("iam", "attach-role-policy", { "role-name": roleName, "policy-arn": managedPolicyArn(partition) }),
        ].join("\n"),
        console: [`In the IAM console create a role named ${roleName} for the API Gateway use case (it attaches AmazonAPIGatewayPushToCloudWatchLogs).`],
      };
    case "role-trust":
      return fixTrustPolicy(roleName, summary);
    case "role-boundary":
      return fixBoundary(roleName, typeof change.to === "string" ? change.to : "(the boundary)", summary);
    default:
      return attachManagedPolicy(roleName, partition, summary);
  }
}
