import { lintAccessLogFormat, type FormatProblem } from "../access-log";
import { defineCheck } from "../engine/define-check";
import { recommendedFormat, setAccessLogging } from "./support/fixes/access-log";
import { perModel } from "../engine/per-model";
import { stages } from "../engine/scopes";

// Accounts reuse one format on many stages: lint each (API type, format) once per diagnosis.
const lint = perModel<string, FormatProblem[]>();

export default defineCheck({
  id: "stage.access-log-format-invalid",
  title: "The access log format is valid for the API type",
  severity: "high",
  reads: ["apigateway:GetStages", "apigatewayv2:GetStages"],
  docs: "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-variables-for-access-logging.html",
  section: "access",
  label: "The access log format is invalid",
  verdict: { log: "access", effect: "missing" },
  scope: stages("REST", "HTTP", "WEBSOCKET"),
  evaluate: (stage, { model }) => {
    const { destinationArn, format } = stage.accessLog;
    if (!destinationArn) return null;
    const problems = lint(model, `${stage.api.type}\u0000${format ?? ""}`, () => lintAccessLogFormat(format ?? "", stage.api.type));
    const evidence = [{ call: stage.call, field: stage.accessLog.formatField, value: format }];
    if (problems.length === 0) return { status: "pass", message: `The access log format of stage ${stage.name} is valid.`, evidence };

    const errors = problems.filter((p) => p.severity === "error");
    const listed = problems
      .slice(0, 6)
      .map((p) => `${p.message} (line ${p.position.line}, column ${p.position.column})`)
      .join("; ");
    const more = problems.length > 6 ? `; and ${problems.length - 6} more` : "";
    return {
      status: errors.length > 0 ? "fail" : "warn",
      message: `The access log format of stage ${stage.name} of ${stage.api.name} ${errors.length > 0 ? "is invalid" : "has problems"}: ${listed}${more}.`,
      evidence: [
        ...evidence,
        ...problems.slice(0, 10).map((p) => ({ call: stage.call, field: `${stage.accessLog.formatField}[${p.position.offset}]`, value: p.code })),
      ],
      fix: setAccessLogging(stage, destinationArn.replace(/:\*$/, ""), "Use a single-line format with $context.requestId and only variables this API type supports.", recommendedFormat(stage.api.type)),
    };
  },
});
