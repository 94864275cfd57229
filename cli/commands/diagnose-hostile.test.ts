import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { capture } from "../../testing/capture-builder";
import { runCli } from "../testing/run-cli";

const tmp = mkdtempSync(join(tmpdir(), "log-doctor-hostile-"));
const file = (name: string, content: string) => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};
/** A valid capture's text with `"@hostile"` where the GetStages output's stages belong. */
const withHole = () => {
  const built = capture().restApi("a1").stage("prod").build();
  built.calls.find((call) => call.operation === "GetStages")!.output = { item: "@hostile" };
  return JSON.stringify(built);
};
/** Terminal control bytes: C0 (ESC, BEL), DEL and C1 (CSI U+009B, OSC U+009D). */
const controlBytes = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

describe("hostile captures: exit 2 with one line naming the limit, nothing on stdout", () => {
  it.each([
    [
      "1,000,000 region names",
      () =>
        withHole().replace(
          '"regions":["us-east-1"]',
          `"regions":[${Array.from({ length: 1_000_000 }, (_, i) => `"r${i}"`).join(",")}]`,
        ),
      /capture lists 1,000,000 regions, more than the limit of 64 regions$/,
    ],
    [
      "100,000 levels of nesting",
      () => withHole().replace('"@hostile"', `${"[".repeat(100_000)}${"]".repeat(100_000)}`),
      /call \d+ output is nested more than 32 levels deep \(the nesting limit\)$/,
    ],
    [
      "a 2,000,000-item listing",
      () => withHole().replace('"@hostile"', `[${"1,".repeat(2_000_000)}1]`),
      /call \d+ output has a listing of 2,000,001 items, more than the limit of 50,000 per listing$/,
    ],
    ["malformed JSON full of escape sequences", () => "\u001b[2J\u001b]0;pwned\u0007\u009b31m{", /not valid JSON/],
  ])("%s", async (name, text, message) => {
    const run = await runCli(["diagnose", "--capture", file(`${name}.json`, text())]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trimEnd()).toMatch(message);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(run.stderr.trimEnd()).not.toMatch(controlBytes);
  });

  it("reads a capture saved with a UTF-8 byte-order mark, as the server does", async () => {
    const run = await runCli([
      "diagnose",
      "--capture",
      file("bom.json", `\uFEFF${JSON.stringify(capture().restApi("a1").stage("prod").build())}`),
    ]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/stage prod/);
  });
});

describe("terminal safety of the text report", () => {
  it("escapes every capture string: account id, capture time, API and stage names", async () => {
    const built = capture()
      .restApi("a1", { name: "orders\u001b]8;;http://evil.example/\u0007click\u001b]8;;\u0007" })
      .stage("prod\u009b2J")
      .build();
    const identity = built.calls.find((call) => call.operation === "GetCallerIdentity")!;
    identity.output = { ...(identity.output as object), Account: "1234\u001b[5mBLINK\u001b]0;pwned-title\u0007" };
    built.capturedAt = "Sun Nov 22 2026 10:00:00 GMT (\u001b]0;title\u0007)";
    const run = await runCli(["diagnose", "--capture", file("ansi.json", JSON.stringify(built))]);
    expect(run.stderr).toBe("");
    expect(run.stdout).not.toMatch(controlBytes);
    expect(run.stdout).toContain("account 1234\\u001B[5mBLINK\\u001B]0;pwned-title\\u0007");
    expect(run.stdout).toContain("orders\\u001B]8;;http://evil.example/\\u0007click");
    expect(run.stdout).toContain("stage prod\\u009B2J");
  });
});
