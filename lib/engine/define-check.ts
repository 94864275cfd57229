import type { ApiRef, Evidence, Finding, Fix, Severity, Status } from "../diagnosis/types";
import { describeMissing, firstMissing, type Source } from "../model/source";
import type { Model } from "../model/types";

export interface CheckContext {
  model: Model;
  /** Symptom names the user reported (`413`, `429`, …): the suffixes of `symptom.*` ids. */
  symptoms: ReadonlySet<string>;
}

/** Where a finding belongs: region null only for global findings. */
export interface Location {
  region: string | null;
  api: ApiRef | null;
  stage: string | null;
  target: string | null;
}

/** What a check's `evaluate` returns for a subject; the location defaults to the subject's. */
export interface Outcome extends Partial<Location> {
  status: Status;
  message: string;
  evidence?: Evidence[];
  fix?: Fix;
}

/** The set of things a check looks at one by one (regions, APIs, stages, roles, domains, or the account). */
export interface Scope<S> {
  name: string;
  subjects(ctx: CheckContext): S[];
  locate(subject: S): Location;
}

/** The checklist's sections, in the order people walk them: one wizard step each (lib/wizard/steps.ts). */
export const checkSections = ["sts", "role", "account", "stage", "overrides", "access", "unlogged", "history"] as const;
export type CheckSection = (typeof checkSections)[number];

/**
 * A check's part in its stages' log verdicts (docs/spec/checks.md, "Verdicts"); lib/engine/verdicts.ts reads only this.
 * - `log: "region"`: a region-wide check (STS, account setting, role). Its `fail` makes both verdicts of the region's
 *   REST and WebSocket stages `missing` (access only when it goes to CloudWatch Logs); with `unreadable`, its
 *   `unknown` makes them `unknown` (the setting or the role could not be read).
 * - `log: "execution"`: a stage check of execution logs. `missing`: its `fail` makes the verdict missing (for
 *   stage.execution-logging-off only while no override turns logging on); `partial`: its fail, warn or info makes it
 *   partial; `cause`: it never changes the verdict but is listed among its causes.
 * - `log: "access"`: a stage check of access logs; its `fail` makes the access verdict missing
 *   (stage.access-logging-off: its warn too, the spec's one exception); with `unreadable`, its `unknown` makes the
 *   access verdict unknown when nothing made it missing (no check sets this yet; Diagnosis v2's HTTP grant rule will).
 * Every check with a role has its fail and warn findings listed in that verdict's `causes`.
 */
export type VerdictRole =
  | { log: "region"; effect: "missing"; unreadable?: true }
  | { log: "execution"; effect: "missing" | "partial" | "cause" }
  | { log: "access"; effect: "missing"; unreadable?: true };

export interface CheckMeta {
  id: string;
  title: string;
  severity: Severity;
  /** The AWS calls the check reads, as `service:Operation`. */
  reads: readonly string[];
  docs: string;
  /** Its section of the checklist (docs/spec/checks.md): the wizard step that shows it. */
  section: CheckSection;
  /** What a fail or warn means, in a few words for a table cell ("The logging role was deleted"); the title says what should be true. */
  label: string;
  /** Its part in the stage verdicts; absent when its findings never decide or explain one. */
  verdict?: VerdictRole;
}

export interface CheckDefinition<S> extends CheckMeta {
  scope: Scope<S>;
  /** The inputs a subject needs; if one was not collected or failed, the engine reports `unknown` for it. */
  inputs?(subject: S, ctx: CheckContext): Source<unknown>[];
  evaluate(subject: S, ctx: CheckContext): Outcome | Outcome[] | null;
}

export interface Check extends CheckMeta {
  scope: string;
  /** Whether it declares `inputs`, so the engine reports it `unknown` when one is missing (the catalog test reads this). */
  hasInputs: boolean;
  run(ctx: CheckContext): Finding[];
}

export function defineCheck<S>(definition: CheckDefinition<S>): Check {
  const { scope, inputs, evaluate, ...meta } = definition;
  return {
    ...meta,
    scope: scope.name,
    hasInputs: inputs !== undefined,
    run(ctx) {
      const findings: Finding[] = [];
      for (const subject of scope.subjects(ctx)) {
        const where = scope.locate(subject);
        const missing = inputs ? firstMissing(inputs(subject, ctx)) : null;
        if (missing) {
          findings.push(finding(meta, where, unknownOutcome(meta, missing)));
          continue;
        }
        const result = evaluate(subject, ctx);
        if (result === null) continue;
        if (Array.isArray(result)) for (const outcome of result) findings.push(finding(meta, where, outcome));
        else findings.push(finding(meta, where, result));
      }
      return findings;
    },
  };
}

export function unknownOutcome(
  meta: Pick<CheckMeta, "title">,
  missing: Exclude<Source<unknown>, { state: "collected" }>,
): Outcome {
  return {
    status: "unknown",
    message: `Could not check "${meta.title}": ${describeMissing(missing)}.`,
    evidence: [
      missing.state === "error"
        ? { call: missing.call, field: "error", value: `${missing.error.name}: ${missing.error.message}` }
        : { call: missing.call, field: "(call)", value: "not collected" },
    ],
  };
}

function finding(meta: CheckMeta, where: Location, outcome: Outcome): Finding {
  const result: Finding = {
    check: meta.id,
    status: outcome.status,
    severity: meta.severity,
    region: outcome.region !== undefined ? outcome.region : where.region,
    api: outcome.api !== undefined ? outcome.api : where.api,
    stage: outcome.stage !== undefined ? outcome.stage : where.stage,
    target: outcome.target !== undefined ? outcome.target : where.target,
    message: outcome.message,
    evidence: outcome.evidence ?? [],
  };
  if (outcome.fix && (outcome.status === "fail" || outcome.status === "warn" || outcome.status === "info"))
    result.fix = outcome.fix;
  return result;
}
