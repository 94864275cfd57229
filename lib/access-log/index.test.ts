import { describe, expect, it } from "vitest";
import * as accessLog from "./index";

describe("lib/access-log public API", () => {
  it("exports what the stage.access-log-format-invalid check is written against", () => {
    expect(Object.keys(accessLog).sort()).toEqual([
      "accessLogTemplateLimitBytes",
      "awsExampleFormats",
      "contextVariableCatalogs",
      "findVariables",
      "isKnownContextVariable",
      "lintAccessLogFormat",
    ]);
  });

  it("works end to end from the index", () => {
    const [problem] = accessLog.lintAccessLogFormat("$context.requestId $context.eventType", "HTTP");
    expect(problem).toMatchObject({ code: "unknown-variable", severity: "warning", variable: "$context.eventType" });
    expect(accessLog.isKnownContextVariable("$context.eventType", "WEBSOCKET")).toBe(true);
    expect(accessLog.findVariables("$context.eventType", "HTTP")).toEqual([
      { name: "$context.eventType", position: { offset: 0, line: 1, column: 1 }, known: false },
    ]);
  });
});
