import { checks } from "../checks/registry";

/** What a failing or warning check means, in a few words for a table cell ("first cause"). */
const labels: Record<string, string> = {
  "sts.region-inactive": "STS is deactivated in the region",
  "account.role-unset": "No CloudWatch logging role set for the region",
  "account.role-arn-invalid": "The region's logging role ARN is invalid",
  "role.not-found": "The logging role was deleted",
  "role.trust-denies-apigateway": "The logging role does not trust API Gateway",
  "role.permissions-missing": "The logging role lacks logs: permissions",
  "role.boundary-blocks": "A permissions boundary blocks the logging role",
  "stage.execution-logging-off": "Execution logging is off",
  "stage.execution-logging-errors-only": "Only errors are logged",
  "stage.data-trace-on": "Full request/response data is logged",
  "method.logging-off": "A method override turns logging off",
  "method.logging-lower": "A method override logs less than the stage",
  "method.logging-unset": "A method override has no logging level",
  "method.logging-on-stage-off": "Only some methods log",
  "stage.execution-log-group-missing": "The execution log group does not exist",
  "stage.execution-logs-redirected": "Execution logs go to another destination",
  "stage.execution-delivery-destination-missing": "The execution-log delivery's destination is gone",
  "stage.canary-logs-elsewhere": "Canary requests log to /Canary groups",
  "stage.access-logging-off": "Access logging is off",
  "stage.access-log-destination-invalid": "The access log destination is invalid",
  "stage.access-log-destination-missing": "The access log group does not exist",
  "stage.access-log-format-invalid": "The access log format is invalid",
  "http.access-log-policy-missing": "No resource policy lets logs be delivered",
  "log-group.kms-key-unusable": "The log group's KMS key is unusable",
  "log-group.retention-short": "The log group keeps events a week or less",
  "http.execution-logging-unsupported": "HTTP APIs have no execution logs",
  "domain.no-api-mapping": "A custom domain has no API mapping",
  "cloudtrail.no-trail": "No trail keeps the change history",
  "cloudtrail.logging-changed": "Someone changed the logging settings",
  "cloudtrail.role-changed": "Someone changed the logging role",
};

const titles = new Map<string, string>(checks.map((check) => [check.id, check.title]));

export function causeLabel(check: string): string {
  return labels[check] ?? titles.get(check) ?? check;
}

/** The check's title: what should be true (e.g. "The logging role exists"). */
export function checkTitle(check: string): string {
  return titles.get(check) ?? labels[check] ?? check;
}

export function checkDocs(check: string): string | null {
  return checks.find((c) => c.id === check)?.docs ?? null;
}
