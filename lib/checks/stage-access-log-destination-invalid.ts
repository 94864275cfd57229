import type { Stage } from "../model/types";
import { defineCheck, unknownOutcome, type Outcome } from "../engine/define-check";
import { keptFormat, setAccessLogging, suggestedAccessLogGroup } from "./fixes/access-log";
import { stages } from "../engine/scopes";

const firehoseArn = /^arn:([a-z-]+):firehose:([a-z0-9-]+):(\d{12}):deliverystream\/(.+)$/;

const title = "The access log destination is a valid log group (or Firehose stream) of this region and account";

export default defineCheck({
  id: "stage.access-log-destination-invalid",
  title,
  severity: "high",
  reads: ["apigateway:GetStages", "apigatewayv2:GetStages", "sts:GetCallerIdentity"],
  docs: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html#apigateway-cloudwatch-log-formats",
  section: "access",
  label: "The access log destination is invalid",
  verdict: { log: "access", effect: "missing" },
  scope: stages("REST", "HTTP", "WEBSOCKET"),
  evaluate: (stage, { model }) => {
    const arn = stage.accessLog.destinationArn;
    if (!arn) return null;
    const evidence = [{ call: stage.call, field: stage.accessLog.destinationField, value: arn }];
    const problem = destinationProblem(stage, arn, model.partition, model.account);
    const suggested = () =>
      `arn:${model.partition}:logs:${stage.region}:${model.account ?? "<account-id>"}:log-group:${suggestedAccessLogGroup(stage)}`;
    const outcome = (status: Outcome["status"], message: string): Outcome =>
      status === "pass"
        ? { status, message, evidence }
        : {
            status,
            message,
            evidence,
            fix: setAccessLogging(
              stage,
              suggested(),
              "Point access logging at the log group's ARN in the stage's own region and account.",
              keptFormat(stage),
            ),
          };
    if (problem)
      return outcome(
        "fail",
        `The access log destination of stage ${stage.name} of ${stage.api.name} is ${JSON.stringify(arn)}: ${problem}`,
      );
    // A trailing ":*" is fine: API Gateway accepts it and stores the ARN without it.
    // Without the scanned account the "same account" half of the rule is unchecked: never a pass on a missing input.
    if (model.callerIdentity.state !== "collected") return unknownOutcome({ title }, model.callerIdentity);
    return outcome(
      "pass",
      `The access log destination of stage ${stage.name} is a valid destination in ${stage.region}.`,
    );
  },
});

function destinationProblem(stage: Stage, arn: string, partition: string, account: string | null): string | null {
  const group = stage.accessLog.logGroup;
  const firehose = group ? null : firehoseArn.exec(arn);
  if (!group && !firehose) {
    return stage.api.type === "REST"
      ? "it is neither a CloudWatch Logs log group ARN nor a Firehose delivery stream ARN."
      : "it is not a CloudWatch Logs log group ARN (the only destination HTTP and WebSocket APIs support).";
  }
  if (firehose && stage.api.type !== "REST") return "Firehose destinations are supported by REST APIs only.";
  if (firehose && !firehose[4].startsWith("amazon-apigateway-")) {
    return `the Firehose stream name ${JSON.stringify(firehose[4])} must start with "amazon-apigateway-".`;
  }
  const [arnPartition, arnRegion, arnAccount] = group
    ? [group.partition, group.region, group.account]
    : [firehose![1], firehose![2], firehose![3]];
  if (arnPartition !== partition) return `it is in partition ${arnPartition}, not ${partition}.`;
  if (arnRegion !== stage.region)
    return `it is in ${arnRegion}, but API Gateway only writes access logs to the stage's own region ${stage.region}.`;
  if (account && arnAccount !== account) return `it is in account ${arnAccount}, not the stage's account ${account}.`;
  return null;
}
