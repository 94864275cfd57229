/**
 * The resource string CloudWatch Logs authorizes each logs: action on. These are not the log group's ARN: AWS's
 * AccessDenied messages show them ("logs:CreateLogGroup on resource: arn:aws:logs:R:A:log-group:G:log-stream:",
 * "logs:DescribeLogGroups on resource: arn:aws:logs:R:A:log-group::log-stream:", "logs:CreateLogStream on resource:
 * …:log-group:G:log-stream:S"), so a policy scoped to `…:log-group:G` (no `:*`) allows none of them. Sources: the
 * Service Authorization Reference's resource types for CloudWatch Logs
 * (https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncloudwatchlogs.html: PutLogEvents
 * on log-stream), and the AccessDenied messages quoted in hashicorp/terraform-provider-aws#8804 (DescribeLogGroups),
 * elastic/apm-aws-lambda#526 (CreateLogGroup) and aws-solutions/aws-crr-monitor#8 (CreateLogStream).
 */
export interface LogsResourcePlace {
  partition: string;
  region: string;
  account: string;
  /** the log group name */
  group: string;
  /** the log stream name, for the actions authorized per stream */
  stream: string;
}

/** Actions authorized on one stream of a group. */
const streamActions = new Set(["logs:createlogstream", "logs:putlogevents", "logs:getlogevents"]);
/** Actions authorized on the account's groups as a whole, whatever group they name. */
const accountActions = new Set(["logs:describeloggroups"]);

export type LogsResourceLevel = "stream" | "group" | "account";

export function logsResourceLevel(action: string): LogsResourceLevel {
  const name = action.toLowerCase();
  return streamActions.has(name) ? "stream" : accountActions.has(name) ? "account" : "group";
}

export function logsActionResource(action: string, at: LogsResourcePlace): string {
  const groups = `arn:${at.partition}:logs:${at.region}:${at.account}:log-group:`;
  switch (logsResourceLevel(action)) {
    case "stream":
      return `${groups}${at.group}:log-stream:${at.stream}`;
    case "account":
      return `${groups}:log-stream:`;
    case "group":
      return `${groups}${at.group}:log-stream:`;
  }
}
