import { checkById } from "../checks/registry";
import type { CheckSection } from "../engine/define-check";
import type { ApiType } from "../diagnosis/types";

export interface StepDefinition {
  slug: string;
  /** The checklist section it shows: its checks are those whose definition names this section. */
  section: CheckSection;
  title: string;
  /** One or two words for the progress header. */
  short: string;
  /** Whether a check id belongs to this step (derived from the check's `section`). */
  owns(check: string): boolean;
  why: string;
  /** Why the step does not apply to an API type, or null when it does. */
  notApplicable(type: ApiType): string | null;
}

const noRoleForHttp = (type: ApiType) =>
  type === "HTTP"
    ? "HTTP APIs do not use the account's logging role: CloudWatch Logs delivers their access logs under a resource policy, checked in Access logging."
    : null;
const noExecutionForHttp = (type: ApiType) =>
  type === "HTTP" ? "HTTP APIs have no execution logs, only access logs." : null;

/** The troubleshooting checklist in the order people should walk it; one wizard step (and URL) each. */
const definitions: readonly Omit<StepDefinition, "owns">[] = [
  {
    slug: "sts",
    title: "AWS STS in the region",
    short: "STS",
    section: "sts",
    why: "API Gateway writes logs by assuming your logging role through AWS STS in the API's own region. If STS is deactivated there, the role cannot be assumed and no execution or CloudWatch access logs are written — and nothing on the API reports an error.",
    notApplicable: noRoleForHttp,
  },
  {
    slug: "logging-role",
    title: "The logging role",
    short: "Logging role",
    section: "role",
    why: "The role named in the account setting must exist, trust apigateway.amazonaws.com, and be allowed to write: CreateLogGroup, CreateLogStream and PutLogEvents on the log groups' streams (a policy on the bare log-group ARN does not cover them), with no permissions boundary or organization SCP denying them. A role deleted together with the stack that created it is one of the most common reasons logs stop.",
    notApplicable: noRoleForHttp,
  },
  {
    slug: "account-setting",
    title: "The region's CloudWatch role setting",
    short: "Account setting",
    section: "account",
    why: "Each region has one account-level setting, cloudwatchRoleArn, that every REST and WebSocket API of the region uses to write logs. Without it a stage can be set to log everything and still write nothing.",
    notApplicable: noRoleForHttp,
  },
  {
    slug: "stage-logging",
    title: "Stage execution logging",
    short: "Stage logging",
    section: "stage",
    why: "Execution logs exist only when the stage's logging level is INFO (every request) or ERROR (failed requests only). They go to the log group API-Gateway-Execution-Logs_<api id>/<stage>, which API Gateway creates on the first logged request.",
    notApplicable: noExecutionForHttp,
  },
  {
    slug: "overrides",
    title: "Method and route overrides",
    short: "Overrides",
    section: "overrides",
    why: "A REST method or WebSocket route can override the stage's logging level. An override set to OFF silences that method even while the stage logs everything, and an override left without a level may not inherit the stage's.",
    notApplicable: noExecutionForHttp,
  },
  {
    slug: "access-logging",
    title: "Access logging",
    short: "Access logs",
    section: "access",
    why: "Access logs are one line per request — caller, status, latency — in a format you choose. They need a destination log group (or, for REST, a Firehose stream) in the stage's own region and account, a single-line format containing $context.requestId, and for HTTP APIs a resource policy that lets delivery.logs.amazonaws.com write.",
    notApplicable: () => null,
  },
  {
    slug: "unlogged-requests",
    title: "Requests API Gateway never logs",
    short: "Never logged",
    section: "unlogged",
    why: "Some requests are turned away before any logging starts: payloads over the size limit (413), throttled requests (429), requests to a custom domain with no API mapping, some internal errors, a path, stage or method that does not exist (403 Missing Authentication Token), and calls from the console's Test button. No setting makes them appear — tell us what you are missing and we explain where to look instead.",
    notApplicable: () => null,
  },
  {
    slug: "history",
    title: "Who changed it (CloudTrail)",
    short: "History",
    section: "history",
    why: "Logging that worked and then stopped was usually changed: a deployment that reset a stage, a stack deletion that took the role with it. CloudTrail records who changed the settings, when and from where; its event history keeps 90 days unless a trail stores more.",
    notApplicable: () => null,
  },
];

export const steps: readonly StepDefinition[] = definitions.map((definition) => ({
  ...definition,
  owns: (check: string) => checkById(check)?.section === definition.section,
}));

export function stepBySlug(slug: string): StepDefinition | undefined {
  return steps.find((step) => step.slug === slug);
}

export function stepOfCheck(check: string): StepDefinition | undefined {
  return steps.find((step) => step.owns(check));
}
