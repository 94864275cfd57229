import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// No import circles in lib/ and cli/: a circle makes load order matter and hides which module is below which
// (docs/architecture.md). madge ships no types, so its API is typed here as far as this test uses it.
interface MadgeResult {
  circular(): string[][];
  obj(): Record<string, string[]>;
}
const madge = createRequire(import.meta.url)("madge") as (
  paths: string | string[],
  config: object,
) => Promise<MadgeResult>;

const root = path.resolve(import.meta.dirname, "..");
const graphOf = (paths: string[], baseDir: string) =>
  madge(paths, {
    baseDir,
    fileExtensions: ["ts", "tsx"],
    tsConfig: path.join(root, "tsconfig.json"),
    excludeRegExp: [/node_modules/],
  });

describe("import cycles", () => {
  const scratch = mkdtempSync(path.join(tmpdir(), "log-doctor-cycles-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("madge finds a circle when there is one", async () => {
    writeFileSync(path.join(scratch, "a.ts"), 'import { b } from "./b";\nexport const a = () => b;\n');
    writeFileSync(path.join(scratch, "b.ts"), 'import { a } from "./a";\nexport const b = () => a;\n');
    expect((await graphOf([scratch], scratch)).circular()).toEqual([["a.ts", "b.ts"]]);
  });

  it("lib/ and cli/ have none", async () => {
    const graph = await graphOf(
      ["lib", "cli"].map((dir) => path.join(root, dir)),
      root,
    );
    // The graph is the real one: every file was read and relative imports resolved.
    expect(Object.keys(graph.obj()).length).toBeGreaterThan(300);
    expect(graph.obj()["lib/sources/collector.ts"]).toContain("lib/sources/replay-collector.ts");
    expect(graph.circular()).toEqual([]);
  });
});
