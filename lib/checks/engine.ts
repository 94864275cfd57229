import type { Capture } from "../capture/schema";
import type { ApiRef, Diagnosis, Finding } from "../diagnosis/types";
import { readModel } from "../model/read-model";
import type { Model } from "../model/types";
import { markContradicted } from "./support/contradicted";
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
  markContradicted(model, findings);
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
 * checklist order, so a stable counting sort by place keeps them ordered within a place.
 * Places are found through the shared API objects, without building a string key per finding.
 */
function orderFindings(findings: Finding[], model: Model): Finding[] {
  const regionPlace = new Map<string, number>();
  const apiPlaces = new Map<ApiRef, { api: number; stages: Map<string, number> }>();
  const apiByKey = new Map<string, ApiRef>();
  let places = 0;
  for (const region of model.regions) {
    regionPlace.set(region.name, places++);
    for (const api of region.apis) {
      const stages = new Map<string, number>();
      apiPlaces.set(api.ref, { api: places++, stages });
      apiByKey.set(`${region.name}\u0000${api.id}`, api.ref);
      if (api.stages.state === "collected") for (const stage of api.stages.value) stages.set(stage.name, places++);
    }
  }
  const unplaced = places++;
  const global = places++;
  // A counting sort by place: one pass to place and count, one to lay out; no array per place.
  const placeOf = new Int32Array(findings.length);
  const starts = new Int32Array(places + 1);
  findings.forEach((finding, index) => {
    let place = unplaced;
    if (finding.region === null) place = global;
    else if (finding.api === null) place = regionPlace.get(finding.region) ?? unplaced;
    else {
      let api = apiPlaces.get(finding.api);
      if (!api) {
        // A check that built its own API object: point the finding at the shared one, which verdicts look up.
        const shared = apiByKey.get(`${finding.region}\u0000${finding.api.id}`);
        if (shared) {
          finding.api = shared;
          api = apiPlaces.get(shared);
        }
      }
      if (api) place = finding.stage === null ? api.api : (api.stages.get(finding.stage) ?? unplaced);
    }
    placeOf[index] = place;
    starts[place + 1]++;
  });
  for (let place = 1; place <= places; place++) starts[place] += starts[place - 1];
  const ordered = new Array<Finding>(findings.length);
  findings.forEach((finding, index) => (ordered[starts[placeOf[index]]++] = finding));
  return ordered;
}
