import { describeEntries, entryEvidence } from "../cloudtrail/entry-text";
import { revertAccountRole, revertStage } from "./support/fixes/history";
import { regionTimeline } from "../cloudtrail/timeline";
import type { StageTimeline, TimelineEntry } from "../cloudtrail/types";
import type { Region } from "../model/types";
import { defineCheck, type CheckContext, type Outcome } from "./support/define-check";
import httpAccessLogPolicyMissing from "./http-access-log-policy-missing";
import { apiRef, regions } from "./support/scopes";

export default defineCheck({
  id: "cloudtrail.logging-changed",
  title: "No recent change turned logging off or changed the logging role",
  severity: "medium",
  reads: ["cloudtrail:LookupEvents"],
  docs: "https://docs.aws.amazon.com/apigateway/latest/developerguide/cloudtrail.html",
  scope: regions,
  inputs: (region) => [region.apiGatewayEvents],
  evaluate: (region, ctx) => {
    const { model } = ctx;
    const timeline = regionTimeline(region, model);
    const outcomes: Outcome[] = [];
    if (timeline.account.length > 0) {
      outcomes.push({
        ...changed(timeline.account, `the account's CloudWatch Logs role setting in ${region.name}`),
        fix: revertAccountRole(region.name, model.partition, model.account, timeline.account),
      });
    }
    const ungranted = lazyUngrantedStages(region, ctx);
    for (const found of timeline.stages) {
      const stage = { ...found, entries: found.entries.map((entry) => weighPolicyPut(entry, found, ungranted)) };
      outcomes.push({
        ...changed(stage.entries, `stage ${stage.stage} of ${stage.api.name} (${stage.api.id})`),
        api: apiRef(stage.api),
        stage: stage.stage,
        fix: revertStage(region.name, model.account, stage),
      });
    }
    if (outcomes.length > 0) return outcomes;
    const count = region.apiGatewayEvents.state === "collected" ? region.apiGatewayEvents.value.length : 0;
    const logs = region.logsEvents;
    const logsCount = logs?.state === "collected" ? logs.value.length : null;
    const logsSide =
      logsCount !== null
        ? ` nor did any of the ${logsCount} CloudWatch Logs events delete or change a log group, delivery or resource policy they use`
        : `; CloudWatch Logs-side events were not read (${timeline.logsHistory?.reason ?? "cloudtrail:LookupEvents for logs.amazonaws.com was not collected"}), so deleted log groups, deliveries and resource policies cannot be seen`;
    return {
      status: "pass",
      message: `None of the ${count} API Gateway events CloudTrail returned for ${region.name} changed logging settings of a scanned stage or the account's role${logsSide} (event history keeps 90 days).`,
      evidence: [
        { call: "cloudtrail:LookupEvents", field: "Events", value: `${count} events, none changed logging` },
        { call: "cloudtrail:LookupEvents", field: "Events (EventSource logs.amazonaws.com)", value: logsCount !== null ? `${logsCount} events, none touched a scanned stage's logs` : (logs?.state ?? "not-collected") },
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

/**
 * A PutResourcePolicy is a warn when a scanned HTTP destination is now not granted (checks.md): the grant rule is
 * http.access-log-policy-missing's, so its `fail` findings say which stages are not granted now.
 */
function weighPolicyPut(entry: TimelineEntry, stage: StageTimeline, ungranted: () => Set<string>): TimelineEntry {
  if (entry.eventName !== "PutResourcePolicy" || entry.level === "warn" || stage.api.type !== "HTTP") return entry;
  if (!ungranted().has(`${stage.api.id}\u0000${stage.stage}`)) return entry;
  const note = `the access-log destination of stage ${stage.stage} is now not granted to delivery.logs.amazonaws.com`;
  return {
    ...entry,
    level: "warn",
    changes: entry.changes.map((change) => (change.setting === "resource-policy" ? { ...change, level: "warn", description: `${change.description}; ${note}` } : change)),
    summary: `${entry.summary}; ${note}`,
  };
}

function lazyUngrantedStages(region: Region, ctx: CheckContext): () => Set<string> {
  let found: Set<string> | null = null;
  return () => {
    found ??= new Set(
      httpAccessLogPolicyMissing
        .run(ctx)
        .filter((finding) => finding.region === region.name && finding.status === "fail" && finding.api && finding.stage !== null)
        .map((finding) => `${finding.api!.id}\u0000${finding.stage}`),
    );
    return found;
  };
}
