import { describeMissing } from "../model/source";
import { describeEntries, entryEvidence } from "../cloudtrail/entry-text";
import { revertAccountRole, revertStage } from "./fixes/history";
import type { TimelineEntry } from "../cloudtrail/types";
import { defineCheck, type Outcome } from "../engine/define-check";
import { regions } from "../engine/scopes";
import { lazyUngrantedStages, weighPolicyPut } from "./facts/history-grants";

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
  evaluate: (region, ctx) => {
    const { model } = ctx;
    if (region.apiGatewayChanges.state !== "collected") return null;
    const history = region.apiGatewayChanges.value;
    const outcomes: Outcome[] = [];
    if (history.account.length > 0) {
      outcomes.push({
        ...changed(history.account, `the account's CloudWatch Logs role setting in ${region.name}`),
        fix: revertAccountRole(region.name, model.partition, model.account, history.account),
      });
    }
    const ungranted = lazyUngrantedStages(region, ctx);
    for (const found of history.stages) {
      const stage = { ...found, entries: found.entries.map((entry) => weighPolicyPut(entry, found, ungranted)) };
      outcomes.push({
        ...changed(stage.entries, `stage ${stage.stage} of ${stage.api.name} (${stage.api.id})`),
        api: stage.api,
        stage: stage.stage,
        fix: revertStage(region.name, model.account, stage),
      });
    }
    if (outcomes.length > 0) return outcomes;
    const count = history.events;
    const logs = history.logs;
    const logsSide =
      logs.state === "collected"
        ? ` nor did any of the ${logs.value} CloudWatch Logs events delete or change a log group, delivery or resource policy they use`
        : `; CloudWatch Logs-side events were not read (${describeMissing(logs)}), so deleted log groups, deliveries and resource policies cannot be seen`;
    return {
      status: "pass",
      message: `None of the ${count} API Gateway events CloudTrail returned for ${region.name} changed logging settings of a scanned stage or the account's role${logsSide} (event history keeps 90 days).`,
      evidence: [
        { call: "cloudtrail:LookupEvents", field: "Events", value: `${count} events, none changed logging` },
        {
          call: "cloudtrail:LookupEvents",
          field: "Events (EventSource logs.amazonaws.com)",
          value: logs.state === "collected" ? `${logs.value} events, none touched a scanned stage's logs` : logs.state,
        },
      ],
    };
  },
});

function changed(entries: TimelineEntry[], what: string): Outcome {
  const warn = entries.some((entry) => entry.level === "warn");
  const count = entries.length === 1 ? "one change" : `${entries.length} changes`;
  const verdict = warn
    ? "can explain missing logs (logging turned off or removed, the stage recreated without its settings, a log group, delivery or grant deleted, or the role changed)"
    : "changed logging without turning it off";
  return {
    status: warn ? "warn" : "info",
    message: `CloudTrail shows ${count} to ${what} that ${verdict}: ${describeEntries(entries)}.`,
    evidence: entries.map((entry) => entryEvidence(entry)),
  };
}
