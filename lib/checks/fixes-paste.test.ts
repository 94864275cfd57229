import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findVariables, isKnownContextVariable } from "../access-log";
import type { Capture } from "../capture/schema";
import { parseCapture } from "../capture/parse-capture";
import type { Finding } from "../diagnosis/types";
import { readModel } from "../model/read-model";
import type { Model, Stage } from "../model/types";
import { demoCapture } from "../sources/demo-source";
import { analyze } from "../engine/analyze";
import { symptomNames } from "./registry";
import { regionOf } from "./facts/region-of";

// Every fix command Log Doctor prints is pasted by someone, often into a `set -e` script. Each one runs here through
// bash (the real shell parser) with `aws` replaced by a function that prints its arguments, and the arguments are held
// against the capture the diagnosis came from.

const fixturesDir = join(__dirname, "../../fixtures");
const captures: [string, () => Capture][] = [
  ...readdirSync(fixturesDir)
    .filter((name) => name.endsWith(".capture.json"))
    .map((name): [string, () => Capture] => [
      name,
      () => {
        const parsed = parseCapture(readFileSync(join(fixturesDir, name), "utf8"));
        if (!parsed.ok) throw new Error(parsed.error);
        return parsed.capture;
      },
    ]),
  ["the built-in demo account", demoCapture],
];

/** Each `aws …` command of a fix, as the argument vectors bash would pass. */
function awsCommands(cli: string): string[][] {
  const script = `set -e\naws() { printf '%s\\0' "$@"; printf '\\n\\0'; }\n${cli}\n`;
  const run = spawnSync("bash", ["-c", script], { encoding: "utf8" });
  expect(run.status, `bash runs the fix as pasted:\n${cli}\n${run.stderr}`).toBe(0);
  const commands: string[][] = [[]];
  for (const word of run.stdout.split("\0").slice(0, -1)) {
    if (word === "\n") commands.push([]);
    else commands[commands.length - 1].push(word);
  }
  return commands.filter((command) => command.length > 0);
}

function option(command: string[], name: string): string | undefined {
  const at = command.indexOf(`--${name}`);
  return at >= 0 ? command[at + 1] : undefined;
}

/** The access log format an update-stage command sets, if it sets one. */
function formatSet(command: string[]): string | undefined {
  if (command[0] === "apigatewayv2") {
    const settings = option(command, "access-log-settings");
    return settings ? (JSON.parse(settings) as { Format?: string }).Format : undefined;
  }
  const patch = option(command, "patch-operations");
  if (!patch) return undefined;
  if (patch.startsWith("["))
    return (JSON.parse(patch) as { path: string; value?: string }[]).find(
      (op) => op.path === "/accessLogSettings/format",
    )?.value;
  const shorthand = /^op=replace,path=\/accessLogSettings\/format,value=(.*)$/s.exec(patch);
  return shorthand?.[1];
}

function stageOf(model: Model, finding: Finding): Stage | undefined {
  if (!finding.region || !finding.api || !finding.stage) return undefined;
  const api = regionOf(model, finding.region).apis.find((a) => a.id === finding.api!.id);
  return api?.stages.state === "collected" ? api.stages.value.find((s) => s.name === finding.stage) : undefined;
}

describe("fix commands work when pasted", () => {
  it("has fixes to try: the demo account and the broken examples have many", () => {
    expect(analyze(demoCapture()).diagnosis.findings.filter((f) => f.fix?.cli).length).toBeGreaterThan(10);
  });

  it.each(captures)("%s", (_name, load) => {
    const capture = load();
    const model = readModel(capture);
    const diagnosis = analyze(capture, { symptoms: symptomNames }).diagnosis;
    const fixes = diagnosis.findings.filter((f) => f.fix?.cli);
    for (const finding of fixes) {
      for (const command of awsCommands(finding.fix!.cli!)) {
        const where = `${finding.check} at ${finding.region}/${finding.api?.id ?? "-"}/${finding.stage ?? "-"}: aws ${command.join(" ")}`;
        if (command[0] === "logs" && command[1] === "create-log-group") {
          const group = option(command, "log-group-name")!;
          expect(
            regionOf(model, option(command, "region")!).logGroups.lookup(group).state,
            `${where} creates a group the capture shows exists`,
          ).not.toBe("exists");
        }
        if (command[0] === "iam" && command[1] === "create-role") {
          const name = option(command, "role-name");
          const known = [...model.roles.values()].find(
            (role) => role.name === name && role.role.state === "collected" && role.role.value !== null,
          );
          expect(known, `${where} creates a role the capture shows exists`).toBeUndefined();
        }
        const format = command[1] === "update-stage" ? formatSet(command) : undefined;
        const stage = stageOf(model, finding);
        if (format !== undefined && stage?.accessLog.format) {
          const kept = (text: string) =>
            findVariables(text)
              .map((v) => v.name)
              .filter((name) => isKnownContextVariable(name, stage.api.type));
          expect(kept(format), `${where} drops a field of the stage's own format`).toEqual(
            expect.arrayContaining(kept(stage.accessLog.format)),
          );
        }
      }
    }
  });
});
