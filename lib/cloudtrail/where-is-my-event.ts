import type { TrailFormat, WhereNote } from "./types";

/** Documented reasons an event is not where a user looks for it, each with the AWS page that says so. */
export const whereNotes = {
  apiRequests: {
    id: "api-requests-not-recorded",
    title: "Requests to your API are never in CloudTrail",
    explanation:
      "CloudTrail records calls to the API Gateway service API (creating and changing APIs, stages, deployments and settings): management, control-plane events. The requests clients send to your API are not such calls, so no trail or event history shows them; the stage's access logs and execution logs do.",
    docs: [
      "https://docs.aws.amazon.com/apigateway/latest/developerguide/cloudtrail.html",
      "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html",
    ],
  },
  testInvoke: {
    id: "test-invoke-not-recorded",
    title: "The console's Test button is not recorded",
    explanation:
      "API Gateway does not log TestInvokeMethod (the console's Test button) or TestInvokeAuthorizer in CloudTrail, and test invocations do not write the stage's logs either.",
    docs: ["https://docs.aws.amazon.com/apigateway/latest/developerguide/cloudtrail.html"],
  },
  iotDataPlane: {
    id: "iot-data-plane-not-recorded",
    title: "AWS IoT device-side calls are not in CloudTrail",
    explanation:
      "AWS IoT does not log data plane actions (the device side: MQTT connect, publish, subscribe) in CloudTrail; AWS points to CloudWatch for those.",
    docs: ["https://docs.aws.amazon.com/iot/latest/developerguide/iot-using-cloudtrail.html"],
  },
  iotListCalls: {
    id: "iot-list-calls-not-recorded",
    title: "AWS IoT List calls are not recorded",
    explanation:
      "AWS IoT records control plane actions that make changes (CreateThing, CreateKeysAndCertificate, UpdateCertificate); calls such as ListThings and ListTopicRules leave no CloudTrail entry.",
    docs: ["https://docs.aws.amazon.com/iot/latest/developerguide/iot-using-cloudtrail.html"],
  },
  eventHistory90Days: {
    id: "event-history-90-days",
    title: "Event history keeps 90 days, per region",
    explanation:
      "CloudTrail event history (and LookupEvents) shows the management events of the last 90 days in one region. Anything older, or other regions, needs a trail (or CloudTrail Lake) that was recording at the time.",
    docs: [
      "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/view-cloudtrail-events.html",
      "https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_LookupEvents.html",
    ],
  },
  globalEvents: {
    id: "global-events-us-east-1",
    title: "IAM, STS and CloudFront events are in us-east-1",
    explanation:
      "IAM, AWS STS and CloudFront are global services: their events are recorded in US East (N. Virginia), us-east-1. Look up IAM changes (to the logging role, for example) in us-east-1, whatever region the API is in.",
    docs: [
      "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-concepts.html#cloudtrail-concepts-global-service-events",
    ],
  },
} satisfies Record<string, WhereNote>;

const invocationNames = /^(invoke|invokeapi|execute-api|get|post|put|patch|delete|head|options|any)$/i;
const iotDataPlane =
  /^(publish|connect|disconnect|subscribe|unsubscribe|receive|iot:(publish|connect|subscribe|receive))$/i;
const iotListCalls = /^(listthings|listtopicrules)$/i;
const globalSources = /^(iam|sts|cloudfront)\.amazonaws\.com$/i;
const iamLike =
  /^(create|delete|update|put|attach|detach|tag|untag)(role|user|group|policy|rolepolicy|assumerolepolicy|rolepermissionsboundary)|^assumerole/i;

/** Why an event by this name may be missing (the user filtered for it, or asked where it is). */
export function notesForEventName(name: string, source?: string | null): WhereNote[] {
  const notes: WhereNote[] = [];
  if (/^testinvoke(method|authorizer)$/i.test(name)) notes.push(whereNotes.testInvoke);
  if (invocationNames.test(name)) notes.push(whereNotes.apiRequests);
  if (iotDataPlane.test(name)) notes.push(whereNotes.iotDataPlane);
  if (iotListCalls.test(name)) notes.push(whereNotes.iotListCalls);
  if ((source && globalSources.test(source)) || iamLike.test(name)) notes.push(whereNotes.globalEvents);
  return notes;
}

/** Notes for the end of a listing, chosen by what the input held and how it was laid out. */
export function footerNotes(input: { sources: readonly string[]; format: TrailFormat; events: number }): WhereNote[] {
  const sources = input.sources.map((source) => source.toLowerCase());
  const notes: WhereNote[] = [];
  const none = input.events === 0;
  if (none || sources.includes("apigateway.amazonaws.com")) notes.push(whereNotes.apiRequests, whereNotes.testInvoke);
  if (sources.some((source) => source.startsWith("iot"))) notes.push(whereNotes.iotDataPlane, whereNotes.iotListCalls);
  if (sources.some((source) => globalSources.test(source))) notes.push(whereNotes.globalEvents);
  if (input.format === "lookup-events" || none) notes.push(whereNotes.eventHistory90Days);
  return notes;
}
