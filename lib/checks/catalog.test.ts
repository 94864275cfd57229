import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Capture } from "../capture/schema";
import type { Status } from "../diagnosis/types";
import type { CaptureBuilder } from "../../testing/capture-builder";
import { checks } from "./registry";
import { checkSections } from "../engine/define-check";
import { findingsOf, importTable } from "./testing/findings";

/** What the catalog needs of a table case; check tests may add their own expectations. */
interface TableCase {
  capture: Capture | CaptureBuilder | (() => Capture | CaptureBuilder);
  symptoms?: string[];
}

// docs/spec/checks.md is the check catalog, the contract every check answers to.
const catalog = readFileSync(join(__dirname, "../../docs/spec/checks.md"), "utf8");
const statuses = new Set(["fail", "warn", "pass", "unknown", "info"]);
const catalogIds = [...catalog.matchAll(/^\| `([a-z0-9.*-]+)`/gm)].map((m) => m[1]).filter((id) => !statuses.has(id));
const symptomSuffixes = [...catalog.matchAll(/`symptom\.([a-z0-9-]+)`/g)].map((m) => m[1]);
const specIds = [...catalogIds.filter((id) => id !== "symptom.*"), ...new Set(symptomSuffixes)].map((id) =>
  id.includes(".") ? id : `symptom.${id}`,
);

const fileOf = (id: string) => `${id.replace(/\./g, "-")}.ts`;

describe("check catalog", () => {
  it("reads the catalog's ids (sanity)", () => {
    expect(specIds).toContain("sts.region-inactive");
    expect(specIds).toContain("symptom.test-invoke");
    expect(specIds.length).toBeGreaterThan(25);
  });

  it("registers exactly the spec's ids, each once, in checklist order", () => {
    const registered = checks.map((c) => c.id);
    expect(new Set(registered).size).toBe(registered.length);
    expect([...registered].sort()).toEqual([...specIds].sort());
    const tableOrder = catalogIds.map((id) => (id === "symptom.*" ? "symptom." : id));
    const rank = (id: string) => tableOrder.findIndex((t) => (t === "symptom." ? id.startsWith("symptom.") : t === id));
    const ranks = registered.map(rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it.each(checks.map((c) => [c.id, c] as const))(
    "%s: one file named after its id, with metadata and a table test",
    (id, check) => {
      const file = join(__dirname, fileOf(id));
      expect(existsSync(file), `${fileOf(id)} exists`).toBe(true);
      const testFile = file.replace(/\.ts$/, ".test.ts");
      expect(existsSync(testFile), `${fileOf(id).replace(/\.ts$/, ".test.ts")} exists`).toBe(true);
      expect(check.title.length).toBeGreaterThan(5);
      expect(check.docs).toMatch(/^https:\/\/(docs\.aws\.amazon\.com|repost\.aws)\//);
      expect(["critical", "high", "medium", "low", "info"]).toContain(check.severity);
      expect(checkSections).toContain(check.section);
      expect(check.label.length).toBeGreaterThan(5);
    },
  );

  // The style guide's table test, asserted on the cases themselves: each exported case is run through the check and
  // the statuses it really produces must include a pass, a trip (fail, warn or info) and an unknown. Symptom checks
  // are the exception: they only explain a symptom the user names, so they never pass and are never unknown. A check
  // without `inputs` may instead export `noUnknownCase`, the reason none of its findings can be unknown.
  it.each(checks.map((c) => [c.id, c] as const))(
    "%s: its table test has a pass, a trip and an unknown case",
    async (id, check) => {
      const table = await importTable(() => import(`./${fileOf(id).replace(/\.ts$/, ".test.ts")}`));
      expect(Array.isArray(table.cases), "the test file exports its table as `cases`").toBe(true);
      const statuses = new Set<Status>();
      for (const item of table.cases as TableCase[]) {
        const source = typeof item.capture === "function" ? item.capture() : item.capture;
        for (const finding of findingsOf(check, source, item.symptoms ?? [])) statuses.add(finding.status);
      }
      const found = [...statuses].sort();
      expect(
        found.some((status) => status === "fail" || status === "warn" || status === "info"),
        `a case trips ${id} (found ${found})`,
      ).toBe(true);
      if (id.startsWith("symptom.")) return;
      expect(statuses.has("pass"), `a case passes ${id} (found ${found})`).toBe(true);
      if (typeof table.noUnknownCase === "string" && table.noUnknownCase.length > 10) {
        expect(
          check.hasInputs,
          `${id} declares inputs, so the engine can make it unknown: give it an unknown case`,
        ).toBe(false);
      } else {
        expect(statuses.has("unknown"), `a case makes ${id} unknown (found ${found})`).toBe(true);
      }
    },
  );

  it("has no check file that is not registered", () => {
    const registeredFiles = new Set(checks.map((c) => fileOf(c.id)));
    const files = readdirSync(__dirname).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
    expect(files.filter((f) => f !== "registry.ts" && !registeredFiles.has(f))).toEqual([]);
  });
});

// Template-only checks (lib/templates/checks) have their own catalog, docs/spec/template-checks.md, so checks.md stays
// an exact copy of the shared spec; they must not appear among the live checks.
describe("template check catalog", async () => {
  const { templateChecks } = await import("../templates/checks/registry");
  const templateCatalog = readFileSync(join(__dirname, "../../docs/spec/template-checks.md"), "utf8");
  const templateIds = [...templateCatalog.matchAll(/^\| `([a-z0-9.*-]+)`/gm)].map((m) => m[1]);
  const templateDir = join(__dirname, "../templates/checks");

  it("registers exactly the template catalog's ids, in its order, none of them a live check", () => {
    expect(templateIds.length).toBeGreaterThan(2);
    expect(templateChecks.map((c) => c.id)).toEqual(templateIds);
    for (const id of templateIds) expect(specIds).not.toContain(id);
  });

  it.each(templateChecks.map((c) => [c.id, c] as const))(
    "%s: one file named after its id, with metadata and a table test",
    (id, check) => {
      const file = join(templateDir, fileOf(id));
      expect(existsSync(file), `${fileOf(id)} exists`).toBe(true);
      const test = readFileSync(file.replace(/\.ts$/, ".test.ts"), "utf8");
      expect(check.docs).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
      expect(["critical", "high", "medium", "low", "info"]).toContain(check.severity);
      expect(test).toMatch(/\bpass\b/);
      expect(test).toMatch(/\b(fail|warn|info)\b/);
      expect(/\bunknown\b/.test(test) || /no-unknown-case: \S/.test(test)).toBe(true);
    },
  );
});
