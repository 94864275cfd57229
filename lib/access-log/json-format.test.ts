import { describe, expect, it } from "vitest";
import { checkJsonFormat, looksLikeJson } from "./json-format";
import { scanReferences } from "./scan";
import type { ApiType } from "./types";

function check(format: string, apiType: ApiType = "REST") {
  return checkJsonFormat(format, scanReferences(format, apiType), apiType);
}

describe("looksLikeJson", () => {
  it.each([
    ["{}", true],
    ["  [1]", true],
    ["\n{", true],
    ["$context.requestId {", false],
    ["<request/>", false],
    ["", false],
  ])("%j is %s", (format, want) => {
    expect(looksLikeJson(format)).toBe(want);
  });
});

describe("checkJsonFormat", () => {
  it.each([
    { name: "quoted strings", format: '{"id":"$context.requestId","ip":"$context.identity.sourceIp"}' },
    { name: "unquoted status", format: '{"id":"$context.requestId","status":$context.status}' },
    {
      name: "unquoted numbers",
      format: '{"len":$context.responseLength,"lat":$context.integrationLatency,"t":$context.requestTimeEpoch}',
    },
    { name: "quoted numbers", format: '{"status":"$context.status"}' },
    { name: "messageString brings its own quotes", format: '{"error":$context.error.messageString}' },
    { name: "unquoted canary flag", format: '{"canary":$context.isCanaryRequest}' },
    {
      name: "HTTP authorizer values keep their type",
      format: '{"n":$context.authorizer.numKey}',
      apiType: "HTTP" as ApiType,
    },
    { name: "array", format: '["$context.requestId",$context.status]' },
    { name: "trailing newline", format: '{"id":"$context.requestId"}\n' },
    { name: "hyphen after a variable inside a string", format: '{"id":"$context.requestId-$context.stage"}' },
  ])("valid: $name", ({ format, apiType }) => {
    expect(check(format, apiType)).toBeNull();
  });

  it.each([
    {
      name: "unquoted string variable",
      format: '{"id":$context.requestId}',
      want: {
        offset: 6,
        variable: "$context.requestId",
        reason: '"$context.requestId" is written as bare text, so it needs double quotes around it',
      },
    },
    {
      name: "messageString inside quotes",
      format: '{"e":"$context.error.messageString"}',
      want: {
        offset: 6,
        variable: "$context.error.messageString",
        reason:
          '"$context.error.messageString" is written with its own double quotes, so it must not sit inside quotes',
      },
    },
    {
      name: "unquoted REST authorizer value",
      format: '{"k":$context.authorizer.key}',
      want: {
        offset: 5,
        variable: "$context.authorizer.key",
        reason: '"$context.authorizer.key" is written as bare text, so it needs double quotes around it',
      },
    },
    {
      name: "a missing comma before a string variable is not blamed on quoting",
      format: '{"a":"b" $context.requestId}',
      want: { offset: 9, variable: "$context.requestId", reason: `a ',' or '}' is expected at "$context.requestId"` },
    },
    {
      name: "a variable as a property name",
      format: "{$context.requestId:1}",
      want: {
        offset: 1,
        variable: "$context.requestId",
        reason: 'a property name in double quotes is expected at "$context.requestId"',
      },
    },
    {
      name: "a number where a comma belongs",
      format: '{"a":"b"$context.status}',
      want: { offset: 8, variable: "$context.status", reason: `a ',' or '}' is expected at "$context.status"` },
    },
    {
      name: "missing comma after a variable is mapped back past it",
      format: '{"s":$context.status "x":1}',
      want: { offset: 21, reason: `a ',' or '}' is expected at ""x":1}"` },
    },
    {
      name: "trailing comma",
      format: '{"id":"$context.requestId",}',
      want: { offset: 27, reason: `a property name in double quotes is expected at "}"` },
    },
    {
      name: "cut short",
      format: '{"id":"$context.requestId"',
      want: { offset: 26, reason: "a ',' or '}' is expected (the text ends too early)" },
    },
    {
      name: "unquoted $input is left literal",
      format: '{"b":$input.body}',
      want: { offset: 5, reason: 'a value is expected at "$input.body}"' },
    },
  ])("invalid: $name", ({ format, want }) => {
    expect(check(format)).toEqual(want);
  });
});
