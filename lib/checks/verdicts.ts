import type { ApiRef, ApiVerdicts, Finding, LogVerdict, Status } from "../diagnosis/types";
import type { Model, Region, Stage } from "../model/types";
import { isRecent, newestEvent } from "./support/evidence";
import { freshExecutionEvent } from "./support/fresh-events";
import { onlyOverridesLog, sendsToCloudWatch } from "./support/stage-facts";

const regionChainChecks = /^(sts|account|role)\./;
// Unknowns that mean the account setting or the role could not be read. An unknown STS status alone does not make
// a verdict unknown, nor does account.role-arn-invalid when only the scanned account id is missing.
const unreadableChain = new Set([
  "account.role-unset",
  "role.not-found",
  "role.trust-denies-apigateway",
  "role.permissions-missing",
  "role.boundary-blocks",
]);
const executionChecks = new Set([
  "stage.execution-logging-off",
  "stage.execution-logging-errors-only",
  "method.logging-off",
  "method.logging-lower",
  "method.logging-unset",
  "method.logging-on-stage-off",
  "stage.execution-log-group-missing",
  "stage.execution-delivery-destination-missing",
]);
const partialChecks = new Set([
  "stage.execution-logging-errors-only",
  "method.logging-off",
  "method.logging-lower",
  "method.logging-unset",
  "method.logging-on-stage-off",
]);
const accessChecks = new Set([
  "stage.access-logging-off",
  "stage.access-log-destination-invalid",
  "stage.access-log-destination-missing",
  "stage.access-log-format-invalid",
  "http.access-log-policy-missing",
]);
const tripped = new Set<Status>(["fail", "warn", "info"]);

interface Chain {
  fails: boolean;
  /** The account setting or the role could not be read (an unknown STS status alone does not count). */
  unreadable: boolean;
  /** Its fail and warn findings, in checklist order. */
  causes: Finding[];
}

type Causes = (findings: Finding[]) => string[];

/** One execution and one access verdict per stage, decided in the spec's order, with causes in checklist order. */
export function stageVerdicts(model: Model, findings: Finding[], checkOrder: ReadonlyMap<string, number>): ApiVerdicts[] {
  const byRegion = new Map<string, Finding[]>();
  // Stage findings by the API's shared object, then stage name: no string key per finding.
  const byStage = new Map<ApiRef, Map<string, Finding[]>>();
  for (const finding of findings) {
    if (finding.region === null) continue;
    if (finding.api === null) push(byRegion, finding.region, finding);
    else if (finding.stage !== null) {
      let stages = byStage.get(finding.api);
      if (!stages) byStage.set(finding.api, (stages = new Map()));
      push(stages, finding.stage, finding);
    }
  }
  const rank = (id: string) => checkOrder.get(id) ?? 0;
  const causes: Causes = (list) => {
    const ids = new Set<string>();
    for (const f of list) if (f.status === "fail" || f.status === "warn") ids.add(f.check);
    return [...ids].sort((a, b) => rank(a) - rank(b));
  };

  return model.regions.flatMap((region) => {
    const regionChain = (byRegion.get(region.name) ?? []).filter((f) => regionChainChecks.test(f.check));
    const chain: Chain = {
      fails: regionChain.some((f) => f.status === "fail"),
      unreadable: regionChain.some((f) => f.status === "unknown" && unreadableChain.has(f.check)),
      causes: regionChain.filter((f) => f.status === "fail" || f.status === "warn"),
    };
    return region.apis.map((api) => ({
      region: region.name,
      id: api.id,
      name: api.name,
      type: api.type,
      stages:
        api.stages.state === "collected"
          ? api.stages.value.map((stage) => {
              const own = byStage.get(api.ref)?.get(stage.name) ?? [];
              return {
                name: stage.name,
                execution: executionVerdict(model, region, stage, chain, own, causes),
                access: accessVerdict(model, region, stage, chain, own, causes),
              };
            })
          : null,
    }));
  });
}

function executionVerdict(model: Model, region: Region, stage: Stage, chain: Chain, own: Finding[], causes: Causes): LogVerdict {
  if (stage.api.type === "HTTP") return { verdict: "not-supported", causes: [] };
  const stageFindings = own.filter((f) => executionChecks.has(f.check));
  const why = () => causes(chain.causes.concat(stageFindings));
  const loggingOff = stageFindings.some((f) => f.check === "stage.execution-logging-off" && f.status === "fail") && !onlyOverridesLog(stage);
  const destinationGone = stageFindings.some((f) => f.check === "stage.execution-delivery-destination-missing" && f.status === "fail");
  if (loggingOff || destinationGone || chain.fails) return { verdict: "missing", causes: why() };
  if (chain.unreadable) return { verdict: "unknown", causes: why() };
  if (stageFindings.some((f) => partialChecks.has(f.check) && tripped.has(f.status))) return { verdict: "partial", causes: why() };
  // With an execution-log delivery, the delivery's destination is the stage's own destination (checks.md Fresh events).
  return { verdict: freshExecutionEvent(model, region, stage) ? "delivered" : "expected", causes: why() };
}

function accessVerdict(model: Model, region: Region, stage: Stage, chain: Chain, own: Finding[], causes: Causes): LogVerdict {
  const usesRole = stage.api.type !== "HTTP" && sendsToCloudWatch(stage);
  const stageFindings = own.filter((f) => accessChecks.has(f.check));
  const why = () => causes(usesRole ? chain.causes.concat(stageFindings) : stageFindings);
  const off = stageFindings.some((f) => f.check === "stage.access-logging-off" && (f.status === "fail" || f.status === "warn"));
  if (off || stageFindings.some((f) => f.status === "fail") || (usesRole && chain.fails)) return { verdict: "missing", causes: why() };
  if (usesRole && chain.unreadable) return { verdict: "unknown", causes: why() };
  // An HTTP destination whose grant could not be read is unknown, never missing (checks.md HTTP access-log grants).
  if (stageFindings.some((f) => f.check === "http.access-log-policy-missing" && f.status === "unknown")) return { verdict: "unknown", causes: why() };
  const destination = stage.accessLog.logGroup;
  const delivered = destination !== null && destination.region === region.name && recentlyWritten(model, region, destination.name);
  return { verdict: delivered ? "delivered" : "expected", causes: why() };
}

function recentlyWritten(model: Model, region: Region, group: string): boolean {
  const event = newestEvent(region, group);
  return event !== null && isRecent(event.time, model.capturedAtMs);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
