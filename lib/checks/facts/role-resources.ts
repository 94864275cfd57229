import { logsActionResource } from "../../iam-policy";
import { loggingRoleActions } from "../../iam-policy/published-policies";
import type { Model, Region } from "../../model/types";
import { executionDeliveries } from "./execution-deliveries";
import { arnAccount } from "../../aws-names/role-arn";
import { executionLoggingOn, executionLogGroupName, readableStages } from "./stage-facts";

/** The actions of checks.md **Permissions**, in its order. */
export const permissionActions = loggingRoleActions;

/** Without these API Gateway cannot write; AWS does not document that it needs the others, so they only warn. */
export const writePathActions: readonly string[] = ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"];

/**
 * The stream name stream-level actions are judged on. API Gateway's stream names are not known in advance; the
 * collector simulates with this same name, so local evaluation and AWS's simulation answer the same question.
 */
export const representativeStream = "x";

export interface RoleLogGroup {
  partition: string;
  region: string;
  account: string;
  name: string;
  /** The scanned region's listing shows the group does not exist (false when unknown or it exists). */
  absent: boolean;
}

/**
 * The groups API Gateway writes with the account role in a region (checks.md **Permissions**): the execution group
 * of each REST/WebSocket stage with execution logging on and no execution-log delivery, and each CloudWatch Logs
 * access-log destination of a REST/WebSocket stage; when there are none, the representative
 * `API-Gateway-Execution-Logs_x/y`.
 */
export function roleLogGroups(region: Region, model: Model, roleArn: string): RoleLogGroup[] {
  const account = model.account ?? arnAccount(roleArn) ?? "*";
  const groups = new Map<string, RoleLogGroup>();
  const add = (partition: string, groupRegion: string, groupAccount: string, name: string) => {
    const key = `${partition}:${groupRegion}:${groupAccount}:${name}`;
    if (groups.has(key)) return;
    const local = groupRegion === region.name && groupAccount === account;
    groups.set(key, {
      partition,
      region: groupRegion,
      account: groupAccount,
      name,
      absent: local && region.logGroups.lookup(name).state === "absent",
    });
  };
  for (const stage of readableStages(region)) {
    if (stage.api.type === "HTTP") continue;
    if (executionLoggingOn(stage) && executionDeliveries(region, stage).length === 0)
      add(model.partition, region.name, account, executionLogGroupName(stage));
    const destination = stage.accessLog.logGroup;
    if (destination) add(destination.partition, destination.region, destination.account, destination.name);
  }
  if (groups.size === 0) add(model.partition, region.name, account, "API-Gateway-Execution-Logs_x/y");
  // Stage order (the capture's) is already deterministic; sorting thousands of groups would only cost time.
  return [...groups.values()];
}

/** The resource string AWS authorizes `action` on for this group. */
export function actionResource(action: string, group: RoleLogGroup): string {
  return logsActionResource(action, { ...group, group: group.name, stream: representativeStream });
}

/** checks.md **Permissions**, "missing →": only the write path fails, CreateLogGroup only where the group is gone. */
export function missingStatus(action: string, group: RoleLogGroup): "fail" | "warn" {
  if (action === "logs:CreateLogGroup") return group.absent ? "fail" : "warn";
  return writePathActions.includes(action) ? "fail" : "warn";
}
