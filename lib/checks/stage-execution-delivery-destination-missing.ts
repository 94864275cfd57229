import type { Evidence } from "../diagnosis/types";
import type { Delivery, Region } from "../model/types";
import { defineCheck, type Outcome } from "../engine/define-check";
import { awsCli } from "./fixes/shell";
import { regionOf } from "./facts/region-of";
import { stages } from "../engine/scopes";
import { deliveryLogGroup, executionDeliveries, firehoseStreamName } from "./facts/stage-destinations";

/** One delivery's destination: "exists", "missing", or why it could not be checked (S3 and others are not checked). */
type Verdict =
  { state: "exists" | "missing"; evidence: Evidence } | { state: "unknown"; evidence: Evidence; why: string } | null;

export default defineCheck({
  id: "stage.execution-delivery-destination-missing",
  title: "The destination of the stage's execution-log delivery exists",
  severity: "high",
  reads: ["cloudwatch-logs:DescribeDeliveries", "cloudwatch-logs:DescribeLogGroups", "firehose:DescribeDeliveryStream"],
  // AWS: execution logs go to the delivery's destination; deleting the delivery makes API Gateway write the managed group again.
  docs: "https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-delete-log-delivery.html",
  section: "stage",
  label: "The execution-log delivery's destination is gone",
  verdict: { log: "execution", effect: "missing" },
  scope: stages("REST", "WEBSOCKET"),
  inputs: (stage, { model }) => [regionOf(model, stage.region).deliveries],
  evaluate: (stage, { model }) => {
    const region = regionOf(model, stage.region);
    const deliveries = executionDeliveries(region, stage) ?? [];
    const verdicts = deliveries
      .map((delivery) => ({ delivery, verdict: destinationVerdict(region, delivery) }))
      .filter((v) => v.verdict !== null);
    if (verdicts.length === 0) return null;
    const missing = verdicts.filter((v) => v.verdict!.state === "missing");
    const evidence = verdicts.map((v) => v.verdict!.evidence);
    if (missing.length > 0) {
      const names = missing.map((v) => v.delivery.destinationArn).join(", ");
      const first = missing[0].delivery;
      return {
        status: "fail",
        message: `Stage ${stage.name} of ${stage.api.name} delivers its execution logs to ${names}, which does not exist: those logs are dropped, and API Gateway does not write the managed group API-Gateway-Execution-Logs_${stage.api.id}/${stage.name} while the delivery exists.`,
        evidence,
        fix: {
          summary:
            "Recreate the destination, or delete the delivery (API Gateway then writes the managed log group again).",
          // The two ways out are alternatives, so the CLI runs one (recreate a log group; else delete the delivery).
          cli:
            recreate(stage.region, first) || awsCli("logs", "delete-delivery", { region: stage.region, id: first.id }),
          console: [
            `Recreate ${names}, or delete the delivery: ${awsCli("logs", "delete-delivery", { region: stage.region, id: first.id })}`,
            `(Console: API Gateway in ${stage.region}, API ${stage.api.name}, Stages → ${stage.name} → Logs and tracing → Log delivery destinations → Delete.)`,
          ],
        },
      } satisfies Outcome;
    }
    const unknown = verdicts.find((v) => v.verdict!.state === "unknown");
    if (unknown && unknown.verdict!.state === "unknown") {
      return {
        status: "unknown",
        message: `Could not check whether the delivery destination ${unknown.delivery.destinationArn} exists: ${unknown.verdict!.why}.`,
        evidence,
      };
    }
    return {
      status: "pass",
      message: `The destination of every execution-log delivery of stage ${stage.name} exists.`,
      evidence,
    };
  },
});

function destinationVerdict(region: Region, delivery: Delivery): Verdict {
  const group = deliveryLogGroup(delivery);
  if (group) {
    // Another region's or account's groups are not in this region's listings.
    if (group.region !== region.name) return null;
    const lookup = region.logGroups.lookup(group.name);
    if (lookup.state === "exists")
      return { state: "exists", evidence: { call: lookup.call, field: "logGroups[].logGroupName", value: group.name } };
    if (lookup.state === "absent")
      return {
        state: "missing",
        evidence: {
          call: lookup.call,
          field: `logGroups (prefix ${JSON.stringify(lookup.prefix)})`,
          value: `no ${group.name}`,
        },
      };
    if (lookup.state === "error")
      return {
        state: "unknown",
        why: `${lookup.call} failed with ${lookup.error.name}: ${lookup.error.message}`,
        evidence: { call: lookup.call, field: "error", value: `${lookup.error.name}: ${lookup.error.message}` },
      };
    return {
      state: "unknown",
      why: `${lookup.call} for ${group.name} was not collected`,
      evidence: { call: lookup.call, field: "(call)", value: "not collected" },
    };
  }
  const stream = firehoseStreamName(delivery.destinationArn);
  if (!stream) return null;
  const described = region.firehoseStreams.get(stream);
  const call = "firehose:DescribeDeliveryStream";
  if (!described || described.state === "not-collected")
    return {
      state: "unknown",
      why: `${call} for ${stream} was not collected`,
      evidence: { call, field: "(call)", value: "not collected" },
    };
  if (described.state === "error")
    return {
      state: "unknown",
      why: `${call} failed with ${described.error.name}: ${described.error.message}`,
      evidence: { call, field: "error", value: `${described.error.name}: ${described.error.message}` },
    };
  if (described.value === null)
    return { state: "missing", evidence: { call, field: "error", value: `ResourceNotFoundException: ${stream}` } };
  return {
    state: "exists",
    evidence: { call, field: "DeliveryStreamDescription.DeliveryStreamStatus", value: described.value.status },
  };
}

function recreate(region: string, delivery: Delivery): string {
  const group = deliveryLogGroup(delivery);
  return group ? awsCli("logs", "create-log-group", { region, "log-group-name": group.name }) : "";
}
