import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Capture } from "../capture/schema";
import type { CaptureBuilder } from "../../testing/capture-builder";
import { runChecks } from "../engine/run-checks";
import { checks } from "./registry";
import type { Check, VerdictRole } from "../engine/define-check";
import { importTable, modelOf } from "./testing/findings";

interface TableCase {
  name: string;
  capture: Capture | CaptureBuilder | (() => Capture | CaptureBuilder);
  symptoms?: string[];
}

const fileOf = (id: string) => `./${id.replace(/\./g, "-")}.test.ts`;

// The spec's "Verdicts" section names the checks of each chain; the roles in the check files must say the same.
const spec = readFileSync(join(__dirname, "../../docs/spec/checks.md"), "utf8");
const verdictsSection = spec.slice(spec.indexOf("## Verdicts"), spec.indexOf("## Diagnosis"));
const between = (from: string, to: string) =>
  verdictsSection.slice(verdictsSection.indexOf(from), verdictsSection.indexOf(to));
const idsIn = (text: string) => [...text.matchAll(/`([a-z0-9-]+\.[a-z0-9*-]+)`/g)].map((m) => m[1]);
const executionChain = idsIn(between("Execution chain:", "Access chain:"));
const accessChain = idsIn(between("Access chain:", "3. `unknown`"));
const partialList = idsIn(between("4. `partial`", "5. `delivered`"));
const matches = (patterns: string[], id: string) =>
  patterns.some((p) => new RegExp(`^${p.replace(/\./g, "\\.").replace(/\*/g, ".*")}$`).test(id));

/** The verdict-role changes to try on one check: without its role, and without `unreadable` when it has it. */
function mutations(role: VerdictRole): { name: string; role: VerdictRole | undefined }[] {
  const list: { name: string; role: VerdictRole | undefined }[] = [
    { name: "without its verdict role", role: undefined },
  ];
  if ("unreadable" in role && role.unreadable)
    list.push({ name: "without unreadable", role: { ...role, unreadable: undefined } });
  return list;
}

const withRoles = checks.filter((check): check is Check & { verdict: VerdictRole } => check.verdict !== undefined);
const cases = withRoles.flatMap((check) =>
  mutations(check.verdict).map((mutation) => [check.id, mutation.name, check, mutation.role] as const),
);

// A verdict role nobody pins is a rule nobody checks: take each role away (on a copy of the registry) and run the
// check's own table cases through the whole engine; some stage verdict or its causes must change.
describe("each check's verdict role decides a verdict", () => {
  it("covers the checks the spec puts in a verdict chain (sanity)", () => {
    expect(withRoles.map((check) => check.id)).toEqual(
      expect.arrayContaining([
        "sts.region-inactive",
        "role.boundary-blocks",
        "method.logging-lower",
        "stage.access-logging-off",
      ]),
    );
  });

  it("match the spec's chains: region-wide in both, then execution missing, access, and partial", () => {
    expect(executionChain).toContain("stage.execution-logging-off");
    expect(partialList).toContain("method.logging-lower");
    const region = executionChain.filter((p) => accessChain.includes(p));
    const roleOf = (check: Check) => (check.verdict ? `${check.verdict.log}/${check.verdict.effect}` : "none");
    const expected = (id: string) =>
      matches(region, id)
        ? "region/missing"
        : matches(executionChain, id)
          ? "execution/missing"
          : matches(accessChain, id)
            ? "access/missing"
            : matches(partialList, id)
              ? "execution/partial"
              : null;
    for (const check of checks) {
      const want = expected(check.id);
      // A check the spec's chains do not name may only be listed among the causes (or have no role).
      if (want === null) expect(["none", "execution/cause"], check.id).toContain(roleOf(check));
      else expect(roleOf(check), check.id).toBe(want);
    }
  });

  it("make the verdict unknown when the account setting or the role could not be read (spec, Verdicts 3), not for STS", () => {
    // "the account setting" is what account.role-unset reads (GetAccount); account.role-arn-invalid is unknown only
    // when the scanned account id is missing, which hides nothing about the setting. role.scp-denies is unknown when no
    // simulation was collected: the role itself was read, so it stays that check's own "could not check".
    const unreadable = checks
      .filter((check) => check.verdict?.log === "region" && check.verdict.unreadable)
      .map((check) => check.id);
    expect(unreadable).toEqual(
      checks
        .filter(
          (check) =>
            (check.id.startsWith("role.") && check.id !== "role.scp-denies") || check.id === "account.role-unset",
        )
        .map((check) => check.id),
    );
  });

  it.each(cases)("%s %s: some verdict of its table cases changes", async (id, _mutation, check, role) => {
    const table = await importTable(() => import(fileOf(id)));
    const changed = checks.map((candidate) => (candidate === check ? { ...candidate, verdict: role } : candidate));
    const differing: string[] = [];
    for (const item of table.cases as TableCase[]) {
      const model = modelOf(typeof item.capture === "function" ? item.capture() : item.capture);
      const options = { symptoms: item.symptoms ?? [] };
      const before = JSON.stringify(runChecks(model, options).apis);
      const after = JSON.stringify(runChecks(model, options, changed).apis);
      if (before !== after) differing.push(item.name);
    }
    if (differing.length > 0) return;
    // Only an `unreadable` flag may be unobservable, and only because it is implied: wherever the check is unknown,
    // another unreadable check of the same region is unknown too (role.not-found and the other role checks all read GetRole).
    expect(role?.log, `no case of ${id}'s table shows a verdict change`).toBe("region");
    let unknownSomewhere = false;
    for (const item of table.cases as TableCase[]) {
      const model = modelOf(typeof item.capture === "function" ? item.capture() : item.capture);
      const { findings } = runChecks(model, { symptoms: item.symptoms ?? [] });
      const unreadable = new Set(
        checks.filter((c) => c.verdict?.log === "region" && c.verdict.unreadable && c.id !== id).map((c) => c.id),
      );
      for (const own of findings.filter((f) => f.check === id && f.status === "unknown")) {
        unknownSomewhere = true;
        const implied = findings.some(
          (f) => f.region === own.region && f.status === "unknown" && unreadable.has(f.check),
        );
        expect(
          implied,
          `${id} is unknown in ${own.region} in "${item.name}", yet no verdict depends on its unreadable flag`,
        ).toBe(true);
      }
    }
    expect(unknownSomewhere, `no case of ${id}'s table makes it unknown, so its unreadable flag is not exercised`).toBe(
      true,
    );
  });
});
