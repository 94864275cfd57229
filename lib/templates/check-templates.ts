import { analyze } from "../engine/analyze";
import type { Finding } from "../diagnosis/types";
import { templateChecks } from "./checks/registry";
import type { LocatedFinding } from "./checks/template-check";
import type { Inventory } from "./inventory";
import { readInput, type InputResult } from "./read-input";
import { toCapture } from "./to-capture";
import type { Where } from "./types";

export interface TemplateReport {
  kind: "log-doctor/template-report";
  version: 1;
  inputs: { path: string; kind: InputResult["kind"]; stacks: string[]; error: string | null }[];
  findings: LocatedFinding[];
}

/** Reads every path (a bad file is reported and skipped), then runs the shared checks and the template-only ones. */
export async function checkTemplates(paths: readonly string[], options: { region: string }): Promise<TemplateReport> {
  const results = (await Promise.all(paths.map((path) => readInput(path, options)))).flat();
  const inventories = results.flatMap((r) => r.inventories);
  return {
    kind: "log-doctor/template-report",
    version: 1,
    inputs: results.map((r) => ({
      path: r.path,
      kind: r.kind,
      stacks: r.inventories.map((i) => i.owner),
      error: r.error,
    })),
    findings: inventories.length === 0 ? [] : diagnoseInventories(inventories),
  };
}

/** The one engine: inventories → synthetic capture → the shared checks, then the template-only checks. */
export function diagnoseInventories(inventories: readonly Inventory[]): LocatedFinding[] {
  const { diagnosis } = analyze(toCapture(inventories));
  const locate = locator(inventories);
  const shared = diagnosis.findings.map((finding) => ({ ...withLiveHint(finding), where: locate(finding) }));
  return [...shared, ...templateChecks.flatMap((check) => check.run(inventories))];
}

/** Unknown in a template means "only the account can tell": say which live diagnosis answers it. */
function withLiveHint(finding: Finding): Finding {
  if (finding.status !== "unknown") return finding;
  const reason = finding.message
    .replace(/\bapi(gateway|gatewayv2):GetStages failed with TemplateValueUnknown: /, "")
    .replace(/failed with (TemplateValueUnknown|TemplateAmbiguous): /, "cannot be known from the input: ");
  const api = finding.api ? ` --api <id of ${finding.api.name}>` : "";
  const notCollected = / was not collected/.test(reason)
    ? reason.replace(/([a-z-]+:[A-Za-z]+) was not collected/, "the input does not declare what $1 would read")
    : reason;
  return {
    ...finding,
    message: `${notCollected} Check it live: \`log-doctor diagnose --region ${finding.region ?? "<region>"}${api}\`.`,
  };
}

/** Findings name regions, APIs, stages and role ARNs; this points each at the resource that declares it. */
function locator(inventories: readonly Inventory[]): (finding: Finding) => Where | null {
  const places = new Map<string, Where>();
  for (const inventory of inventories) {
    const region = inventory.region;
    for (const account of inventory.accounts) if (!places.has(region)) places.set(region, account.where);
    // Region-wide findings of a region no input sets the account for point at the first file of that region.
    const firstPlace = inventory.apis[0]?.where ?? inventory.roles[0]?.where ?? inventory.logGroups[0]?.where;
    if (firstPlace && !places.has(`${region}\u0000file`))
      places.set(`${region}\u0000file`, { file: firstPlace.file, resource: null, line: 1 });
    for (const role of inventory.roles) places.set(`${region}\u0000role\u0000${role.arn}`, role.where);
    for (const api of inventory.apis) {
      places.set(`${region}\u0000${api.id}`, api.where);
      for (const stage of api.stages) places.set(`${region}\u0000${api.id}\u0000${stage.name}`, stage.where);
    }
  }
  return (finding) => {
    const region = finding.region ?? "";
    if (finding.api)
      return (
        places.get(`${region}\u0000${finding.api.id}\u0000${finding.stage ?? ""}`) ??
        places.get(`${region}\u0000${finding.api.id}`) ??
        null
      );
    if (finding.target) {
      const role =
        places.get(`${region}\u0000role\u0000${finding.target}`) ??
        [...places].find(([key]) => key.endsWith(`\u0000role\u0000${finding.target}`))?.[1];
      if (role) return role;
    }
    return places.get(region) ?? places.get(`${region}\u0000file`) ?? null;
  };
}
