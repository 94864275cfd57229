import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { allowedCommands } from "./allowlist";
import { sdkUsageOf } from "./testing/sdk-usage";

/**
 * The read-only guarantee must not rest on reviewers noticing a new file. These tests read every source file's
 * syntax tree — imports of any form, namespace objects, dynamic `import()` and `require`, `client["send"]` — so a
 * file that could send a command the allowlist does not name fails the suite.
 */
const root = fileURLToPath(new URL("../../", import.meta.url));
const awsDir = fileURLToPath(new URL("./", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      return ["node_modules", "test-results", "playwright-report"].includes(name) || name.startsWith(".")
        ? []
        : sourceFiles(path);
    return /\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

const isTest = (file: string) => /\.(test|spec)\.[cm]?[jt]sx?$/.test(file);
const everySource = sourceFiles(root).filter((file) => !isTest(file));
const usages = everySource.map((file) => ({
  file: relative(root, file),
  inGate: file.startsWith(awsDir),
  usage: sdkUsageOf(file, readFileSync(file, "utf8")),
}));
const gate = usages.filter((u) => u.inGate);

/** lib/aws files that hold a whole client's namespace object: the replay server reads the SDK's schemas with it. */
const reviewedNamespaceHolders = ["lib/aws/replay/wire-services.ts"];
/** Files that load modules by a computed name: the bench runner loads bench/*.ts, which this test reads as well. */
const reviewedComputedLoads = ["bench/run.ts"];

describe("the read-only gate cannot be bypassed by a new file", () => {
  it("reads a real tree: the repository's sources, the gate among them", () => {
    expect(everySource.length).toBeGreaterThan(100);
    expect(gate.map((u) => u.file)).toContain("lib/aws/read-only-send.ts");
  });

  it("no file outside lib/aws loads the AWS SDK, in any form (import, export, import(), require)", () => {
    const outside = usages
      .filter((u) => !u.inGate && u.usage.sdkModules.length > 0)
      .map((u) => `${u.file}: ${u.usage.sdkModules.map((m) => `${m.how} ${m.module}`).join(", ")}`);
    expect(outside).toEqual([]);
  });

  it("no file outside lib/aws loads a module whose name is computed (it could be the SDK)", () => {
    expect(usages.filter((u) => !u.inGate && u.usage.computedLoads > 0).map((u) => u.file)).toEqual(
      reviewedComputedLoads,
    );
  });

  it("no file outside lib/aws constructs an AWS command or touches a client's send", () => {
    const outside = usages.filter(
      (u) => !u.inGate && (u.usage.commandConstructions.length > 0 || u.usage.sendAccesses.length > 0),
    );
    expect(
      outside.map(
        (u) =>
          `${u.file}: ${[...u.usage.commandConstructions.map((c) => `new ${c.name} (line ${c.line})`), ...u.usage.sendAccesses.map((line) => `send (line ${line})`)].join(", ")}`,
      ),
    ).toEqual([]);
  });

  it("inside lib/aws only read-only-send.ts touches send, and nothing loads the SDK dynamically", () => {
    expect(gate.filter((u) => u.usage.sendAccesses.length > 0).map((u) => u.file)).toEqual([
      "lib/aws/read-only-send.ts",
    ]);
    expect(
      gate
        .filter(
          (u) =>
            u.usage.sdkModules.some((m) => m.how === "dynamic import" || m.how === "require") ||
            u.usage.computedLoads > 0,
        )
        .map((u) => u.file),
    ).toEqual([]);
  });

  it("a whole client's namespace is handed around only by the reviewed replay module", () => {
    expect([...new Set(gate.filter((u) => u.usage.namespaceEscapes.length > 0).map((u) => u.file))]).toEqual(
      reviewedNamespaceHolders,
    );
  });

  it("every *Command class reachable from the code (named imports and namespace members) is on the allowlist", async () => {
    const reachable = gate.flatMap((u) => u.usage.commands.map((command) => ({ ...command, file: u.file })));
    expect(reachable.length).toBeGreaterThanOrEqual(allowedCommands.length);
    const refused: string[] = [];
    for (const { file, module, name } of reachable) {
      const Command = ((await import(module)) as Record<string, unknown>)[name];
      if (!allowedCommands.some((entry) => entry.Command === Command)) refused.push(`${file}: ${name} from ${module}`);
    }
    expect(refused).toEqual([]);
  });

  it("every command constructed in lib/aws is an allowlist entry's class", () => {
    const constructed = gate.flatMap((u) => u.usage.commandConstructions.map((c) => `${u.file}: new ${c.name}`));
    // `new entry.Command(…)`: the only way lib/aws builds a command is from an allowlist entry.
    expect(constructed.every((line) => line.endsWith("new Command"))).toBe(true);
  });
});

describe("sdkUsageOf sees the ways around a regex", () => {
  it("a namespace import, a bracket send, a dynamic import and a require", () => {
    const sneaky = sdkUsageOf(
      "sneaky.ts",
      `import * as apigateway from "@aws-sdk/client-api-gateway";
       const iam = await import("@aws-sdk/client-iam");
       const { DeleteRoleCommand } = require("@aws-sdk/client-iam");
       export const go = (client: any, name: string) => client["send"](new apigateway.DeleteRestApiCommand({ restApiId: name }));
       const { send } = client; const m = await import(name);`,
    );
    expect(sneaky.sdkModules.map((m) => m.how)).toEqual(["import", "dynamic import", "require"]);
    expect(sneaky.commands).toEqual([{ module: "@aws-sdk/client-api-gateway", name: "DeleteRestApiCommand" }]);
    expect(sneaky.commandConstructions.map((c) => c.name)).toEqual(["DeleteRestApiCommand"]);
    expect(sneaky.sendAccesses).toHaveLength(2);
    expect(sneaky.computedLoads).toBe(1);
  });

  it("an aliased named import counts by the name it has in the SDK", () => {
    const aliased = sdkUsageOf(
      "a.ts",
      `import { DeleteRestApiCommand as GetThing } from "@aws-sdk/client-api-gateway";`,
    );
    expect(aliased.commands).toEqual([{ module: "@aws-sdk/client-api-gateway", name: "DeleteRestApiCommand" }]);
  });

  it("commander's Command is not an AWS command", () => {
    expect(sdkUsageOf("c.ts", `import { Command } from "commander"; new Command("x");`).commandConstructions).toEqual(
      [],
    );
  });
});
