import { describe, expect, it } from "vitest";
import { fieldOf, parseAccessLine } from "./parse-line";

const clf =
  '$context.identity.sourceIp $context.identity.caller $context.identity.user [$context.requestTime] "$context.httpMethod $context.resourcePath $context.protocol" $context.status $context.responseLength $context.requestId';
const json =
  '{ "requestId":"$context.requestId", "ip": "$context.identity.sourceIp", "status":$context.status, "error":"$context.error.responseType", "route":"$context.httpMethod $context.resourcePath" }';

describe("parseAccessLine", () => {
  it.each([
    {
      name: "CLF line: every variable in its place",
      format: clf,
      line: '198.51.100.7 - - [04/Dec/2026:09:02:11 +0000] "GET /pets HTTP/1.1" 403 42 3f5c7a2e-1b2c-4d5e-8f90-123456789abc',
      expect: {
        "$context.status": "403",
        "$context.requestTime": "04/Dec/2026:09:02:11 +0000",
        "$context.resourcePath": "/pets",
        "$context.requestId": "3f5c7a2e-1b2c-4d5e-8f90-123456789abc",
      },
    },
    {
      name: "JSON line: keys mapped to the variables their values hold",
      format: json,
      line: '{ "requestId":"3f5c7a2e-1b2c-4d5e-8f90-123456789abc", "ip": "198.51.100.7", "status":403, "error":"MISSING_AUTHENTICATION_TOKEN", "route":"GET /nope" }',
      expect: {
        "$context.status": "403",
        "$context.error.responseType": "MISSING_AUTHENTICATION_TOKEN",
        "$context.identity.sourceIp": "198.51.100.7",
      },
    },
    {
      name: "CSV template",
      format: "$context.requestId,$context.status,$context.integrationErrorMessage",
      line: "3f5c7a2e-1b2c-4d5e-8f90-123456789abc,502,Lambda timed out, retry",
      expect: { "$context.status": "502", "$context.integrationErrorMessage": "Lambda timed out, retry" },
    },
  ])("$name", ({ format, line, expect: expected }) => {
    const fields = parseAccessLine(line, format, "REST");
    expect(fields).not.toBeNull();
    for (const [variable, value] of Object.entries(expected)) expect(fieldOf(fields!, variable)).toBe(value);
  });

  it("names JSON fields by their keys, and a key holding two variables by none", () => {
    const fields = parseAccessLine(
      '{"requestId":"a","ip":"b","status":200,"error":"-","route":"GET /pets"}',
      json,
      "REST",
    )!;
    expect(fields.map((f) => f.name)).toEqual(["requestId", "ip", "status", "error", "route"]);
    expect(fields.find((f) => f.name === "route")?.variable).toBeNull();
    expect(fields.find((f) => f.name === "status")?.value).toBe("200");
  });

  it.each([
    ["a line written with another format", clf, '{"requestId":"x"}'],
    ["a JSON format and a line that is not JSON", json, "198.51.100.7 - - [x] 403"],
    ["a JSON array line", json, "[1,2]"],
    ["a format with no variables", "static text", "static text"],
  ])("returns null for %s", (_name, format, line) => {
    expect(parseAccessLine(line, format, "REST")).toBeNull();
  });
});
