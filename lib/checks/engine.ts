import type { Capture } from "../capture/schema";
import type { Diagnosis, Finding } from "../diagnosis/types";
import { readModel } from "../model/read-model";
import type { Model } from "../model/types";
import { checkOrder, checks } from "./registry";
import { stageVerdicts } from "./verdicts";

export interface DiagnoseOptions {
  /** Symptoms the user reported: suffixes of `symptom.*` ids (`413`, `internal-5xx`, …). */
  symptoms?: readonly string[];
}

export function diagnose(capture: Capture, options: DiagnoseOptions = {}): Diagnosis {
  return diagnoseModel(readModel(capture), options);
}

/** Runs every check on the model; the result is deterministic for a given capture (ordering included). */
export function diagnoseModel(model: Model, options: DiagnoseOptions = {}): Diagnosis {
  const ctx = { model, symptoms: new Set(options.symptoms ?? []) };
  const findings = orderFindings(
    checks.flatMap((check) => check.run(ctx)),
    model,
  );
  return {
    kind: "log-doctor/diagnosis",
    version: 1,
    capturedAt: model.capturedAt,
    account: model.account,
    regions: model.regions.map((r) => r.name),
    findings,
    apis: stageVerdicts(model, findings, checkOrder),
  };
}

/**
 * Region, then API and stage in capture order (region-wide first, global last), then checklist order. Checks run in
 * checklist order, so bucketing by place keeps them ordered within a place: no sort over 100,000 findings.
 */
function orderFindings(findings: Finding[], model: Model): Finding[] {
  const buckets = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = placeKey(finding.region, finding.api?.id ?? null, finding.stage);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(finding);
    else buckets.set(key, [finding]);
  }
  const ordered: Finding[] = [];
  const take = (key: string) => {
    const bucket = buckets.get(key);
    if (!bucket) return;
    for (const finding of bucket) ordered.push(finding);
    buckets.delete(key);
  };
  for (const region of model.regions) {
    take(placeKey(region.name, null, null));
    for (const api of region.apis) {
      take(placeKey(region.name, api.id, null));
      if (api.stages.state === "collected") for (const stage of api.stages.value) take(placeKey(region.name, api.id, stage.name));
    }
  }
  const global = buckets.get(placeKey(null, null, null)) ?? [];
  buckets.delete(placeKey(null, null, null));
  for (const rest of buckets.values()) for (const finding of rest) ordered.push(finding);
  for (const finding of global) ordered.push(finding);
  return ordered;
}

function placeKey(region: string | null, api: string | null, stage: string | null): string {
  return `${region ?? "\u0001"}\u0000${api ?? ""}\u0000${stage ?? "\u0001"}`;
}
