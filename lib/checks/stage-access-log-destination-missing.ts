import { defineCheck } from "../engine/define-check";
import { keptFormat, setAccessLogging } from "./support/fixes/access-log";
import { stages } from "../engine/scopes";
import { regionOf } from "./support/region-of";

export default defineCheck({
  id: "stage.access-log-destination-missing",
  title: "The access log destination log group exists",
  severity: "high",
  reads: ["cloudwatch-logs:DescribeLogGroups"],
  docs: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html",
  section: "access",
  label: "The access log group does not exist",
  verdict: { log: "access", effect: "missing" },
  scope: stages("REST", "HTTP", "WEBSOCKET"),
  evaluate: (stage, { model }) => {
    const arn = stage.accessLog.destinationArn;
    const parsed = stage.accessLog.logGroup;
    // The capture's listings are of the scanned account and the stage's region; another one's groups are not in them.
    if (!arn || !parsed || parsed.region !== stage.region || (model.account !== null && parsed.account !== model.account)) return null;
    const lookup = regionOf(model, stage.region).logGroups.lookup(parsed.name);
    if (lookup.state === "not-collected" || lookup.state === "error") {
      const why = lookup.state === "error" ? `${lookup.call} failed with ${lookup.error.name}: ${lookup.error.message}` : `${lookup.call} for it was not collected`;
      return {
        status: "unknown",
        message: `Could not check whether the access log group ${parsed.name} exists: ${why}.`,
        evidence: [{ call: lookup.call, field: lookup.state === "error" ? "error" : "(call)", value: lookup.state === "error" ? `${lookup.error.name}: ${lookup.error.message}` : "not collected" }],
      };
    }
    if (lookup.state === "exists") {
      return { status: "pass", message: `The access log group ${parsed.name} exists.`, evidence: [{ call: lookup.call, field: "logGroups[].logGroupName", value: parsed.name }] };
    }
    return {
      status: "fail",
      message: `Stage ${stage.name} of ${stage.api.name} sends access logs to the log group ${parsed.name}, which does not exist in ${stage.region}: API Gateway does not create access log groups, so these logs are dropped.`,
      evidence: [
        { call: stage.call, field: stage.accessLog.destinationField, value: arn },
        { call: lookup.call, field: `logGroups (prefix ${JSON.stringify(lookup.prefix)})`, value: `no ${parsed.name}` },
      ],
      fix: setAccessLogging(stage, arn.replace(/:\*$/, ""), `Create the log group ${parsed.name} in ${stage.region}.`, keptFormat(stage)),
    };
  },
});
