import { describe, expect, it } from "vitest";
import { awsExampleFormats } from "./doc-examples";
import { lintAccessLogFormat } from "./lint";
import type { ApiType, FormatProblem } from "./types";

/** [code, severity, offset, line, column, variable?, suggestion?] */
type Expected = [FormatProblem["code"], FormatProblem["severity"], number, number, number, string?, string?];

function summary(problems: FormatProblem[]): Expected[] {
  return problems.map((p) => {
    const row: Expected = [p.code, p.severity, p.position.offset, p.position.line, p.position.column];
    if (p.variable !== undefined || p.suggestion !== undefined) row.push(p.variable);
    if (p.suggestion !== undefined) row.push(p.suggestion);
    return row;
  });
}

const ID = "$context.requestId";

describe("lintAccessLogFormat: valid formats", () => {
  it.each(awsExampleFormats)("AWS example: $name", ({ format, apiType }) => {
    expect(lintAccessLogFormat(format, apiType)).toEqual([]);
  });

  it.each([
    {
      name: "CLF with a space before the request line",
      apiType: "REST",
      format:
        '$context.identity.sourceIp $context.identity.caller $context.identity.user [$context.requestTime] "$context.httpMethod $context.resourcePath $context.protocol" $context.status $context.responseLength $context.requestId $context.extendedRequestId',
    },
    { name: "connectionId on WebSocket", apiType: "WEBSOCKET", format: `${ID} $context.connectionId` },
    { name: "extendedRequestId alone", apiType: "REST", format: "$context.extendedRequestId" },
    { name: "one trailing newline", apiType: "REST", format: `${ID}\n` },
    { name: "hyphen between variables", apiType: "REST", format: `${ID}-$context.status` },
    { name: "quoted variable", apiType: "HTTP", format: `"${ID}"` },
    { name: "JSON with an unquoted status", apiType: "REST", format: `{"id":"${ID}","status":$context.status}` },
    {
      name: "JSON with unquoted numbers",
      apiType: "HTTP",
      format: `{"id":"${ID}","ms":$context.integrationLatency,"t":$context.requestTimeEpoch}`,
    },
    {
      name: "JSON with the self-quoting error string",
      apiType: "HTTP",
      format: `{"id":"${ID}","error":$context.error.messageString}`,
    },
    { name: "a lone $ is text", apiType: "REST", format: `${ID} cost $ 5 US$5 $$ $-` },
    { name: "Cognito claim", apiType: "REST", format: `${ID} $context.authorizer.claims.sub` },
    { name: "Lambda authorizer key", apiType: "HTTP", format: `${ID} $context.authorizer.tenant` },
    { name: "header override", apiType: "REST", format: `${ID} $context.requestOverride.header.x-trace-id` },
    {
      name: "1024-char HTTP format is at the catalog's v2 limit",
      apiType: "HTTP",
      format: ID + " ".repeat(1024 - ID.length),
    },
    {
      name: "1025-char REST format (REST has only the 3 KB quota)",
      apiType: "REST",
      format: ID + " ".repeat(1025 - ID.length),
    },
    { name: "3072 bytes exactly on REST", apiType: "REST", format: `${ID} ${"x".repeat(3072 - ID.length - 1)}` },
  ] as const)("$name", ({ format, apiType }) => {
    expect(lintAccessLogFormat(format, apiType)).toEqual([]);
  });
});

describe("lintAccessLogFormat: problems and their positions", () => {
  it.each<{ name: string; apiType: ApiType; format: string; want: Expected[] }>([
    { name: "empty", apiType: "REST", format: "", want: [["empty", "error", 0, 1, 1]] },
    { name: "only whitespace", apiType: "HTTP", format: " \t\n ", want: [["empty", "error", 0, 1, 1]] },
    {
      name: "two lines",
      apiType: "REST",
      format: `${ID}\n$context.status`,
      want: [["multi-line", "error", 18, 1, 19]],
    },
    { name: "two trailing newlines", apiType: "REST", format: `${ID}\n\n`, want: [["multi-line", "error", 18, 1, 19]] },
    { name: "CRLF at the end", apiType: "REST", format: `${ID}\r\n`, want: [["multi-line", "error", 18, 1, 19]] },
    { name: "newline first", apiType: "REST", format: `\n${ID}`, want: [["multi-line", "error", 0, 1, 1]] },
    { name: "no request id", apiType: "REST", format: "$context.status", want: [["no-request-id", "error", 0, 1, 1]] },
    {
      name: "requestID is not requestId",
      apiType: "HTTP",
      format: "$context.requestID",
      want: [
        ["no-request-id", "error", 0, 1, 1],
        ["unknown-variable", "warning", 0, 1, 1, "$context.requestID", "$context.requestId"],
      ],
    },
    {
      name: "braced request id does not count",
      apiType: "REST",
      format: "${context.requestId}",
      want: [
        ["no-request-id", "error", 0, 1, 1],
        ["not-context-variable", "error", 0, 1, 1, "${context.requestId}", "$context.requestId"],
      ],
    },
    {
      name: "$input",
      apiType: "REST",
      format: `${ID} $input.body`,
      want: [["not-context-variable", "error", 19, 1, 20, "$input.body"]],
    },
    {
      name: "$stageVariables",
      apiType: "REST",
      format: `${ID} $stageVariables.x`,
      want: [["not-context-variable", "error", 19, 1, 20, "$stageVariables.x"]],
    },
    {
      name: "$util with an argument",
      apiType: "REST",
      format: `${ID} $util.escapeJavaScript($context.path)`,
      want: [["not-context-variable", "error", 19, 1, 20, "$util.escapeJavaScript"]],
    },
    {
      name: "$method",
      apiType: "REST",
      format: `${ID} $method.request.path.id`,
      want: [["not-context-variable", "error", 19, 1, 20, "$method.request.path.id"]],
    },
    {
      name: "typo with a suggestion",
      apiType: "REST",
      format: `${ID} $context.resoucePath`,
      want: [["unknown-variable", "warning", 19, 1, 20, "$context.resoucePath", "$context.resourcePath"]],
    },
    {
      name: "REST-only variable in HTTP",
      apiType: "HTTP",
      format: `${ID} $context.resourcePath`,
      want: [["unknown-variable", "warning", 19, 1, 20, "$context.resourcePath"]],
    },
    {
      name: "connectionId on REST",
      apiType: "REST",
      format: `${ID} $context.connectionId`,
      want: [["unknown-variable", "warning", 19, 1, 20, "$context.connectionId"]],
    },
    {
      name: "routeKey on REST",
      apiType: "REST",
      format: `${ID} $context.routeKey`,
      want: [["unknown-variable", "warning", 19, 1, 20, "$context.routeKey"]],
    },
    {
      name: "1025-char HTTP format (catalog's v2 limit)",
      apiType: "HTTP",
      format: ID + " ".repeat(1025 - ID.length),
      want: [["too-long", "warning", 1024, 1, 1025]],
    },
    {
      name: "1025-char WebSocket format",
      apiType: "WEBSOCKET",
      format: ID + " ".repeat(1025 - ID.length),
      want: [["too-long", "warning", 1024, 1, 1025]],
    },
    {
      name: "REST over 3 KB too",
      apiType: "REST",
      format: `${ID} ${"x".repeat(3073 - ID.length - 1)}`,
      want: [["too-long", "warning", 3072, 1, 3073]],
    },
    {
      name: "3 KB counted in UTF-8 bytes",
      apiType: "REST",
      format: `${ID} ${"é".repeat(1600)}`,
      want: [["too-long", "warning", 1545, 1, 1546]],
    },
    {
      name: "JSON with an unquoted string variable",
      apiType: "REST",
      format: `{"id":${ID}}`,
      want: [["invalid-json", "warning", 6, 1, 7, ID]],
    },
    {
      name: "JSON missing a comma",
      apiType: "REST",
      format: `{"id":"${ID}" "s":1}`,
      want: [["invalid-json", "warning", 27, 1, 28]],
    },
    {
      name: "JSON cut short",
      apiType: "HTTP",
      format: `{"id":"${ID}"`,
      want: [["invalid-json", "warning", 26, 1, 27]],
    },
    {
      name: "JSON array with leading spaces",
      apiType: "REST",
      format: `  ["${ID}",$context.resourcePath]`,
      want: [["invalid-json", "warning", 24, 1, 25, "$context.resourcePath"]],
    },
    { name: "not JSON-looking text is never checked as JSON", apiType: "REST", format: `id=${ID} {`, want: [] },
  ])("$name", ({ format, apiType, want }) => {
    expect(summary(lintAccessLogFormat(format, apiType))).toEqual(want);
  });

  it("orders problems by position, then by code", () => {
    const format = `{"a":$context.status,\n"b":$input.body,"c":$context.stauts}`;
    expect(summary(lintAccessLogFormat(format, "REST"))).toEqual([
      ["no-request-id", "error", 0, 1, 1],
      ["multi-line", "error", 21, 1, 22],
      ["not-context-variable", "error", 26, 2, 5, "$input.body"],
      ["invalid-json", "warning", 26, 2, 5],
      ["unknown-variable", "warning", 42, 2, 21, "$context.stauts", "$context.status"],
    ]);
  });
});

describe("lintAccessLogFormat: messages", () => {
  it.each([
    {
      name: "empty",
      apiType: "REST",
      format: "",
      message: 'Access log format "" is empty or only whitespace, so nothing can be logged.',
    },
    {
      name: "multi-line quotes what precedes the break",
      apiType: "REST",
      format: `${ID}\nx`,
      message:
        'Access log format must be a single line, but it breaks after "$context.requestId"; only one newline at the very end is allowed.',
    },
    {
      name: "no request id",
      apiType: "REST",
      format: "$context.status",
      message:
        'Access log format "$context.status" has neither $context.requestId nor $context.extendedRequestId, and API Gateway requires at least one of them.',
    },
    {
      name: "outside $context",
      apiType: "REST",
      format: `${ID} $input.body`,
      message: '"$input.body" is not a $context variable, and access log formats can only use $context variables.',
    },
    {
      name: "braces",
      apiType: "REST",
      format: `${ID} \${context.status}`,
      message:
        '"${context.status}" uses braces, which AWS does not document for access log formats; write "$context.status" instead.',
    },
    {
      name: "typo",
      apiType: "REST",
      format: `${ID} $context.requestID`,
      message:
        '"$context.requestID" is not a documented $context variable for REST APIs; did you mean "$context.requestId"?',
    },
    {
      name: "variable of other API types",
      apiType: "REST",
      format: `${ID} $context.routeKey`,
      message:
        '"$context.routeKey" is not a documented $context variable for REST APIs (it is one for HTTP and WebSocket APIs).',
    },
    {
      name: "too long",
      apiType: "HTTP",
      format: `${ID} ${"x".repeat(3100)}`,
      message: `Access log format is 3119 characters, over the 1024 characters Log Doctor's catalog allows for HTTP API formats; the excess starts at "${"x".repeat(20)}…".`,
    },
    {
      name: "invalid JSON names the variable",
      apiType: "REST",
      format: `{"id":${ID}}`,
      message:
        'Access log format looks like JSON but is not valid JSON once API Gateway fills in the variables: "$context.requestId" is written as bare text, so it needs double quotes around it.',
    },
  ] as const)("$name", ({ format, apiType, message }) => {
    expect(lintAccessLogFormat(format, apiType).map((p) => p.message)).toContain(message);
  });
});

describe("lintAccessLogFormat: hostile input", () => {
  const unsafe = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;

  it("escapes control and direction characters and quotes at most about 80 characters", () => {
    const format = `<script>alert(1)</script>\u202E$context.evil\u0000${"\u200F".repeat(200)}$input.x\n${"y".repeat(3000)}`;
    const problems = lintAccessLogFormat(format, "REST");
    expect(problems.map((p) => p.code)).toEqual([
      "no-request-id",
      "unknown-variable",
      "not-context-variable",
      "multi-line",
      "too-long",
    ]);
    for (const { message } of problems) {
      expect(message).not.toMatch(unsafe);
      for (const quoted of message.match(/"[^"]*"/g) ?? [])
        expect([...quoted.replace(/\\u\{[0-9A-F]+\}/g, "?")].length).toBeLessThanOrEqual(83);
    }
    expect(problems[0].message).toContain("<script>alert(1)</script>\\u{202E}$context.evil\\u{0000}\\u{200F}");
  });

  it("handles a 100 KB format of dollars, braces, half variables and nesting", () => {
    const chunk = '$ $$ ${ ${context. $context. $context.requestID-$context.a-b-c $input. [{"a":$context.status,';
    const format = `[${chunk.repeat(Math.ceil(100_000 / chunk.length))}`.slice(0, 100_000);
    const problems = lintAccessLogFormat(format, "REST");
    const counts = new Map<string, number>();
    for (const p of problems) counts.set(p.code, (counts.get(p.code) ?? 0) + 1);
    expect(counts.get("no-request-id")).toBe(1);
    expect(counts.get("too-long")).toBe(1);
    expect(counts.get("invalid-json")).toBe(1);
    expect(counts.get("unknown-variable")).toBeGreaterThan(3000);
    expect(counts.get("not-context-variable")).toBeGreaterThan(1000);
    expect(problems.every((p, i) => i === 0 || problems[i - 1].position.offset <= p.position.offset)).toBe(true);
    expect(problems.find((p) => p.variable === "$context.requestID")?.suggestion).toBe("$context.requestId");
  });

  it("handles 100 KB of one long variable name and 100 KB of nesting", () => {
    const long = lintAccessLogFormat(`$context.${"a".repeat(100_000)}`, "HTTP");
    expect(summary(long).map((row) => row.slice(0, 3))).toEqual([
      ["no-request-id", "error", 0],
      ["unknown-variable", "warning", 0],
      ["too-long", "warning", 1024],
    ]);
    expect(long[1].message.length).toBeLessThan(200);
    const deep = lintAccessLogFormat(`${"[".repeat(100_000)}"${ID}"`, "REST");
    expect(summary(deep)).toEqual([
      ["too-long", "warning", 3072, 1, 3073],
      ["invalid-json", "warning", 100_020, 1, 100_021],
    ]);
  });

  it("treats a missing format as empty rather than throwing", () => {
    expect(lintAccessLogFormat(undefined as unknown as string, "REST").map((p) => p.code)).toEqual(["empty"]);
  });

  it("rejects an unknown API type", () => {
    expect(() => lintAccessLogFormat(ID, "SOAP" as ApiType)).toThrow(TypeError);
  });
});
