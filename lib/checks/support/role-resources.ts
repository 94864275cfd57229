import type { Model, Region } from "../../model/types";
import { arnAccount } from "./role-arn";
import { executionLogGroupName, readableStages } from "./stage-facts";

export const writeActions = [
  "logs:CreateLogGroup",
  "logs:CreateLogStream",
  "logs:PutLogEvents",
  "logs:DescribeLogGroups",
  "logs:DescribeLogStreams",
] as const;
export const readActions = ["logs:GetLogEvents", "logs:FilterLogEvents"] as const;

/**
 * The log groups API Gateway writes in a region with the account role: each REST/WebSocket stage's execution log
 * group and CloudWatch access-log destination (the group and its `:*` form), or every group when none exists yet.
 */
export function roleLogResources(region: Region, model: Model, roleArn: string): string[] {
  const account = model.account ?? arnAccount(roleArn) ?? "*";
  const base = `arn:${model.partition}:logs:${region.name}:${account}:log-group:`;
  const resources = new Set<string>();
  for (const stage of readableStages(region)) {
    if (stage.api.type === "HTTP") continue;
    const group = `${base}${executionLogGroupName(stage)}`;
    resources.add(group);
    resources.add(`${group}:*`);
    const destination = stage.accessLog.logGroup;
    if (destination) {
      const arn = `arn:${destination.partition}:logs:${destination.region}:${destination.account}:log-group:${destination.name}`;
      resources.add(arn);
      resources.add(`${arn}:*`);
    }
  }
  if (resources.size === 0) resources.add(`${base}*`);
  // Stage order (the capture's) is already deterministic; sorting thousands of ARNs would only cost time.
  return [...resources];
}
