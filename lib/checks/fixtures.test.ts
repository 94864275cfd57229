import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCapture } from "../capture/parse-capture";
import { analyze } from "../engine/analyze";

const fixturesDir = join(__dirname, "../../fixtures");
const examples = readdirSync(fixturesDir)
  .filter((name) => name.endsWith(".expected.json"))
  .map((name) => name.replace(/\.expected\.json$/, ""));

interface Expected {
  symptoms: string[];
  findings: {
    check: string;
    status: string;
    region: string | null;
    api: string | null;
    stage: string | null;
    target: string | null;
  }[];
  verdicts: Record<string, { execution: string; access: string }>;
}

describe("example captures", () => {
  it("has the five shared examples", () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  it.each(examples)("%s: exactly the expected fail/warn findings and verdicts", (name) => {
    const parsed = parseCapture(readFileSync(join(fixturesDir, `${name}.capture.json`), "utf8"));
    if (!parsed.ok) throw new Error(parsed.error);
    const expected = JSON.parse(readFileSync(join(fixturesDir, `${name}.expected.json`), "utf8")) as Expected;
    const diagnosis = analyze(parsed.capture, { symptoms: expected.symptoms }).diagnosis;

    const key = (f: Expected["findings"][number]) =>
      JSON.stringify([f.check, f.status, f.region, f.api, f.stage, f.target]);
    const actual = diagnosis.findings
      .filter((f) => f.status === "fail" || f.status === "warn")
      .map((f) =>
        key({
          check: f.check,
          status: f.status,
          region: f.region,
          api: f.api?.id ?? null,
          stage: f.stage,
          target: f.target,
        }),
      );
    expect(actual.sort()).toEqual(expected.findings.map(key).sort());

    const verdicts: Record<string, { execution: string; access: string }> = {};
    for (const api of diagnosis.apis) {
      for (const stage of api.stages ?? [])
        verdicts[`${api.region}/${api.id}/${stage.name}`] = {
          execution: stage.execution.verdict,
          access: stage.access.verdict,
        };
    }
    expect(verdicts).toEqual(expected.verdicts);
  });
});
