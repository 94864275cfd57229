import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { iamRoleEvent, restUpdateStage, trailRecord } from "../../testing/cloudtrail/trail-records";
import { main } from "../main";

const samples = join(__dirname, "../../fixtures/cloudtrail");
let dir: string;

async function run(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const io = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: {},
  };
  const code = await main(["trail", ...argv], io);
  return { code, stdout, stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "trail-cli-"));
  const records = [
    trailRecord({ eventName: "GetRestApis", readOnly: true, requestParameters: { limit: 500 } }),
    restUpdateStage("a1b2c3d4e5", "prod", [{ op: "replace", path: "/*/*/logging/loglevel", value: "OFF" }]),
    iamRoleEvent("DeleteRole", "apigw-logs"),
  ];
  writeFileSync(join(dir, "trail.json.gz"), gzipSync(JSON.stringify({ Records: records })));
  const hostile = trailRecord({
    eventName: "Update\u202Egnp.exe",
    userAgent: "curl\u001b[31m red",
    requestParameters: null,
  });
  writeFileSync(join(dir, "hostile.json"), JSON.stringify(hostile));
  writeFileSync(join(dir, "capture.json"), JSON.stringify({ kind: "log-doctor/capture", version: 1, calls: [] }));
  writeFileSync(join(dir, "empty.json"), "");
  mkdirSync(join(dir, "folder"));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("log-doctor trail", () => {
  it("explains AWS's three sample records, with the right actor types and a note on what is not JSON", async () => {
    const result = await run(
      join(samples, "apigateway-doc-example.txt"),
      join(samples, "serverlessrepo-create-application.json"),
      join(samples, "iot-attach-policy.json"),
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain(
      "2015-06-17T00:47:28Z  GetResource  apigateway.amazonaws.com  us-east-1  read-only",
    );
    expect(result.stdout).toContain("by root user of account 123456789012 [Root] arn:aws:iam::123456789012:root");
    expect(result.stdout).toMatch(/"\.\.\. additional entries \.\.\." at line 1, column \d+ is not JSON/);
    expect(result.stdout).toContain("by root user of account 999999999999 via signin.amazonaws.com [Root]");
    expect(result.stdout).toContain(
      "by role iotmonitor-us-east-1-InstanceRole-1C5T1YCYMHPYT (session i-35d0a4b6) via service account 111111111111 [AssumedRole]",
    );
    expect(result.stdout).toContain("AWS IoT List calls are not recorded");
  });

  it("reads a gzipped log file and highlights changes to logging; --changes-only leaves the rest out", async () => {
    const all = await run(join(dir, "trail.json.gz"));
    expect(all.code).toBe(0);
    expect(all.stdout).toContain('-- CloudTrail log file ({"Records": [...]}), gzip: 3 events');
    expect(all.stdout).toContain(
      "! logging change (warn): stage prod of API a1b2c3d4e5: execution logging turned OFF for the whole stage",
    );
    expect(all.stdout).toContain("! logging change (warn): role apigw-logs: role deleted");
    const changes = await run(join(dir, "trail.json.gz"), "--changes-only");
    expect(changes.stdout).not.toContain("GetRestApis");
    expect(changes.stdout).toContain("3 events, 2 shown");
  });

  it("writes one JSON document with every file's events, problems and notes", async () => {
    const result = await run(
      join(dir, "trail.json.gz"),
      join(samples, "apigateway-doc-example.txt"),
      "--format",
      "json",
    );
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(output.kind).toBe("log-doctor/trail");
    expect(output.files.map((file: { events: unknown[] }) => file.events.length)).toEqual([3, 1]);
    expect(output.files[0].events[1].change.level).toBe("warn");
    expect(output.files[1].problems[1].at).toMatchObject({ line: 1 });
    expect(output.files[0].notes.map((note: { id: string }) => note.id)).toContain("api-requests-not-recorded");
  });

  it("explains an event name CloudTrail never records", async () => {
    const result = await run(join(dir, "trail.json.gz"), "--event", "TestInvokeMethod");
    expect(result.stdout).toContain('No event named "TestInvokeMethod" in this file.');
    expect(result.stdout).toContain("The console's Test button is not recorded");
  });

  it("escapes hostile text in records", async () => {
    const result = await run(join(dir, "hostile.json"));
    expect(result.stdout).toContain("Update\\u202Egnp.exe");
    expect(result.stdout).toContain("curl\\u001B[31m red");
    expect(result.stdout).not.toMatch(/[\u001b\u202e]/);
    const json = await run(join(dir, "hostile.json"), "--format", "json");
    expect(json.stdout).not.toMatch(/[\u001b\u202e]/);
    expect(JSON.parse(json.stdout).files[0].events[0].name).toBe("Update\u202Egnp.exe");
  });

  it.each([
    ["a missing file", () => join(dir, "missing.json"), /^log-doctor: .*missing\.json: no such file\n$/],
    ["a directory", () => join(dir, "folder"), /^log-doctor: .*folder: is a directory, not a CloudTrail file\n$/],
    [
      "JSON that is not CloudTrail",
      () => join(dir, "capture.json"),
      /^log-doctor: .*capture\.json: not a CloudTrail file: the value at line 1, column 1 is not a CloudTrail event/,
    ],
    [
      "an empty file",
      () => join(dir, "empty.json"),
      /^log-doctor: .*empty\.json: not a CloudTrail file: the input is empty\n$/,
    ],
  ])("exits 2 with one line for %s", async (_name, path, message) => {
    const result = await run(path());
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });
});
