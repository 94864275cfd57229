import type { ApiRef, Diagnosis, Finding } from "../diagnosis/types";
import type { Model } from "../model/types";
import { checks } from "../checks/registry";
import { markContradicted } from "../checks/facts/contradicted";
import type { Check } from "./define-check";
import { stageVerdicts, verdictRules } from "./verdicts";

const registryRules = verdictRules(checks);

/**
 * Runs every check on the model and decides the verdicts; deterministic for a given capture (ordering included).
 * Surfaces call `analyze` (lib/engine/analyze.ts), which reads the model once and calls this.
 */
export function runChecks(
  model: Model,
  options: { symptoms?: readonly string[] } = {},
  catalog: readonly Check[] = checks,
): Diagnosis {
  const ctx = { model, symptoms: new Set(options.symptoms ?? []) };
  const findings = orderFindings(
    catalog.flatMap((check) => check.run(ctx)),
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
    // `catalog` is the registry except in tests that change a copy of it (lib/checks/verdict-roles.test.ts).
    apis: stageVerdicts(model, findings, catalog === checks ? registryRules : verdictRules(catalog)),
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
  let places = 0;
  for (const region of model.regions) {
    regionPlace.set(region.name, places++);
    for (const api of region.apis) {
      const stages = new Map<string, number>();
      apiPlaces.set(api.ref, { api: places++, stages });
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
      // Checks point findings at the model's shared API objects (scopes.ts apiRef); verdicts look them up the same way.
      const api = apiPlaces.get(finding.api);
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
