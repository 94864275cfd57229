import { mkdirSync, mkdtempSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkTemplates } from "./check-templates";
import { testdata } from "./testing";

const dir = mkdtempSync(join(tmpdir(), "log-doctor-hostile-"));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const role = (name: string) =>
  `    Type: AWS::IAM::Role\n    Properties:\n      RoleName: ${name}\n      AssumeRolePolicyDocument: {}\n`;

const cases: [string, string, RegExp][] = [
  ["malformed.yaml", "Resources:\n  Api: [1, 2\n", /^line \d+: /],
  ["malformed.json", '{"Resources": {"Api": ', /^not valid JSON: /],
  [
    "unknown-tag.yaml",
    "Resources:\n  Api:\n    Type: AWS::ApiGateway::RestApi\n    Properties:\n      Name: !Bogus pets\n",
    /^line 5: .*!Bogus/,
  ],
  [
    "cyclic-ref.yaml",
    `Resources:\n  A:\n${role("!Ref B")}  B:\n${role("!Ref A")}`,
    /^circular reference: A → B → A|^circular reference: B → A → B/,
  ],
  ["self-sub.yaml", `Resources:\n  A:\n${role('!Sub "${A}-logs"')}`, /^circular reference: A → A/],
  [
    "cyclic-condition.yaml",
    "Conditions:\n  X: !Condition Y\n  Y: !Condition X\nResources:\n  Api:\n    Type: AWS::ApiGateway::RestApi\n    Properties:\n      Name: !If [X, a, b]\n",
    /^circular reference/,
  ],
  ["no-resources.yaml", "just: a map\n", /not a CloudFormation template/],
  ["deep.yaml", `a: ${"[".repeat(20000)}${"]".repeat(20000)}\n`, /^line 1: |nested/],
  [
    "billion-laughs.yaml",
    `a: &a [x, x, x, x, x, x, x, x, x, x]\n${["b", "c", "d", "e"].map((n, i) => `${n}: &${n} [${Array(10).fill(`*${"abcd"[i]}`).join(", ")}]`).join("\n")}\n`,
    /alias expansions/,
  ],
  ["deep.json", `${"[".repeat(5000)}${"]".repeat(5000)}`, /nested|not a CloudFormation template/],
];

describe("hostile input: a clear error per file, the other files still checked", () => {
  it.each(cases)("%s", async (name, text, message) => {
    const path = file(name, text);
    const report = await checkTemplates([path, testdata("cfn-short-tags.yaml")], { region: "us-east-1" });
    expect(report.inputs[0]).toMatchObject({ path, kind: null });
    expect(report.inputs[0].error).toMatch(message);
    expect(report.inputs[1]).toMatchObject({ kind: "cloudformation", error: null });
    expect(
      report.findings.some((f) => f.check === "template.account-role-deleted-with-stack" && f.status === "warn"),
    ).toBe(true);
  });

  it("refuses a 50 MB file by its size, without reading it", async () => {
    const path = join(dir, "huge.template.json");
    writeFileSync(path, "{");
    truncateSync(path, 50 * 1024 * 1024); // sparse: the size is what is checked
    const report = await checkTemplates([path], { region: "us-east-1" });
    expect(report.inputs[0].error).toBe(
      "50.0 MB is over the 20.0 MB limit for one file (CloudFormation accepts templates up to 1 MB)",
    );
    expect(report.findings).toEqual([]);
  });

  it("names a missing path and a directory that is not a cloud assembly", async () => {
    const report = await checkTemplates([join(dir, "nope.yaml"), dir], { region: "us-east-1" });
    expect(report.inputs.map((i) => i.error)).toEqual([
      "no such file or directory",
      `not a CDK cloud assembly: ${join(dir, "manifest.json")} does not exist`,
    ]);
  });

  it("a cloud assembly manifest cannot make it read files outside the assembly", async () => {
    const assembly = join(dir, "cdk.out");
    mkdirSync(assembly, { recursive: true });
    const stack = (templateFile: string) => ({
      type: "aws:cloudformation:stack",
      environment: "aws://unknown-account/unknown-region",
      properties: { templateFile },
    });
    const artifacts = {
      Up: stack("../malformed.json"),
      Abs: stack("/etc/passwd"),
      Nested: { type: "cdk:cloud-assembly", properties: { directoryName: ".." } },
    };
    writeFileSync(join(assembly, "manifest.json"), JSON.stringify({ version: "48.0.0", artifacts }));
    const report = await checkTemplates([assembly], { region: "us-east-1" });
    expect(report.inputs.map((i) => i.error)).toEqual([
      'names "../malformed.json", which is not a file inside the assembly',
      'names "/etc/passwd", which is not a file inside the assembly',
      'names "..", which is not a file inside the assembly',
    ]);
  });
});
