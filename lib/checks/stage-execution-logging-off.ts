import type { Stage } from "../model/types";
import { defineCheck, type Outcome } from "../engine/define-check";
import { setStageLoggingLevel } from "./fixes/stage";
import { apisAndUnreadableListings, apiRef } from "../engine/scopes";
import { onlyOverridesLog } from "./facts/stage-facts";

export default defineCheck({
  id: "stage.execution-logging-off",
  title: "Stage execution logging is on",
  severity: "high",
  reads: ["apigateway:GetRestApis", "apigateway:GetStages", "apigatewayv2:GetApis", "apigatewayv2:GetStages"],
  docs: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html",
  section: "stage",
  label: "Execution logging is off",
  verdict: { log: "execution", effect: "missing" },
  // Every API type: an unreadable API listing or GetStages is reported here once, for the API (stage null).
  scope: apisAndUnreadableListings("REST", "HTTP", "WEBSOCKET"),
  inputs: (subject) => [subject.kind === "api" ? subject.api.stages : subject.listing],
  evaluate: (subject) => {
    if (subject.kind !== "api" || subject.api.type === "HTTP" || subject.api.stages.state !== "collected") return null;
    return subject.api.stages.value.map((stage) =>
      Object.assign(evaluateStage(stage), { api: apiRef(stage.api), stage: stage.name }),
    );
  },
});

function evaluateStage(stage: Stage): Outcome {
  const { level, rawLevel, field } = stage.execution;
  const evidence = [
    {
      call: stage.call,
      field: field
        ? stage.execution.levelField
        : stage.api.type === "REST"
          ? 'methodSettings["*/*"]'
          : "DefaultRouteSettings",
      value: field ? (rawLevel ?? null) : null,
    },
  ];
  if (level === "ERROR" || level === "INFO") {
    return {
      status: "pass",
      message: `Stage ${stage.name} of ${stage.api.name} logs execution at ${level}.`,
      evidence,
    };
  }
  const setting = level === "OFF" ? "OFF" : "not set (so it is off)";
  const exception = onlyOverridesLog(stage)
    ? " Only the methods or routes whose overrides turn it on write execution logs."
    : "";
  return {
    status: "fail",
    message: `Stage ${stage.name} of ${stage.api.name} has execution logging ${setting}.${exception}`,
    evidence,
    fix: setStageLoggingLevel(
      stage,
      "INFO",
      `Set the stage's execution logging level to INFO (or ERROR for errors only).`,
    ),
  };
}
