import { defineCheck } from "../engine/define-check";
import { setOverrideLevel } from "./fixes/stage";
import { overrideKind, overrideOutcomes } from "./facts/override-outcomes";
import { stages } from "../engine/scopes";
import { stageLevelOn } from "./facts/stage-facts";

export default defineCheck({
  id: "method.logging-off",
  title: "No method or route override turns execution logging off",
  severity: "high",
  reads: ["apigateway:GetStages", "apigatewayv2:GetStages"],
  docs: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html",
  section: "overrides",
  label: "A method override turns logging off",
  verdict: { log: "execution", effect: "partial" },
  scope: stages("REST", "WEBSOCKET"),
  evaluate: (stage) => {
    if (!stageLevelOn(stage)) return null;
    const level = stage.execution.level ?? "INFO";
    return overrideOutcomes(
      stage,
      (override) => override.level === "OFF",
      (override) => ({
        status: "fail",
        message: `The ${overrideKind(stage)} override ${override.target} on stage ${stage.name} of ${stage.api.name} sets logging OFF while the stage logs at ${level}, so its requests never reach the execution logs.`,
        fix: setOverrideLevel(
          stage,
          override,
          level,
          `Set the override of ${override.target} to ${level}, or remove it.`,
        ),
      }),
      `No ${overrideKind(stage)} override on stage ${stage.name} turns execution logging off.`,
    );
  },
});
