import { defineCheck } from "../engine/define-check";
import { setOverrideLevel } from "./fixes/stage";
import { overrideKind, overrideOutcomes } from "./facts/override-outcomes";
import { stages } from "../engine/scopes";
import { stageLevelOn } from "./facts/stage-facts";

export default defineCheck({
  id: "method.logging-unset",
  title: "Every method or route override states its logging level",
  severity: "medium",
  reads: ["apigateway:GetStages", "apigatewayv2:GetStages"],
  docs: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html",
  section: "overrides",
  label: "A method override has no logging level",
  verdict: { log: "execution", effect: "partial" },
  scope: stages("REST", "WEBSOCKET"),
  evaluate: (stage) => {
    if (!stageLevelOn(stage)) return null;
    const level = stage.execution.level ?? "INFO";
    return overrideOutcomes(
      stage,
      (override) => override.level === null,
      (override) => ({
        status: "warn",
        message: `The ${overrideKind(stage)} override ${override.target} on stage ${stage.name} of ${stage.api.name} sets no logging level; API Gateway does not reliably inherit the stage's ${level} into overrides, so it may not be logged.`,
        fix: setOverrideLevel(
          stage,
          override,
          level,
          `Set the logging level of ${override.target} explicitly to ${level}.`,
        ),
      }),
      `Every ${overrideKind(stage)} override on stage ${stage.name} states its logging level.`,
    );
  },
});
