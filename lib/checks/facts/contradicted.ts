import type { ApiRef, Finding } from "../../diagnosis/types";
import type { Model, Region, Stage } from "../../model/types";
import { freshAccessEvent, freshExecutionEvent, type FreshEvent } from "./fresh-events";
import { sendsToCloudWatch } from "./stage-facts";

const regionChainChecks = /^(sts|account|role)\./;
/** Stage-level fails of each verdict chain (checks.md, Verdicts step 2). */
const executionChainChecks = new Set(["stage.execution-logging-off", "stage.execution-delivery-destination-missing"]);
const isAccessChainCheck = (id: string) =>
  id === "stage.access-logging-off" || id.startsWith("stage.access-log-") || id === "http.access-log-policy-missing";

/**
 * Marks every `fail` whose chain still received events in the 24 hours before the capture as contradicted (checks.md
 * **Fresh events**): the stage's own destination for a stage finding; for a region-wide `sts.*`/`account.*`/`role.*`
 * fail, any REST or WebSocket stage of the region (execution logs, and access logs sent to CloudWatch Logs). The
 * verdict does not change: a break in the last hours is what users come for.
 */
export function markContradicted(model: Model, findings: Finding[]): void {
  const stagesByApi = new Map<ApiRef, Map<string, Stage>>();
  const regions = new Map(model.regions.map((region) => [region.name, region]));
  for (const region of model.regions) {
    for (const api of region.apis)
      if (api.stages.state === "collected") stagesByApi.set(api.ref, new Map(api.stages.value.map((s) => [s.name, s])));
  }
  const regionWide = new Map<string, FreshEvent | null>();
  for (const finding of findings) {
    if (finding.status !== "fail" || finding.region === null) continue;
    const region = regions.get(finding.region);
    if (!region) continue;
    let fresh: FreshEvent | null = null;
    if (finding.api === null && regionChainChecks.test(finding.check)) {
      if (!regionWide.has(region.name)) regionWide.set(region.name, newestOfRegion(model, region));
      fresh = regionWide.get(region.name) ?? null;
    } else if (finding.api !== null && finding.stage !== null) {
      const stage = stagesByApi.get(finding.api)?.get(finding.stage);
      if (!stage) continue;
      if (executionChainChecks.has(finding.check)) fresh = freshExecutionEvent(model, region, stage);
      else if (isAccessChainCheck(finding.check)) fresh = freshAccessEvent(model, region, stage);
    }
    if (fresh) contradict(finding, fresh);
  }
}

function newestOfRegion(model: Model, region: Region): FreshEvent | null {
  let best: FreshEvent | null = null;
  for (const api of region.apis) {
    if (api.type === "HTTP" || api.stages.state !== "collected") continue;
    for (const stage of api.stages.value) {
      for (const event of [
        freshExecutionEvent(model, region, stage),
        sendsToCloudWatch(stage) ? freshAccessEvent(model, region, stage) : null,
      ]) {
        if (event && (best === null || event.time > best.time)) best = event;
      }
    }
  }
  return best;
}

function contradict(finding: Finding, fresh: FreshEvent): void {
  const at = new Date(fresh.time).toISOString();
  finding.contradicted = true;
  finding.newestEvent = { logGroup: fresh.group, at };
  finding.evidence = [
    ...finding.evidence,
    {
      call: "cloudwatch-logs:DescribeLogStreams",
      field: `logStreams[0].lastEventTimestamp (${fresh.group})`,
      value: at,
    },
  ];
}
