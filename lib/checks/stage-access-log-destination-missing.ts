import { defineCheck } from "../engine/define-check";
import { keptFormat, setAccessLogging } from "./fixes/access-log";
import { stages } from "../engine/scopes";
import { regionOf } from "./facts/region-of";
import { firehoseStreamName } from "./facts/stage-destinations";
import type { Model, Stage } from "../model/types";
import type { Outcome } from "../engine/define-check";

export default defineCheck({
  id: "stage.access-log-destination-missing",
  title: "The access log destination log group exists",
  severity: "high",
  reads: ["cloudwatch-logs:DescribeLogGroups", "firehose:DescribeDeliveryStream"],
  docs: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html",
  section: "access",
  label: "The access log group does not exist",
  verdict: { log: "access", effect: "missing" },
  scope: stages("REST", "HTTP", "WEBSOCKET"),
  evaluate: (stage, { model }) => {
    const arn = stage.accessLog.destinationArn;
    const parsed = stage.accessLog.logGroup;
    if (arn && !parsed) return firehoseOutcome(stage, model, arn);
    // The capture's listings are of the scanned account and the stage's region; another one's groups are not in them.
    if (
      !arn ||
      !parsed ||
      parsed.region !== stage.region ||
      (model.account !== null && parsed.account !== model.account)
    )
      return null;
    const lookup = regionOf(model, stage.region).logGroups.lookup(parsed.name);
    if (lookup.state === "not-collected" || lookup.state === "error") {
      const why =
        lookup.state === "error"
          ? `${lookup.call} failed with ${lookup.error.name}: ${lookup.error.message}`
          : `${lookup.call} for it was not collected`;
      return {
        status: "unknown",
        message: `Could not check whether the access log group ${parsed.name} exists: ${why}.`,
        evidence: [
          {
            call: lookup.call,
            field: lookup.state === "error" ? "error" : "(call)",
            value: lookup.state === "error" ? `${lookup.error.name}: ${lookup.error.message}` : "not collected",
          },
        ],
      };
    }
    if (lookup.state === "exists") {
      return {
        status: "pass",
        message: `The access log group ${parsed.name} exists.`,
        evidence: [{ call: lookup.call, field: "logGroups[].logGroupName", value: parsed.name }],
      };
    }
    return {
      status: "fail",
      message: `Stage ${stage.name} of ${stage.api.name} sends access logs to the log group ${parsed.name}, which does not exist in ${stage.region}: API Gateway does not create access log groups, so these logs are dropped.`,
      evidence: [
        { call: stage.call, field: stage.accessLog.destinationField, value: arn },
        { call: lookup.call, field: `logGroups (prefix ${JSON.stringify(lookup.prefix)})`, value: `no ${parsed.name}` },
      ],
      fix: setAccessLogging(
        stage,
        arn.replace(/:\*$/, ""),
        `Create the log group ${parsed.name} in ${stage.region}.`,
        keptFormat(stage),
      ),
    };
  },
});

/** A REST stage's Firehose destination in its own region and account: DescribeDeliveryStream says whether it exists. */
function firehoseOutcome(stage: Stage, model: Model, arn: string): Outcome | null {
  const name = firehoseStreamName(arn);
  const [, , , arnRegion, arnAccount] = arn.split(":");
  if (!name || arnRegion !== stage.region || (model.account !== null && arnAccount !== model.account)) return null;
  const described = regionOf(model, stage.region).firehoseStreams.get(name);
  const call = "firehose:DescribeDeliveryStream";
  if (!described || described.state !== "collected") {
    const value =
      described?.state === "error" ? `${described.error.name}: ${described.error.message}` : "not collected";
    return {
      status: "unknown",
      message: `Could not check whether the Firehose stream ${name} exists: ${call} ${described?.state === "error" ? `failed with ${value}` : "for it was not collected"}.`,
      evidence: [{ call, field: described?.state === "error" ? "error" : "(call)", value }],
    };
  }
  if (described.value !== null) {
    return {
      status: "pass",
      message: `The Firehose stream ${name} exists.`,
      evidence: [{ call, field: "DeliveryStreamDescription.DeliveryStreamStatus", value: described.value.status }],
    };
  }
  return {
    status: "fail",
    message: `Stage ${stage.name} of ${stage.api.name} sends access logs to the Firehose stream ${name}, which does not exist in ${stage.region} (ResourceNotFoundException): these logs are dropped.`,
    evidence: [
      { call: stage.call, field: stage.accessLog.destinationField, value: arn },
      { call, field: "error", value: "ResourceNotFoundException" },
    ],
    fix: {
      summary: `Recreate the Firehose stream ${name} (its name must start with amazon-apigateway-), or point access logging at a log group.`,
      console: [
        `Open Amazon Data Firehose in ${stage.region} and create the stream ${name} (source: Direct PUT).`,
        `Or set the stage's access log destination to a CloudWatch Logs group in ${stage.region}.`,
      ],
    },
  };
}
