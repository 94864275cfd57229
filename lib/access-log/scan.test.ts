import { describe, expect, it } from "vitest";
import { findVariables, scanReferences } from "./scan";
import type { ApiType } from "./types";

type Row = {
  name: string;
  format: string;
  apiType?: ApiType;
  want: [kind: string, name: string, start: number, known: boolean][];
};

const rows: Row[] = [
  { name: "one variable", format: "$context.requestId", want: [["context", "$context.requestId", 0, true]] },
  { name: "inside quotes", format: '"$context.requestId"', want: [["context", "$context.requestId", 1, true]] },
  {
    name: "a hyphen ends an exact name",
    format: "$context.requestId-$context.status",
    want: [
      ["context", "$context.requestId", 0, true],
      ["context", "$context.status", 19, true],
    ],
  },
  {
    name: "hyphenated text after an exact name",
    format: "$context.requestId-suffix",
    want: [["context", "$context.requestId", 0, true]],
  },
  { name: "a trailing dot is text", format: "$context.status.", want: [["context", "$context.status", 0, true]] },
  {
    name: "an identifier character does not end a name",
    format: "$context.requestIdx",
    want: [["context", "$context.requestIdx", 0, false]],
  },
  {
    name: "a dot and a segment continue a name",
    format: "$context.status.code",
    want: [["context", "$context.status.code", 0, false]],
  },
  {
    name: "adjacent variables",
    format: "$context.stage$context.status",
    want: [
      ["context", "$context.stage", 0, true],
      ["context", "$context.status", 14, true],
    ],
  },
  {
    name: "longest exact name wins",
    format: "$context.error.messageString",
    want: [["context", "$context.error.messageString", 0, true]],
  },
  { name: "case-sensitive", format: "$context.requestID", want: [["context", "$context.requestID", 0, false]] },
  {
    name: "unknown names stop at a hyphen",
    format: "$context.requestID-x",
    want: [["context", "$context.requestID", 0, false]],
  },
  { name: "bare $context", format: "$context x", want: [["context", "$context", 0, false]] },
  { name: "$context followed by a dot and nothing", format: "$context.", want: [["context", "$context", 0, false]] },
  { name: "$contextual is another root", format: "$contextual.x", want: [["other", "$contextual.x", 0, false]] },
  {
    name: "claims family",
    format: "$context.authorizer.claims.sub",
    want: [["context", "$context.authorizer.claims.sub", 0, true]],
  },
  {
    name: "claims may be hyphenated",
    format: "$context.authorizer.claims.custom-id",
    want: [["context", "$context.authorizer.claims.custom-id", 0, true]],
  },
  {
    name: "authorizer keys stop at a hyphen",
    format: "$context.authorizer.user-id",
    want: [["context", "$context.authorizer.user", 0, true]],
  },
  {
    name: "exact authorizer name before a hyphen",
    format: "$context.authorizer.principalId-x",
    want: [["context", "$context.authorizer.principalId", 0, true]],
  },
  {
    name: "header override keeps hyphens",
    format: "$context.requestOverride.header.x-request-id;",
    apiType: "REST",
    want: [["context", "$context.requestOverride.header.x-request-id", 0, true]],
  },
  {
    name: "header override is REST only",
    format: "$context.requestOverride.header.x-id",
    apiType: "HTTP",
    want: [["context", "$context.requestOverride.header.x", 0, false]],
  },
  {
    name: "family prefix alone is not a variable",
    format: "$context.requestOverride.header.",
    apiType: "REST",
    want: [["context", "$context.requestOverride.header", 0, false]],
  },
  {
    name: "known depends on the API type",
    format: "$context.connectionId",
    apiType: "REST",
    want: [["context", "$context.connectionId", 0, false]],
  },
  {
    name: "WebSocket knows connectionId",
    format: "$context.connectionId",
    apiType: "WEBSOCKET",
    want: [["context", "$context.connectionId", 0, true]],
  },
  { name: "$input", format: "x $input.body y", want: [["other", "$input.body", 2, false]] },
  {
    name: "$util call",
    format: "$util.escapeJavaScript($input.body)",
    want: [
      ["other", "$util.escapeJavaScript", 0, false],
      ["other", "$input.body", 23, false],
    ],
  },
  { name: "$stageVariables", format: "$stageVariables.env", want: [["other", "$stageVariables.env", 0, false]] },
  { name: "$method", format: "$method.request.header.x", want: [["other", "$method.request.header.x", 0, false]] },
  { name: "braced", format: "${context.requestId}", want: [["braced", "${context.requestId}", 0, false]] },
  { name: "unclosed brace", format: "${context.requestId", want: [["braced", "${context.requestId", 0, false]] },
  { name: "lone $ and $ before a digit are text", format: "$ 5$ $5 $$ $-", want: [] },
  { name: "$$ then a variable", format: "$$context.status", want: [["context", "$context.status", 1, true]] },
  { name: "quiet reference $! is text", format: "$!context.status", want: [] },
  { name: "no variables", format: "plain text", want: [] },
];

describe("scanReferences", () => {
  it.each(rows)("$name", ({ format, apiType, want }) => {
    const got = scanReferences(format, apiType).map((r) => [r.kind, r.name, r.start, r.known]);
    expect(got).toEqual(want);
  });

  it("gives a braced context reference its unbraced form", () => {
    expect(scanReferences("${context.requestId}")[0].unbraced).toBe("$context.requestId");
  });

  it("rejects an unknown API type", () => {
    expect(() => scanReferences("$context.status", "GRPC" as ApiType)).toThrow(TypeError);
  });
});

describe("findVariables", () => {
  it("reports names, positions and known flags", () => {
    expect(findVariables('{"a":"$context.requestId",\n"b":$input.body}', "REST")).toEqual([
      { name: "$context.requestId", position: { offset: 6, line: 1, column: 7 }, known: true },
      { name: "$input.body", position: { offset: 31, line: 2, column: 5 }, known: false },
    ]);
  });

  it("without an API type, knows a variable from any catalog", () => {
    expect(findVariables("$context.connectionId $context.resourcePath $context.nope").map((v) => v.known)).toEqual([
      true,
      true,
      false,
    ]);
  });
});
