import type { ApiRef, ApiVerdicts, Finding, LogVerdict, Status } from "../diagnosis/types";
import type { Model, Region, Stage } from "../model/types";
import type { CheckMeta } from "./define-check";
import { isRecent, newestEvent } from "../checks/facts/evidence";
import { freshExecutionEvent } from "../checks/facts/fresh-events";
import { onlyOverridesLog, sendsToCloudWatch } from "../checks/facts/stage-facts";

/** Which checks feed which verdict, derived from each check's `verdict` role (define-check.ts VerdictRole). */
export interface VerdictRules {
  /** Checklist order (the registry's), for `causes`. */
  order: ReadonlyMap<string, number>;
  /** Region-wide checks (STS, account setting, role) in both chains of the region's REST and WebSocket stages. */
  region: ReadonlySet<string>;
  /** Region checks whose unknown means the account setting or the role could not be read. An unknown STS status alone does not make a verdict unknown. */
  unreadable: ReadonlySet<string>;
  execution: ReadonlySet<string>;
  /** Execution checks whose fail makes the verdict missing. */
  executionMissing: ReadonlySet<string>;
  /** Execution checks whose fail, warn or info makes the verdict partial. */
  partial: ReadonlySet<string>;
  /** Access checks: a fail makes the access verdict missing. */
  access: ReadonlySet<string>;
  /** Access checks whose unknown makes the access verdict unknown. */
  accessUnreadable: ReadonlySet<string>;
}

export function verdictRules(checks: readonly CheckMeta[]): VerdictRules {
  const ids = (keep: (role: NonNullable<CheckMeta["verdict"]>) => boolean) =>
    new Set(checks.flatMap((check) => (check.verdict && keep(check.verdict) ? [check.id] : [])));
  return {
    order: new Map(checks.map((check, index) => [check.id, index])),
    region: ids((role) => role.log === "region"),
    unreadable: ids((role) => role.log === "region" && role.unreadable === true),
    execution: ids((role) => role.log === "execution"),
    executionMissing: ids((role) => role.log === "execution" && role.effect === "missing"),
    partial: ids((role) => role.log === "execution" && role.effect === "partial"),
    access: ids((role) => role.log === "access"),
    accessUnreadable: ids((role) => role.log === "access" && role.unreadable === true),
  };
}

// The spec's two exceptions, about what one check's finding means: stage-level OFF is not "missing" while an override
// turns logging on (only those methods log), and access logging off is "missing" even where it is only a warn.
const stageLevelOff = "stage.execution-logging-off";
const accessLoggingOff = "stage.access-logging-off";
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
export function stageVerdicts(model: Model, findings: Finding[], rules: VerdictRules): ApiVerdicts[] {
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
  const rank = (id: string) => rules.order.get(id) ?? 0;
  const causes: Causes = (list) => {
    const ids = new Set<string>();
    for (const f of list) if (f.status === "fail" || f.status === "warn") ids.add(f.check);
    return [...ids].sort((a, b) => rank(a) - rank(b));
  };

  return model.regions.flatMap((region) => {
    const regionChain = (byRegion.get(region.name) ?? []).filter((f) => rules.region.has(f.check));
    const chain: Chain = {
      fails: regionChain.some((f) => f.status === "fail"),
      unreadable: regionChain.some((f) => f.status === "unknown" && rules.unreadable.has(f.check)),
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
                execution: executionVerdict(model, region, stage, chain, own, causes, rules),
                access: accessVerdict(model, region, stage, chain, own, causes, rules),
              };
            })
          : null,
    }));
  });
}

function executionVerdict(
  model: Model,
  region: Region,
  stage: Stage,
  chain: Chain,
  own: Finding[],
  causes: Causes,
  rules: VerdictRules,
): LogVerdict {
  if (stage.api.type === "HTTP") return { verdict: "not-supported", causes: [] };
  const stageFindings = own.filter((f) => rules.execution.has(f.check));
  const why = () => causes(chain.causes.concat(stageFindings));
  const missing = stageFindings.some(
    (f) =>
      f.status === "fail" &&
      rules.executionMissing.has(f.check) &&
      !(f.check === stageLevelOff && onlyOverridesLog(stage)),
  );
  if (missing || chain.fails) return { verdict: "missing", causes: why() };
  if (chain.unreadable) return { verdict: "unknown", causes: why() };
  if (stageFindings.some((f) => rules.partial.has(f.check) && tripped.has(f.status)))
    return { verdict: "partial", causes: why() };
  // With an execution-log delivery, the delivery's destination is the stage's own destination (checks.md Fresh events).
  return { verdict: freshExecutionEvent(model, region, stage) ? "delivered" : "expected", causes: why() };
}

function accessVerdict(
  model: Model,
  region: Region,
  stage: Stage,
  chain: Chain,
  own: Finding[],
  causes: Causes,
  rules: VerdictRules,
): LogVerdict {
  const usesRole = stage.api.type !== "HTTP" && sendsToCloudWatch(stage);
  const stageFindings = own.filter((f) => rules.access.has(f.check));
  const why = () => causes(usesRole ? chain.causes.concat(stageFindings) : stageFindings);
  const off = stageFindings.some((f) => f.check === accessLoggingOff && (f.status === "fail" || f.status === "warn"));
  if (off || stageFindings.some((f) => f.status === "fail") || (usesRole && chain.fails))
    return { verdict: "missing", causes: why() };
  if (usesRole && chain.unreadable) return { verdict: "unknown", causes: why() };
  if (stageFindings.some((f) => f.status === "unknown" && rules.accessUnreadable.has(f.check)))
    return { verdict: "unknown", causes: why() };
  const destination = stage.accessLog.logGroup;
  const delivered =
    destination !== null && destination.region === region.name && recentlyWritten(model, region, destination.name);
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
