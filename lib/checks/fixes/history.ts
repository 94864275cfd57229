// The commands that undo a change found in CloudTrail, built on the other fix builders.
import { recommendedFormat, setAccessLogging, suggestedAccessLogGroup } from "./access-log";
import {
  apiGatewayTrustPolicy,
  attachManagedPolicy,
  fixBoundary,
  fixTrustPolicy,
  managedPolicyArn,
  setAccountRole,
} from "./account";
import { awsCli } from "./shell";
import { restUpdateStage, v2UpdateStage, type StageAddress } from "./update-stage";
import type { Fix } from "../../diagnosis/types";
import type { StageTimeline, TimelineEntry } from "../../cloudtrail/types";

/** Undo the newest entry of a stage's history when it left logging reduced (a later "on" needs no fix). */
export function revertStage(region: string, account: string | null, timeline: StageTimeline): Fix | undefined {
  const last = timeline.entries[timeline.entries.length - 1];
  if (!last || last.level !== "warn") return undefined;
  const change = last.changes.find((candidate) => candidate.level === "warn")!;
  const stage: StageAddress = { region, api: timeline.api, name: timeline.stage };
  const summary = `Undo the ${last.eventName} of ${last.time ?? "(unknown time)"} by ${last.actor.label}.`;
  if (change.setting === "stage") {
    return {
      summary: `${summary} The stage was deleted: create it again from a deployment, then turn logging back on.`,
      cli:
        stage.api.type === "REST"
          ? [
              awsCli("apigateway", "create-stage", {
                region,
                "rest-api-id": stage.api.id,
                "stage-name": stage.name,
                "deployment-id": "<deployment-id>",
              }),
              restUpdateStage(stage, [{ op: "replace", path: "/*/*/logging/loglevel", value: "INFO" }]),
            ].join("\n")
          : awsCli("apigatewayv2", "create-stage", {
              region,
              "api-id": stage.api.id,
              "stage-name": stage.name,
              "default-route-settings": "LoggingLevel=INFO",
            }),
      console: [
        `Open the API Gateway console in ${region}, API ${stage.api.name} (${stage.api.id}), Stages → Create stage, and name it ${stage.name}.`,
      ],
    };
  }
  const logsSide = undoLogsChange(region, stage, summary, change);
  if (logsSide) return logsSide;
  // A recreated HTTP stage has no execution logs to turn on: what it lost is its access-log settings.
  const recreatedHttp = change.setting === "stage-created" && stage.api.type === "HTTP";
  if (change.setting === "access-logging" || change.setting === "access-log-format" || recreatedHttp) {
    const group = `arn:aws:logs:${region}:${account ?? "<account-id>"}:log-group:${suggestedAccessLogGroup(stage)}`;
    return setAccessLogging(
      stage,
      group,
      `${summary} Send access logs to a log group again (this one is a suggestion).`,
      recommendedFormat(stage.api.type),
    );
  }
  const reverted = `${summary} Set execution logging back to INFO.`;
  if (stage.api.type === "REST")
    return {
      summary: reverted,
      cli: restUpdateStage(stage, [{ op: "replace", path: change.path ?? "/*/*/logging/loglevel", value: "INFO" }]),
    };
  const route = change.scope === "*/*" || change.scope === null ? null : change.scope;
  return {
    summary: reverted,
    cli: route
      ? v2UpdateStage(stage, { "route-settings": JSON.stringify({ [route]: { LoggingLevel: "INFO" } }) })
      : v2UpdateStage(stage, { "default-route-settings": "LoggingLevel=INFO" }),
  };
}

/** Undo an account-role change: set the previous role again when the history shows it, or any working role when it was removed. */
export function revertAccountRole(
  region: string,
  partition: string,
  account: string | null,
  entries: TimelineEntry[],
): Fix | undefined {
  const last = entries[entries.length - 1];
  if (!last || last.level !== "warn") return undefined;
  const change = last.changes.find((candidate) => candidate.setting === "account-role");
  const by = `${last.actor.label} at ${last.time ?? "(unknown time)"}`;
  if (typeof change?.from === "string" && change.from !== "") {
    return setAccountRole(
      region,
      partition,
      account,
      change.from,
      `If the change by ${by} was not intended, set the previous role ${change.from} again.`,
    );
  }
  if (change?.to === null || change?.to === undefined)
    return setAccountRole(
      region,
      partition,
      account,
      null,
      `The role was removed by ${by}: set a role API Gateway can assume.`,
    );
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
        console: [
          `In the IAM console create a role named ${roleName} for the API Gateway use case (it attaches AmazonAPIGatewayPushToCloudWatchLogs).`,
        ],
      };
    case "role-trust":
      return fixTrustPolicy(roleName, summary);
    case "role-boundary":
      return fixBoundary(roleName, typeof change.to === "string" ? change.to : "(the boundary)", summary);
    default:
      return attachManagedPolicy(roleName, partition, summary);
  }
}

/**
 * What undoes a CloudWatch Logs-side change. A deleted execution group is not recreated by the next request: AWS
 * says delete what is left and redeploy the stage (checks.md, change 6).
 */
function undoLogsChange(
  region: string,
  stage: StageAddress,
  summary: string,
  change: TimelineEntry["changes"][number],
): Fix | undefined {
  const group = typeof change.to === "string" ? change.to : null;
  switch (change.setting) {
    case "log-group":
      if (group?.startsWith("API-Gateway-Execution-Logs_")) {
        return {
          summary: `${summary} Redeploy the stage so API Gateway writes ${group} again (the next request alone does not recreate it).`,
          cli:
            stage.api.type === "REST"
              ? awsCli("apigateway", "create-deployment", {
                  region,
                  "rest-api-id": stage.api.id,
                  "stage-name": stage.name,
                })
              : awsCli("apigatewayv2", "create-deployment", {
                  region,
                  "api-id": stage.api.id,
                  "stage-name": stage.name,
                }),
        };
      }
      return {
        summary: `${summary} Create the log group ${group ?? "(the deleted group)"} again; earlier events are gone.`,
        ...(group ? { cli: awsCli("logs", "create-log-group", { region, "log-group-name": group }) } : {}),
      };
    case "delivery":
      return {
        summary: `${summary} Create the delivery again (logs create-delivery from the stage's delivery source to its destination), or keep the managed execution log group.`,
      };
    case "resource-policy":
      return {
        summary: `${summary} Put back a resource policy that lets delivery.logs.amazonaws.com logs:CreateLogStream and logs:PutLogEvents on the destination groups (see http.access-log-policy-missing for the exact command).`,
      };
    case "log-group-kms":
      return {
        summary: `${summary} If the key is to stay, associate it again (logs associate-kms-key); a key that is disabled or deleted makes its events unreadable.`,
      };
    default:
      return undefined;
  }
}
