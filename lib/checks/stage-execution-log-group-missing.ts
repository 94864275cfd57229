import type { Stage } from "../model/types";
import { defineCheck } from "../engine/define-check";
import { awsCli } from "./fixes/shell";
import { openStage } from "./fixes/update-stage";
import { regionOf } from "./facts/region-of";
import { stages } from "../engine/scopes";
import { executionDeliveries } from "./facts/stage-destinations";
import { executionLogGroupName, executionLoggingOn } from "./facts/stage-facts";

export default defineCheck({
  id: "stage.execution-log-group-missing",
  title: "The stage's execution log group exists",
  severity: "medium",
  reads: ["cloudwatch-logs:DescribeLogGroups", "cloudwatch-logs:DescribeDeliveries"],
  // AWS: do not delete API Gateway's log groups by hand; the next request does not recreate one, a redeployment does.
  docs: "https://docs.aws.amazon.com/apigateway/latest/developerguide/view-cloudwatch-log-events-in-cloudwatch-console.html",
  section: "stage",
  label: "The execution log group does not exist",
  verdict: { log: "execution", effect: "cause" },
  scope: stages("REST", "WEBSOCKET"),
  evaluate: (stage, { model }) => {
    if (!executionLoggingOn(stage)) return null;
    const region = regionOf(model, stage.region);
    const deliveries = executionDeliveries(region, stage);
    // While a delivery exists API Gateway does not write the managed group: its absence is expected then.
    if (deliveries && deliveries.length > 0) return null;
    const group = executionLogGroupName(stage);
    const lookup = region.logGroups.lookup(group);
    if (lookup.state === "not-collected") {
      return {
        status: "unknown",
        message: `Could not check whether the log group ${group} exists: cloudwatch-logs:DescribeLogGroups for it was not collected.`,
        evidence: [{ call: "cloudwatch-logs:DescribeLogGroups", field: "(call)", value: "not collected" }],
      };
    }
    if (lookup.state === "error") {
      return {
        status: "unknown",
        message: `Could not check whether the log group ${group} exists: ${lookup.call} failed with ${lookup.error.name}: ${lookup.error.message}.`,
        evidence: [{ call: lookup.call, field: "error", value: `${lookup.error.name}: ${lookup.error.message}` }],
      };
    }
    if (lookup.state === "exists") {
      return {
        status: "pass",
        message: `The execution log group ${group} exists.`,
        evidence: [{ call: lookup.call, field: "logGroups[].logGroupName", value: group }],
      };
    }
    const deliveriesRead = deliveries !== null;
    return {
      status: "warn",
      message: `Execution logging is on for stage ${stage.name} of ${stage.api.name}, but the log group ${group} does not exist in ${stage.region}: it was deleted by hand, or API Gateway cannot write (see the role checks). The next request does not recreate a deleted group.${deliveriesRead ? "" : " (Deliveries were not read: if one routes these logs elsewhere, the group is not used.)"}`,
      evidence: [
        { call: lookup.call, field: `logGroups (prefix ${JSON.stringify(lookup.prefix)})`, value: `no ${group}` },
        {
          call: "cloudwatch-logs:DescribeDeliveries",
          field: "deliveries (EXECUTION_LOGS of this stage)",
          value: deliveriesRead ? [] : "not collected",
        },
      ],
      fix: {
        summary:
          "Delete what is left of the log group and redeploy the stage (a new deployment makes API Gateway set its log group up again); if it still does not appear, fix the role findings.",
        cli: [
          awsCli("logs", "delete-log-group", { region: stage.region, "log-group-name": group }),
          redeploy(stage),
        ].join("\n"),
        console: [
          `Open CloudWatch → Log groups in ${stage.region}; delete ${group} if it is listed.`,
          openStage(stage, " → Deploy API (to this stage)"),
        ],
      },
    };
  },
});

function redeploy(stage: Stage): string {
  return stage.api.type === "REST"
    ? awsCli("apigateway", "create-deployment", {
        region: stage.region,
        "rest-api-id": stage.api.id,
        "stage-name": stage.name,
      })
    : awsCli("apigatewayv2", "create-deployment", {
        region: stage.region,
        "api-id": stage.api.id,
        "stage-name": stage.name,
      });
}
