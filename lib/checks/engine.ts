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
  const findings = checks.flatMap((check) => check.run(ctx));
  sortFindings(findings, model);
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

/** Region, then API and stage in capture order (region-wide first), then checklist order, then target. */
function sortFindings(findings: Finding[], model: Model): void {
  const regionIndex = new Map(model.regions.map((r, i) => [r.name, i]));
  const apiIndex = new Map<string, number>();
  const stageIndex = new Map<string, number>();
  for (const region of model.regions) {
    region.apis.forEach((api, i) => {
      apiIndex.set(`${region.name}\u0000${api.id}`, i);
      if (api.stages.state === "collected") api.stages.value.forEach((s, j) => stageIndex.set(`${region.name}\u0000${api.id}\u0000${s.name}`, j));
    });
  }
  const key = (f: Finding): number[] => [
    f.region === null ? Number.MAX_SAFE_INTEGER : (regionIndex.get(f.region) ?? Number.MAX_SAFE_INTEGER - 1),
    f.api === null ? -1 : (apiIndex.get(`${f.region}\u0000${f.api.id}`) ?? Number.MAX_SAFE_INTEGER),
    f.stage === null ? -1 : (stageIndex.get(`${f.region}\u0000${f.api?.id}\u0000${f.stage}`) ?? Number.MAX_SAFE_INTEGER),
    checkOrder.get(f.check) ?? Number.MAX_SAFE_INTEGER,
  ];
  const keys = new Map(findings.map((f) => [f, key(f)]));
  findings.sort((a, b) => {
    const ka = keys.get(a)!;
    const kb = keys.get(b)!;
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] - kb[i];
    const ta = a.target ?? "";
    const tb = b.target ?? "";
    return ta < tb ? -1 : ta > tb ? 1 : 0;
  });
}
