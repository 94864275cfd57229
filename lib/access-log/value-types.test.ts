import { describe, expect, it } from "vitest";
import { contextVariableCatalogs } from "./catalogs";
import { numericVariables, sampleValue, valueType } from "./value-types";

describe("valueType", () => {
  it.each([
    ["$context.status", "REST", "number"],
    ["$context.responseLength", "HTTP", "number"],
    ["$context.integrationLatency", "REST", "number"],
    ["$context.requestTimeEpoch", "WEBSOCKET", "number"],
    ["$context.connectedAt", "WEBSOCKET", "number"],
    ["$context.isCanaryRequest", "REST", "boolean"],
    ["$context.error.messageString", "HTTP", "quoted-string"],
    ["$context.error.message", "HTTP", "string"],
    ["$context.requestId", "REST", "string"],
    ["$context.requestTime", "REST", "string"],
    ["$context.authorizer.numKey", "HTTP", "any"],
    ["$context.authorizer.numKey", "REST", "string"],
    ["$context.authorizer.claims.sub", "HTTP", "string"],
    ["$context.authorizer.error", "HTTP", "string"],
    ["$context.unknownThing", "REST", "string"],
  ] as const)("%s on %s is %s", (name, apiType, want) => {
    expect(valueType(name, apiType)).toBe(want);
  });

  it("every numeric name is documented by some catalog, so a typo cannot hide here", () => {
    const documented = new Set(Object.values(contextVariableCatalogs).flatMap((c) => c.exact));
    expect([...numericVariables].filter((name) => !documented.has(name))).toEqual([]);
  });
});

describe("sampleValue", () => {
  it.each([
    ["number", 200],
    ["any", 200],
    ["boolean", true],
    ["quoted-string", "text"],
  ] as const)("%s is a JSON value on its own", (type, want) => {
    expect(JSON.parse(sampleValue(type))).toBe(want);
  });

  it("a string is bare text that only parses inside quotes", () => {
    expect(() => JSON.parse(sampleValue("string"))).toThrow();
    expect(JSON.parse(`"${sampleValue("string")}"`)).toBe("text");
  });
});
