import { defineCheck } from "../engine/define-check";
import { disableDataTrace } from "./fixes/stage";
import { stages } from "../engine/scopes";

export default defineCheck({
  id: "stage.data-trace-on",
  title: "Full request and response data tracing is off",
  severity: "medium",
  reads: ["apigateway:GetStages", "apigatewayv2:GetStages"],
  docs: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html",
  section: "stage",
  label: "Full request/response data is logged",
  scope: stages("REST", "WEBSOCKET"),
  evaluate: (stage) => {
    const entries = [stage.execution, ...stage.overrides].filter((entry) => entry.dataTrace === true && entry.field);
    if (entries.length === 0) {
      return {
        status: "pass",
        message: `Stage ${stage.name} does not log full request and response data.`,
        evidence: [],
      };
    }
    const where = entries.map((entry) => ("target" in entry ? String(entry.target) : "the whole stage")).join(", ");
    return {
      status: "warn",
      message: `Stage ${stage.name} of ${stage.api.name} logs full request and response data (${where}): it may write sensitive data such as tokens and personal data to CloudWatch; AWS advises against it in production.`,
      evidence: entries.map((entry) => ({ call: stage.call, field: entry.dataTraceField, value: true })),
      fix: disableDataTrace(
        stage,
        stage.overrides.filter((override) => override.dataTrace === true),
        stage.execution.dataTrace === true,
        "Turn off data tracing; use access logs with chosen $context variables instead.",
      ),
    };
  },
});
