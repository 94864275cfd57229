import { describe, expect, it } from "vitest";
import { awsExampleFormats } from "./doc-examples";
import { lintAccessLogFormat } from "./lint";
import { repairAccessLogFormat } from "./repair";
import { findVariables } from "./scan";
import type { ApiType } from "./types";

const clf =
  '$context.identity.sourceIp $context.identity.caller [$context.requestTime] "$context.httpMethod $context.resourcePath $context.protocol" $context.status';

describe("repairing an access log format", () => {
  it.each<[string, ApiType, string, string | null]>([
    ["CLF without the request id: it goes at the end, CLF stays CLF", "REST", clf, `${clf} $context.requestId`],
    [
      "JSON without the request id: a first member, JSON stays JSON",
      "HTTP",
      '{"ip":"$context.identity.sourceIp","status":"$context.status"}',
      '{"requestId":"$context.requestId","ip":"$context.identity.sourceIp","status":"$context.status"}',
    ],
    [
      "JSON whose requestId key holds something else",
      "REST",
      '{"requestId":"$context.status"}',
      '{"_requestId":"$context.requestId","requestId":"$context.status"}',
    ],
    ["an empty JSON object", "REST", "{}", '{"requestId":"$context.requestId"}'],
    [
      "JSON over two lines",
      "REST",
      '{"requestId":"$context.requestId",\n  "status":"$context.status"}',
      '{"requestId":"$context.requestId", "status":"$context.status"}',
    ],
    [
      "CLF over two lines and without the request id",
      "REST",
      "$context.status\r\n$context.httpMethod",
      "$context.status $context.httpMethod $context.requestId",
    ],
    [
      "a variable outside $context",
      "REST",
      "$context.requestId $input.body $context.status",
      "$context.requestId $context.status",
    ],
    [
      "a REST format with a WebSocket-only variable",
      "REST",
      "$context.requestId $context.routeKey",
      "$context.requestId",
    ],
    [
      "a variable with a documented near-namesake",
      "REST",
      "$context.requestId $context.sttus",
      "$context.requestId $context.status",
    ],
    [
      "a valid format is left alone",
      "REST",
      "$context.requestId $context.status",
      "$context.requestId $context.status",
    ],
    ["an empty format: nothing of the user's to keep", "REST", "  ", null],
    ["invalid JSON needs a person", "REST", '{"requestId":"$context.requestId" "status":"$context.status"}', null],
  ])("%s", (_name, type, format, expected) => {
    expect(repairAccessLogFormat(format, type).format).toBe(expected);
  });

  it.each(awsExampleFormats.map((example) => [example.name, example] as const))(
    "AWS's %s example, stripped of its request id, gets it back with every other field kept",
    (_name, { apiType, format }) => {
      const stripped = format.replace(/\$context\.(?:extendedR|r)equestId/g, "$context.status");
      const repaired = repairAccessLogFormat(stripped, apiType).format;
      if (lintAccessLogFormat(stripped, apiType).length === 0) return expect(repaired).toBe(stripped);
      expect(repaired).not.toBeNull();
      expect(lintAccessLogFormat(repaired!, apiType).filter((p) => p.severity === "error")).toEqual([]);
      const names = (text: string) => findVariables(text).map((v) => v.name);
      expect(names(repaired!)).toEqual(expect.arrayContaining(names(stripped)));
      expect(names(repaired!)).toContain("$context.requestId");
    },
  );

  it("says what it changed", () => {
    expect(repairAccessLogFormat("$context.status\n$input.body", "REST").changes).toEqual([
      "removed $input.body (only $context variables are logged)",
      "joined onto one line",
      "added $context.requestId",
    ]);
  });
});
