import { expect, test } from "@playwright/test";
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { groupDiagnosis } from "../lib/diagnosis/group";
import type { Diagnosis, Verdict } from "../lib/diagnosis/types";
import { causeLabel } from "../lib/checks/registry";
import { OverviewPage, type StageRow } from "./pages/overview-page";
import { StartPage } from "./pages/start-page";
import { watchPage } from "./support/checks";

const verdictText: Record<Verdict, string> = {
  missing: "Missing",
  partial: "Partial",
  unknown: "Unknown",
  delivered: "Delivered",
  expected: "Expected",
  "not-supported": "Not supported",
};
const fixtures = readdirSync("fixtures")
  .filter((name) => name.endsWith(".capture.json"))
  .sort();

/** What the CLI says about a capture file, as the overview should show it. */
function cliRows(file: string): StageRow[] {
  const run = spawnSync(process.execPath, ["cli/bin.mjs", "diagnose", "--capture", file, "--format", "json"], {
    encoding: "utf8",
  });
  expect(run.status, run.stderr).toBeLessThan(2);
  const diagnosis = JSON.parse(run.stdout) as Diagnosis;
  return groupDiagnosis(diagnosis).regions.flatMap((region) =>
    region.apis.flatMap(({ api, stages }) =>
      api.stages === null
        ? [
            {
              region: region.region,
              apiName: api.name,
              apiId: api.id,
              stage: "stages unreadable",
              execution: "Unknown",
              access: "Unknown",
              cause: "Stages could not be read",
            },
          ]
        : stages.map(({ stage, causes }) => {
            const first = causes.find((f) => f.status === "fail") ?? causes[0];
            return {
              region: region.region,
              apiName: api.name,
              apiId: api.id,
              stage: stage.name,
              execution: verdictText[stage.execution.verdict],
              access: verdictText[stage.access.verdict],
              cause: first ? causeLabel(first.check) : "None found",
            };
          }),
    ),
  );
}

const byKey = (rows: StageRow[]) =>
  [...rows].sort((a, b) => `${a.region}/${a.apiId}/${a.stage}`.localeCompare(`${b.region}/${b.apiId}/${b.stage}`));

for (const fixture of fixtures) {
  test(`uploading ${fixture} shows the CLI's verdicts and first causes for every stage`, async ({ page }) => {
    const watched = watchPage(page);
    const start = new StartPage(page);
    await start.goto();
    await start.upload(`fixtures/${fixture}`);
    await expect(page).toHaveURL(/\/diagnose\/[A-Za-z0-9_-]{22}$/);
    const overview = new OverviewPage(page);
    await overview.expectLoaded();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(fixture);
    expect(byKey(await overview.rows())).toEqual(byKey(cliRows(`fixtures/${fixture}`)));
    expect(watched.problems).toEqual([]);
  });
}
