import type { ApiType } from "../diagnosis/types";

export interface StepDefinition {
  slug: string;
  title: string;
  /** One or two words for the progress header. */
  short: string;
  /** Whether a check id belongs to this step. */
  owns(check: string): boolean;
  why: string;
  /** Why the step does not apply to an API type, or null when it does. */
  notApplicable(type: ApiType): string | null;
}

const ids = (...list: string[]) => (check: string) => list.includes(check);
const prefix = (...list: string[]) => (check: string) => list.some((p) => check.startsWith(p));
const noRoleForHttp = (type: ApiType) =>
  type === "HTTP" ? "HTTP APIs do not use the account's logging role: CloudWatch Logs delivers their access logs under a resource policy, checked in Access logging." : null;
const noExecutionForHttp = (type: ApiType) => (type === "HTTP" ? "HTTP APIs have no execution logs, only access logs." : null);

/** The troubleshooting checklist in the order people should walk it; one wizard step (and URL) each. */
export const steps: readonly StepDefinition[] = [
  {
    slug: "sts",
    title: "AWS STS in the region",
    short: "STS",
    owns: prefix("sts."),
    why: "API Gateway writes logs by assuming your logging role through AWS STS in the API's own region. If STS is deactivated there, the role cannot be assumed and no execution or CloudWatch access logs are written — and nothing on the API reports an error.",
    notApplicable: noRoleForHttp,
  },
  {
    slug: "logging-role",
    title: "The logging role",
    short: "Logging role",
    owns: prefix("role."),
    why: "The role named in the account setting must exist, trust apigateway.amazonaws.com, and allow the logs: actions API Gateway calls (CreateLogGroup, CreateLogStream, PutLogEvents, DescribeLogGroups, DescribeLogStreams). A role deleted together with the stack that created it is one of the most common reasons logs stop.",
    notApplicable: noRoleForHttp,
  },
  {
    slug: "account-setting",
    title: "The region's CloudWatch role setting",
    short: "Account setting",
    owns: prefix("account."),
    why: "Each region has one account-level setting, cloudwatchRoleArn, that every REST and WebSocket API of the region uses to write logs. Without it a stage can be set to log everything and still write nothing.",
    notApplicable: noRoleForHttp,
  },
  {
    slug: "stage-logging",
    title: "Stage execution logging",
    short: "Stage logging",
    owns: ids(
      "stage.execution-logging-off",
      "stage.execution-logging-errors-only",
      "stage.data-trace-on",
      "stage.execution-log-group-missing",
      "stage.execution-logs-redirected",
      "stage.execution-delivery-destination-missing",
      "stage.canary-logs-elsewhere",
      "http.execution-logging-unsupported",
    ),
    why: "Execution logs exist only when the stage's logging level is INFO (every request) or ERROR (failed requests only). They go to the log group API-Gateway-Execution-Logs_<api id>/<stage>, which API Gateway creates on the first logged request.",
    notApplicable: noExecutionForHttp,
  },
  {
    slug: "overrides",
    title: "Method and route overrides",
    short: "Overrides",
    owns: prefix("method."),
    why: "A REST method or WebSocket route can override the stage's logging level. An override set to OFF silences that method even while the stage logs everything, and an override left without a level may not inherit the stage's.",
    notApplicable: noExecutionForHttp,
  },
  {
    slug: "access-logging",
    title: "Access logging",
    short: "Access logs",
    // The log-group.* checks sit in the catalog's access-logging table, and judge every destination group a stage writes.
    owns: (check) => check.startsWith("stage.access-log") || check === "http.access-log-policy-missing" || check.startsWith("log-group."),
    why: "Access logs are one line per request — caller, status, latency — in a format you choose. They need a destination log group (or, for REST, a Firehose stream) in the stage's own region and account, a single-line format containing $context.requestId, and for HTTP APIs a resource policy that lets delivery.logs.amazonaws.com write.",
    notApplicable: () => null,
  },
  {
    slug: "unlogged-requests",
    title: "Requests API Gateway never logs",
    short: "Never logged",
    owns: (check) => check.startsWith("symptom.") || check.startsWith("domain."),
    why: "Some requests are turned away before any logging starts: payloads over the size limit (413), throttled requests (429), requests to a custom domain with no API mapping, some internal errors, a path, stage or method that does not exist (403 Missing Authentication Token), and calls from the console's Test button. No setting makes them appear — tell us what you are missing and we explain where to look instead.",
    notApplicable: () => null,
  },
  {
    slug: "history",
    title: "Who changed it (CloudTrail)",
    short: "History",
    owns: prefix("cloudtrail."),
    why: "Logging that worked and then stopped was usually changed: a deployment that reset a stage, a stack deletion that took the role with it. CloudTrail records who changed the settings, when and from where; its event history keeps 90 days unless a trail stores more.",
    notApplicable: () => null,
  },
];

export function stepBySlug(slug: string): StepDefinition | undefined {
  return steps.find((step) => step.slug === slug);
}

export function stepOfCheck(check: string): StepDefinition | undefined {
  return steps.find((step) => step.owns(check));
}
