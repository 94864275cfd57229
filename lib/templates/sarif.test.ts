import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { checkTemplates } from "./check-templates";
import { renderSarif } from "./sarif";
import { testdata } from "./testing";

// The SARIF 2.1.0 schema as Microsoft's SARIF multitool package ships it (nothing is downloaded at test time). Why this 43 MB package: no small, maintained npm package ships the final 2.1.0 schema as a file
// (@microsoft/jest-sarif has only the 2019 draft 2.1.0-rtm.5, in a 2024 beta); its install script stays off
// (package.json allowScripts). The package is Linux-only, so it is an optional dependency (npm ci still works on a
// Mac); on Linux, where CI runs, it must be there and this test runs.
const require = createRequire(import.meta.url);
function schemaValidator() {
  const schemaPath = join(require.resolve("@microsoft/sarif-multitool-linux/package.json"), "..", "sarif-2.1.0.json");
  return new Ajv2020({ strict: false, allErrors: true, validateFormats: false }).compile(
    JSON.parse(readFileSync(schemaPath, "utf8")),
  );
}

describe("SARIF output", () => {
  it.skipIf(process.platform !== "linux")(
    "validates against the SARIF 2.1.0 schema, with rules, docs links, files and lines",
    async () => {
      const validate = schemaValidator();
      const report = await checkTemplates(
        [testdata("sam-api.yaml"), testdata("stage-replaced.plan.json"), testdata("missing.yaml")],
        { region: "us-east-1" },
      );
      const sarif = JSON.parse(renderSarif(report, { baseDir: join(__dirname, "testdata") }));
      expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);

      const run = sarif.runs[0];
      expect(run.tool.driver.rules).toContainEqual(
        expect.objectContaining({
          id: "method.logging-off",
          helpUri: expect.stringMatching(/^https:\/\/docs\.aws\.amazon\.com\//),
        }),
      );
      expect(run.results).toContainEqual(
        expect.objectContaining({
          ruleId: "method.logging-off",
          level: "error",
          locations: [
            {
              physicalLocation: { artifactLocation: { uri: "sam-api.yaml" }, region: { startLine: 26 } },
              logicalLocations: [{ name: "PetsApi", kind: "resource" }],
            },
          ],
        }),
      );
      expect(run.results).toContainEqual(
        expect.objectContaining({ ruleId: "template.stage-recreated-drops-settings", level: "warning" }),
      );
      // Every result's ruleIndex points at its rule; passes are not results; the unreadable file is a notification.
      for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
      expect(run.results.some((r: { level: string }) => r.level === "none")).toBe(false);
      expect(run.invocations[0]).toMatchObject({
        executionSuccessful: false,
        toolExecutionNotifications: [expect.objectContaining({ level: "error" })],
      });
    },
  );

  it.skipIf(process.platform !== "linux")(
    "the schema rejects what SARIF forbids (sanity: the validator is not vacuous)",
    () => {
      expect(schemaValidator()({ version: "2.1.0", runs: [{ tool: { driver: {} } }] })).toBe(false);
    },
  );
});
