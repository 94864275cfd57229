import { executionLogGroupName } from "../checks/facts/stage-facts";
import { parseLogGroupArn } from "../aws-names/log-group-arn";
import type { Model, Region, Stage } from "../model/types";

export type LogKindId = "execution" | "execution-canary" | "access" | "access-canary";

export const logKindLabels: Record<LogKindId, string> = {
  execution: "Execution logs",
  "execution-canary": "Canary execution logs",
  access: "Access logs",
  "access-canary": "Canary access logs",
};

/** Where one kind of a stage's logs can be searched, or why it cannot be. */
export type SearchTarget =
  | { kind: LogKindId; searchable: true; region: string; logGroupName: string }
  | { kind: LogKindId; searchable: false; reason: string };

/**
 * Every group a stage's logs can be in, per kind: the execution group (or the CloudWatch Logs group an
 * execution-log delivery routes them to), the canary groups, the CloudWatch access-log destination. Canary
 * requests are also written to the stage's own groups, and API Gateway creates the canary-specific groups only
 * when the stage has a canary, so those are searched only when the scan listed them
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/canary-release.html).
 */
export function searchTargets(model: Model, region: Region, stage: Stage): SearchTarget[] {
  const targets: SearchTarget[] = [executionTarget(region, stage)];
  const execution = targets[0];
  if (execution.searchable) {
    const canary = `${execution.logGroupName}/Canary`;
    if (region.logGroups.lookup(canary).state === "exists") {
      targets.push({ kind: "execution-canary", searchable: true, region: region.name, logGroupName: canary });
    }
  }
  const access = accessTarget(model, stage);
  targets.push(access);
  if (access.searchable && access.region === region.name) {
    const canary = `${access.logGroupName}/Canary`;
    if (region.logGroups.lookup(canary).state === "exists") {
      targets.push({ kind: "access-canary", searchable: true, region: access.region, logGroupName: canary });
    }
  }
  return targets;
}

function executionTarget(region: Region, stage: Stage): SearchTarget {
  if (stage.api.type === "HTTP") {
    return {
      kind: "execution",
      searchable: false,
      reason: "HTTP APIs write no execution logs; only access logs record their requests.",
    };
  }
  if (region.deliveries.state === "collected") {
    const path = `/${stage.api.type === "REST" ? "restapis" : "apis"}/${stage.api.id}/stages/${stage.name}`;
    const delivery = region.deliveries.value.find(
      (d) => d.logType === "EXECUTION_LOGS" && d.resourceArns.some((arn) => arn.endsWith(path)),
    );
    if (delivery) {
      const group = delivery.destinationArn ? parseLogGroupArn(delivery.destinationArn) : null;
      if (group) return { kind: "execution", searchable: true, region: group.region, logGroupName: group.name };
      return {
        kind: "execution",
        searchable: false,
        reason:
          `A CloudWatch Logs delivery sends this stage's execution logs to ${delivery.destinationType ?? "a destination"} ${delivery.destinationArn ?? ""}`.trimEnd() +
          ", which Log Doctor cannot search: look for the request there.",
      };
    }
  }
  return { kind: "execution", searchable: true, region: region.name, logGroupName: executionLogGroupName(stage) };
}

function accessTarget(model: Model, stage: Stage): SearchTarget {
  const arn = stage.accessLog.destinationArn;
  if (arn === null)
    return {
      kind: "access",
      searchable: false,
      reason: "Access logging is off for this stage: there is no access log to search.",
    };
  if (/^arn:[^:]+:firehose:/.test(arn)) {
    return {
      kind: "access",
      searchable: false,
      reason: `Access logs go to the Firehose stream ${arn.split("/").pop()}, which Log Doctor cannot search: look in the stream's destination (S3, OpenSearch, …).`,
    };
  }
  const group = stage.accessLog.logGroup;
  if (!group)
    return {
      kind: "access",
      searchable: false,
      reason: `The access-log destination ${arn} is not a log group ARN, so API Gateway writes nothing there.`,
    };
  if (model.account !== null && group.account !== model.account) {
    return {
      kind: "access",
      searchable: false,
      reason: `The access-log destination is in account ${group.account}; search it with that account's credentials.`,
    };
  }
  return { kind: "access", searchable: true, region: group.region, logGroupName: group.name };
}
