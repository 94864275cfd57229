import { describeEntries, entryEvidence } from "../cloudtrail/entry-text";
import { revertAccountRole, revertStage } from "./support/fixes/history";
import type { TimelineEntry } from "../cloudtrail/types";
import { defineCheck, type Outcome } from "../engine/define-check";
import { regions } from "../engine/scopes";

export default defineCheck({
  id: "cloudtrail.logging-changed",
  title: "No recent change turned logging off or changed the logging role",
  severity: "medium",
  reads: ["cloudtrail:LookupEvents"],
  docs: "https://docs.aws.amazon.com/apigateway/latest/developerguide/cloudtrail.html",
  section: "history",
  label: "Someone changed the logging settings",
  scope: regions,
  inputs: (region) => [region.apiGatewayChanges],
  evaluate: (region, { model }) => {
    if (region.apiGatewayChanges.state !== "collected") return null;
    const history = region.apiGatewayChanges.value;
    const outcomes: Outcome[] = [];
    if (history.account.length > 0) {
      outcomes.push({
        ...changed(history.account, `the account's CloudWatch Logs role setting in ${region.name}`),
        fix: revertAccountRole(region.name, model.partition, model.account, history.account),
      });
    }
    for (const stage of history.stages) {
      outcomes.push({
        ...changed(stage.entries, `stage ${stage.stage} of ${stage.api.name} (${stage.api.id})`),
        api: stage.api,
        stage: stage.stage,
        fix: revertStage(region.name, model.account, stage),
      });
    }
    if (outcomes.length > 0) return outcomes;
    const count = history.events;
    return {
      status: "pass",
      message: `None of the ${count} API Gateway events CloudTrail returned for ${region.name} changed logging settings of a scanned stage or the account's role (event history keeps 90 days).`,
      evidence: [{ call: "cloudtrail:LookupEvents", field: "Events", value: `${count} events, none changed logging` }],
    };
  },
});

function changed(entries: TimelineEntry[], what: string): Outcome {
  const warn = entries.some((entry) => entry.level === "warn");
  const count = entries.length === 1 ? "one change" : `${entries.length} changes`;
  const verdict = warn ? "can explain missing logs (logging turned off or removed, or the role changed)" : "changed logging without turning it off";
  return {
    status: warn ? "warn" : "info",
    message: `CloudTrail shows ${count} to ${what} that ${verdict}: ${describeEntries(entries)}.`,
    evidence: entries.map((entry) => entryEvidence(entry)),
  };
}
