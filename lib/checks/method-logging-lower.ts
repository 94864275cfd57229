import { defineCheck } from "../engine/define-check";
import { setOverrideLevel } from "./fixes/stage";
import { overrideKind, overrideOutcomes } from "./facts/override-outcomes";
import { stages } from "../engine/scopes";

export default defineCheck({
  id: "method.logging-lower",
  title: "No method or route override logs less than the stage",
  severity: "medium",
  reads: ["apigateway:GetStages", "apigatewayv2:GetStages"],
  docs: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html",
  section: "overrides",
  label: "A method override logs less than the stage",
  verdict: { log: "execution", effect: "partial" },
  scope: stages("REST", "WEBSOCKET"),
  evaluate: (stage) => {
    if (stage.execution.level !== "INFO") return null;
    return overrideOutcomes(
      stage,
      (override) => override.level === "ERROR",
      (override) => ({
        status: "warn",
        message: `The ${overrideKind(stage)} override ${override.target} on stage ${stage.name} of ${stage.api.name} logs at ERROR while the stage logs at INFO: its successful requests are not logged.`,
        fix: setOverrideLevel(stage, override, "INFO", `Set the override of ${override.target} to INFO, or remove it.`),
      }),
      `No ${overrideKind(stage)} override on stage ${stage.name} lowers the INFO level.`,
    );
  },
});
