import { defineCheck } from "../engine/define-check";
import { stages } from "../engine/scopes";
import { accessLogGroup } from "./facts/stage-destinations";
import { executionLogGroupName, executionLoggingOn } from "./facts/stage-facts";

export default defineCheck({
  id: "stage.canary-logs-elsewhere",
  title: "Canary requests are logged to the stage's own log groups",
  severity: "info",
  reads: ["apigateway:GetStages"],
  // AWS: a canary logs to API-Gateway-Execution-Logs_<id>/<stage>/Canary, and its access logs to <group>/Canary.
  docs: "https://docs.aws.amazon.com/apigateway/latest/developerguide/canary-release.html",
  section: "stage",
  label: "Canary requests log to /Canary groups",
  scope: stages("REST"),
  evaluate: (stage) => {
    const evidence = [{ call: stage.call, field: "canarySettings", value: stage.canarySettings }];
    if (!stage.canarySettings)
      return {
        status: "pass",
        message: `Stage ${stage.name} has no canary: all its requests log to the stage's own groups.`,
        evidence,
      };
    const percent =
      typeof stage.canarySettings.percentTraffic === "number"
        ? ` (${stage.canarySettings.percentTraffic}% of requests)`
        : "";
    const places = [
      ...(executionLoggingOn(stage) ? [`execution logs in ${executionLogGroupName(stage)}/Canary`] : []),
      ...(accessLogGroup(stage) ? [`access logs in ${accessLogGroup(stage)}/Canary`] : []),
    ];
    return {
      status: "info",
      message: `Stage ${stage.name} of ${stage.api.name} has a canary${percent}: canary requests are also logged to their own groups${places.length > 0 ? ` — ${places.join(", ")}` : ""}. Look there for requests the canary served.`,
      evidence,
      fix: {
        summary:
          "Nothing to fix: search the /Canary log groups too, or promote or remove the canary when the test is over.",
        console: [
          `Open CloudWatch → Log groups in ${stage.region} and search for ${executionLogGroupName(stage)}/Canary.`,
        ],
      },
    };
  },
});
