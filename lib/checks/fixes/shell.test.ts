import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { awsCli, hclString, shellQuote, yamlString } from "./shell";

const echo = (quoted: string) => execFileSync("bash", ["-c", `printf %s ${quoted}`], { encoding: "utf8" });

describe("shellQuote", () => {
  it.each([
    ["plain id", "a1b2c3d4e5"],
    ["spaces and quotes", "it's a 'stage' \"x\""],
    ["command substitution", "$(rm -rf /) `id` ; | &&"],
    ["RTL override and bell", "prod\u202Egnp\u0007"],
    ["backslash and quote with a control char", "a\\b'c\u0001"],
    ["newline", "two\nlines"],
  ])("%s survives bash exactly", (_name, value) => {
    expect(echo(shellQuote(value))).toBe(value);
  });

  it("shows invisible characters instead of printing them", () => {
    expect(shellQuote("prod\u202E")).toBe("$'prod\\u202E'");
  });
});

describe("awsCli", () => {
  it("quotes every value that needs it", () => {
    expect(awsCli("apigateway", "get-stage", { region: "us-east-1", "stage-name": "my stage", skip: undefined })).toBe(
      "aws apigateway get-stage --region us-east-1 --stage-name 'my stage'",
    );
  });
});

describe("yamlString and hclString", () => {
  it("escape invisible characters and Terraform templates", () => {
    expect(yamlString('a"\u202E')).toBe('"a\\"\\u202E"');
    expect(hclString("${var.x} %{if}")).toBe('"$${var.x} %%{if}"');
  });
});
