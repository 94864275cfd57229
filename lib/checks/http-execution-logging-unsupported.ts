import { defineCheck } from "../engine/define-check";
import { stages } from "../engine/scopes";

export default defineCheck({
  id: "http.execution-logging-unsupported",
  title: "HTTP API stages do not rely on execution logging",
  severity: "info",
  reads: ["apigatewayv2:GetStages"],
  docs: "https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-logging.html",
  section: "stage",
  label: "HTTP APIs have no execution logs",
  scope: stages("HTTP"),
  evaluate: (stage) => {
    const entries = [stage.execution, ...stage.overrides].filter(
      (entry) => entry.field && ((entry.rawLevel !== undefined && entry.rawLevel !== null) || entry.dataTrace === true),
    );
    if (entries.length === 0)
      return {
        status: "pass",
        message: `HTTP API stage ${stage.name} sets no execution logging options.`,
        evidence: [],
      };
    return {
      status: "info",
      message: `HTTP API stage ${stage.name} of ${stage.api.name} sets LoggingLevel or DataTraceEnabled, but HTTP APIs have no execution logs: only access logs record their requests.`,
      evidence: entries.map((entry) => ({
        call: stage.call,
        field: entry.rawLevel !== undefined ? entry.levelField : entry.dataTraceField,
        value: entry.rawLevel ?? entry.dataTrace,
      })),
      fix: {
        summary:
          "Use access logging (with $context.integrationErrorMessage and $context.error.message) to see what HTTP API requests did.",
      },
    };
  },
});
