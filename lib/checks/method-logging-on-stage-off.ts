import { defineCheck } from "../engine/define-check";
import { setStageLoggingLevel } from "./fixes/stage";
import { overrideKind, overrideOutcomes } from "./facts/override-outcomes";
import { stages } from "../engine/scopes";
import { stageLevelOn } from "./facts/stage-facts";

export default defineCheck({
  id: "method.logging-on-stage-off",
  title: "Overrides that log while the stage does not",
  severity: "low",
  reads: ["apigateway:GetStages", "apigatewayv2:GetStages"],
  docs: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html",
  section: "overrides",
  label: "Only some methods log",
  verdict: { log: "execution", effect: "partial" },
  scope: stages("REST", "WEBSOCKET"),
  evaluate: (stage) => {
    if (stageLevelOn(stage)) return null;
    return overrideOutcomes(
      stage,
      (override) => override.level === "ERROR" || override.level === "INFO",
      (override) => ({
        status: "info",
        message: `The ${overrideKind(stage)} override ${override.target} on stage ${stage.name} of ${stage.api.name} logs at ${override.level} while the stage's logging is off: only the overridden ${overrideKind(stage)}s write execution logs.`,
        fix: setStageLoggingLevel(
          stage,
          "INFO",
          "Turn on logging for the whole stage if every request should be logged.",
        ),
      }),
      `No ${overrideKind(stage)} override on stage ${stage.name} logs on its own.`,
    );
  },
});
