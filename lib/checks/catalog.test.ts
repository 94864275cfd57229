import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checks } from "./registry";

// docs/spec/checks.md is the repository's copy of the check catalog (the contract in shared/spec).
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

  it.each(checks.map((c) => [c.id, c] as const))("%s: one file named after its id, with metadata and a table test", (id, check) => {
    const file = join(__dirname, fileOf(id));
    expect(existsSync(file), `${fileOf(id)} exists`).toBe(true);
    const testFile = file.replace(/\.ts$/, ".test.ts");
    expect(existsSync(testFile), `${fileOf(id).replace(/\.ts$/, ".test.ts")} exists`).toBe(true);
    expect(check.title.length).toBeGreaterThan(5);
    expect(check.docs).toMatch(/^https:\/\/(docs\.aws\.amazon\.com|repost\.aws)\//);
    expect(["critical", "high", "medium", "low", "info"]).toContain(check.severity);

    // The style guide's table test: named pass, fail and unknown cases (or a documented reason why unknown cannot happen).
    const test = readFileSync(testFile, "utf8");
    expect(test).toMatch(/\bpass\b/);
    expect(test).toMatch(/\b(fail|warn|info)\b/);
    expect(/\bunknown\b/.test(test) || /no-unknown-case: \S/.test(test)).toBe(true);
  });

  it("has no check file that is not registered", () => {
    const registeredFiles = new Set(checks.map((c) => fileOf(c.id)));
    const files = readdirSync(__dirname).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
    const engineFiles = new Set(["engine.ts", "registry.ts", "verdicts.ts"]);
    expect(files.filter((f) => !engineFiles.has(f) && !registeredFiles.has(f))).toEqual([]);
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

  it.each(templateChecks.map((c) => [c.id, c] as const))("%s: one file named after its id, with metadata and a table test", (id, check) => {
    const file = join(templateDir, fileOf(id));
    expect(existsSync(file), `${fileOf(id)} exists`).toBe(true);
    const test = readFileSync(file.replace(/\.ts$/, ".test.ts"), "utf8");
    expect(check.docs).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
    expect(["critical", "high", "medium", "low", "info"]).toContain(check.severity);
    expect(test).toMatch(/\bpass\b/);
    expect(test).toMatch(/\b(fail|warn|info)\b/);
    expect(/\bunknown\b/.test(test) || /no-unknown-case: \S/.test(test)).toBe(true);
  });
});
