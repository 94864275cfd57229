import { execFileSync } from "node:child_process";
import { mkdtempSync, openSync, closeSync, ftruncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { capture } from "../../testing/capture-builder";
import { runCli } from "../testing/run-cli";

const root = join(__dirname, "../..");
const fixture = (name: string) => join(root, "fixtures", `${name}.capture.json`);
const tmp = mkdtempSync(join(tmpdir(), "log-doctor-cli-"));
const file = (name: string, content: string) => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};
const valid = JSON.parse(JSON.stringify(capture().restApi("a1").stage("prod").build()));

describe("log-doctor diagnose --capture", () => {
  it.each([
    ["01-healthy-rest-delivered", 0],
    ["02-account-role-unset-one-region", 1],
    ["03-role-deleted", 1],
  ])("%s exits %i", async (name, code) => {
    const run = await runCli(["diagnose", "--capture", fixture(name)]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(code);
    expect(run.stdout).toMatch(/execution logs:/);
  });

  it("--compact prints the ticket-sized Markdown: summary first, the failing stages, under 10,000 characters", async () => {
    const run = await runCli(["diagnose", "--capture", fixture("demo-account"), "--format", "markdown", "--compact"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^# Log Doctor diagnosis\n\nOf 14 API stages in 4 regions, /);
    expect(run.stdout).toContain("## Failing stages (10)");
    expect(run.stdout.length).toBeLessThan(10_000);
    const text = await runCli(["diagnose", "--capture", fixture("demo-account"), "--compact"]);
    expect(text.code).toBe(2);
    expect(text.stderr).toMatch(/--compact needs --format markdown/);
  });

  it("prints byte-identical JSON for the same capture", async () => {
    const first = await runCli([
      "diagnose",
      "--capture",
      fixture("04-method-override-off-format-no-requestid"),
      "--format",
      "json",
    ]);
    const second = await runCli([
      "diagnose",
      "--capture",
      fixture("04-method-override-off-format-no-requestid"),
      "--format",
      "json",
    ]);
    expect(first.stdout.length).toBeGreaterThan(1000);
    expect(second.stdout).toBe(first.stdout);
    expect(JSON.parse(first.stdout).kind).toBe("log-doctor/diagnosis");
  });

  it("adds symptom explanations and rejects unknown symptoms", async () => {
    const run = await runCli([
      "diagnose",
      "--capture",
      fixture("01-healthy-rest-delivered"),
      "--format",
      "json",
      "--symptom",
      "413",
      "--symptom",
      "test-invoke",
    ]);
    const ids = JSON.parse(run.stdout)
      .findings.filter((f: { status: string }) => f.status === "info")
      .map((f: { check: string }) => f.check);
    expect(ids).toEqual(expect.arrayContaining(["symptom.413", "symptom.test-invoke"]));
    const bad = await runCli(["diagnose", "--capture", fixture("01-healthy-rest-delivered"), "--symptom", "418"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown symptom "418"/);
  });
});

describe("bad input: exit 2, one clear line on stderr, nothing on stdout", () => {
  const huge = join(tmp, "huge.json");
  const fd = openSync(huge, "w");
  ftruncateSync(fd, 200 * 1024 * 1024); // sparse: 200 MB on paper, nothing written
  closeSync(fd);

  it.each([
    ["an empty file", file("empty.json", ""), /capture is empty/],
    ["not JSON", file("not.json", "{ kind: nope"), /not valid JSON/],
    [
      "the wrong kind",
      file("kind.json", JSON.stringify({ ...valid, kind: "something-else" })),
      /kind must be "log-doctor\/capture"/,
    ],
    ["the wrong version", file("version.json", JSON.stringify({ ...valid, version: 2 })), /version must be 1/],
    [
      "a call with output and error",
      file(
        "both.json",
        JSON.stringify({
          ...valid,
          calls: [
            {
              service: "sts",
              operation: "GetCallerIdentity",
              input: {},
              output: {},
              error: { name: "X", message: "y" },
            },
          ],
        }),
      ),
      /call 0 has both output and error/,
    ],
    ["a 200 MB file", huge, /200 MB, larger than the 100 MB limit/],
    ["a directory", tmp, /is a directory/],
    ["a missing file", join(tmp, "missing.json"), /no such file/],
  ])("%s", async (_name, path, message) => {
    const run = await runCli(["diagnose", "--capture", path]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    ["an unknown format", ["diagnose", "--capture", fixture("01-healthy-rest-delivered"), "--format", "html"]],
    ["an unknown option", ["diagnose", "--bogus"]],
    ["an unknown command", ["frobnicate"]],
  ])("%s", async (_name, args) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
  });
});

describe("hostile strings", () => {
  const hostileName = `<script>alert(1)</script><img src=x onerror=alert(2)>\u202Egnp.exe\u0007`;
  const longName = "n".repeat(100_000);
  const hostile = capture()
    .restApi("a1", { name: hostileName })
    .stage("prod<b>\u202E", {
      loggingLevel: "OFF",
      access: {
        destinationArn: "arn:aws:logs:us-east-1:123456789012:log-group:x",
        format: "<script>$context.bad</script>\n`rm -rf`",
      },
    })
    .httpApi("h1", { name: longName })
    .stage("$default", { access: null })
    .build();
  const path = file("hostile.json", JSON.stringify(hostile));

  it("come out verbatim in JSON", async () => {
    const run = await runCli(["diagnose", "--capture", path, "--format", "json"]);
    const diagnosis = JSON.parse(run.stdout);
    expect(diagnosis.apis.map((a: { name: string }) => a.name)).toEqual([hostileName, longName]);
    expect(diagnosis.apis[0].stages[0].name).toBe("prod<b>\u202E");
  });

  it("are escaped in Markdown (code blocks keep them literal, never as HTML)", async () => {
    const run = await runCli(["diagnose", "--capture", path, "--format", "markdown"]);
    const prose = run.stdout.replace(/^( *)(`{3,})[^\n]*\n[\s\S]*?\n\1\2$/gm, "");
    expect(prose).not.toMatch(/<script>|<img|<b>/);
    expect(run.stdout).toContain("&lt;script&gt;");
    expect(run.stdout).not.toMatch(/[\u202E\u0007]/);
    expect(run.stdout.length).toBeLessThan(60_000);
  });

  it("are escaped in text, and shell-quoted in fix commands", async () => {
    const run = await runCli(["diagnose", "--capture", path]);
    expect(run.stdout).not.toMatch(/[\u202E\u0007\u001b]/);
    expect(run.stdout).toContain("\\u202E");
    expect(run.stdout).toContain("--stage-name $'prod<b>\\u202E'");
  });
});

describe("the bin", () => {
  it("runs with npx semantics straight from the repository (tsx, no build)", () => {
    const out = execFileSync(
      process.execPath,
      [join(root, "cli/bin.mjs"), "diagnose", "--capture", fixture("01-healthy-rest-delivered"), "--format", "json"],
      { encoding: "utf8" },
    );
    expect(JSON.parse(out).apis[0].stages[0].execution.verdict).toBe("delivered");
  });
});
