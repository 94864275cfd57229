import { defineCheck } from "../engine/define-check";
import { setStageLoggingLevel } from "./fixes/stage";
import { stages } from "../engine/scopes";

export default defineCheck({
  id: "stage.execution-logging-errors-only",
  title: "Stage execution logging records successful requests too",
  severity: "medium",
  reads: ["apigateway:GetStages", "apigatewayv2:GetStages"],
  docs: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html",
  section: "stage",
  label: "Only errors are logged",
  verdict: { log: "execution", effect: "partial" },
  scope: stages("REST", "WEBSOCKET"),
  evaluate: (stage) => {
    const { level } = stage.execution;
    if (level !== "ERROR" && level !== "INFO") return null;
    const evidence = [{ call: stage.call, field: stage.execution.levelField, value: level }];
    if (level === "INFO")
      return { status: "pass", message: `Stage ${stage.name} logs every request (INFO).`, evidence };
    return {
      status: "warn",
      message: `Stage ${stage.name} of ${stage.api.name} logs execution at ERROR only: successful ${stage.api.type === "WEBSOCKET" ? "messages" : "requests"} are not logged.`,
      evidence,
      fix: setStageLoggingLevel(stage, "INFO", "Set the execution logging level to INFO to log every request."),
    };
  },
});
