import { defineCheck } from "../engine/define-check";
import { stages } from "../engine/scopes";
import { executionLogGroupName, executionLoggingOn } from "./support/stage-facts";
import { awsCli } from "./support/fixes/shell";
import { regionOf } from "./support/region-of";

export default defineCheck({
  id: "stage.execution-log-group-missing",
  title: "The stage's execution log group exists",
  severity: "medium",
  reads: ["cloudwatch-logs:DescribeLogGroups"],
  docs: "https://docs.aws.amazon.com/apigateway/latest/developerguide/view-cloudwatch-log-events-in-cloudwatch-console.html",
  section: "stage",
  label: "The execution log group does not exist",
  verdict: { log: "execution", effect: "cause" },
  scope: stages("REST", "WEBSOCKET"),
  evaluate: (stage, { model }) => {
    if (!executionLoggingOn(stage)) return null;
    const region = regionOf(model, stage.region);
    const group = executionLogGroupName(stage);
    const lookup = region?.logGroups.lookup(group);
    if (!lookup || lookup.state === "not-collected") {
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
      return { status: "pass", message: `The execution log group ${group} exists.`, evidence: [{ call: lookup.call, field: "logGroups[].logGroupName", value: group }] };
    }
    return {
      status: "warn",
      message: `Execution logging is on for stage ${stage.name} of ${stage.api.name}, but the log group ${group} does not exist in ${stage.region}: the stage has had no traffic yet, the group was deleted by hand, or API Gateway cannot write (see the role checks).`,
      evidence: [{ call: lookup.call, field: `logGroups (prefix ${JSON.stringify(lookup.prefix)})`, value: `no ${group}` }],
      fix: {
        summary: "Send a request to the stage and look again; if the group still does not appear, fix the role findings. If it was deleted by hand, API Gateway recreates it on the next request when the role may create log groups.",
        cli: awsCli("logs", "describe-log-groups", { region: stage.region, "log-group-name-prefix": group }),
        console: [`Open CloudWatch → Log groups in ${stage.region} and search for ${group}.`],
      },
    };
  },
});
