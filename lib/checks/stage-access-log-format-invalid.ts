import { lintAccessLogFormat, type FormatProblem } from "../access-log";
import { repairAccessLogFormat } from "../access-log/repair";
import type { Fix } from "../diagnosis/types";
import { defineCheck } from "../engine/define-check";
import { perModel } from "../engine/per-model";
import { stages } from "../engine/scopes";
import type { Stage } from "../model/types";
import { recommendedFormat, setAccessLogFormat } from "./fixes/access-log";
import { openStage } from "./fixes/update-stage";

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
    const problems = lint(model, `${stage.api.type}\u0000${format ?? ""}`, () =>
      lintAccessLogFormat(format ?? "", stage.api.type),
    );
    const evidence = [{ call: stage.call, field: stage.accessLog.formatField, value: format }];
    if (problems.length === 0)
      return { status: "pass", message: `The access log format of stage ${stage.name} is valid.`, evidence };

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
        ...problems.slice(0, 10).map((p) => ({
          call: stage.call,
          field: `${stage.accessLog.formatField}[${p.position.offset}]`,
          value: p.code,
        })),
      ],
      fix: formatFix(stage, destinationArn.replace(/:\*$/, ""), format ?? "", problems),
    };
  },
});

/** The user's own format with only what is wrong changed; a fresh one only when theirs is empty; else by hand. */
function formatFix(stage: Stage, destinationArn: string, format: string, problems: FormatProblem[]): Fix {
  if (format.trim() === "")
    return setAccessLogFormat(
      stage,
      destinationArn,
      "Set a single-line format with $context.requestId.",
      recommendedFormat(stage.api.type),
    );
  const repaired = repairAccessLogFormat(format, stage.api.type, problems);
  if (repaired.format !== null)
    return setAccessLogFormat(
      stage,
      destinationArn,
      `Keep your format and change only what is wrong: ${repaired.changes.join("; ")}.`,
      repaired.format,
    );
  return {
    summary: `Edit the format by hand (a command would have to drop your fields): ${problems
      .map((p) => p.message)
      .slice(0, 3)
      .join(" ")} A format that works for ${stage.api.type} APIs, to start from: ${recommendedFormat(stage.api.type)}`,
    console: [
      openStage(stage, stage.api.type === "REST" ? " → Logs and tracing → Edit" : " → Logging"),
      "Edit the access log format: make it a single line, valid JSON if it is JSON, and within the size limit; keep $context.requestId.",
    ],
  };
}
