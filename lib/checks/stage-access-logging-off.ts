import { defineCheck } from "../engine/define-check";
import { keptFormat, setAccessLogging, suggestedAccessLogGroup } from "./fixes/access-log";
import { stages } from "../engine/scopes";
import { regionOf } from "./facts/region-of";

export default defineCheck({
  id: "stage.access-logging-off",
  title: "Access logging is on",
  severity: "high",
  reads: ["apigateway:GetStages", "apigatewayv2:GetStages"],
  docs: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html",
  section: "access",
  label: "Access logging is off",
  verdict: { log: "access", effect: "missing" },
  // An unreadable listing or GetStages is reported once, by stage.execution-logging-off.
  scope: stages("REST", "HTTP", "WEBSOCKET"),
  evaluate: (stage, { model }) => {
    const { destinationArn } = stage.accessLog;
    const evidence = [{ call: stage.call, field: stage.accessLog.destinationField, value: destinationArn }];
    if (destinationArn)
      return { status: "pass", message: `Stage ${stage.name} sends access logs to ${destinationArn}.`, evidence };
    const http = stage.api.type === "HTTP";
    const group = suggestedAccessLogGroup(stage);
    const arn = `arn:${model.partition}:logs:${stage.region}:${model.account ?? "<account-id>"}:log-group:${group}`;
    return {
      status: http ? "fail" : "warn",
      message: http
        ? `HTTP API stage ${stage.name} of ${stage.api.name} has no access log destination, and HTTP APIs have no execution logs: nothing about its requests is logged.`
        : `Stage ${stage.name} of ${stage.api.name} has no access logging: there is no per-request record of callers, status codes and latency (execution logs do not replace it).`,
      evidence,
      // The suggested group may exist already (an earlier attempt): creating it again would stop a pasted script.
      fix: setAccessLogging(
        stage,
        arn,
        `Turn on access logging to a CloudWatch log group (e.g. ${group}).`,
        keptFormat(stage),
        {
          createGroup: regionOf(model, stage.region).logGroups.lookup(group).state !== "exists",
        },
      ),
    };
  },
});
