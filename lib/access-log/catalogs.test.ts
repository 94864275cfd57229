import { describe, expect, it } from "vitest";
import { apiTypesKnowing, contextVariableCatalogs, isKnownContextVariable } from "./catalogs";
import type { ApiType } from "./types";

const types = Object.keys(contextVariableCatalogs) as ApiType[];

describe("contextVariableCatalogs", () => {
  it.each(types)("%s names are unique, well formed and sorted out of families", (apiType) => {
    const { exact, prefixes } = contextVariableCatalogs[apiType];
    expect(new Set(exact).size).toBe(exact.length);
    for (const name of exact) expect(name).toMatch(/^\$context(\.[A-Za-z0-9]+)+$/);
    for (const prefix of prefixes) expect(prefix).toMatch(/^\$context(\.[A-Za-z0-9]+)+\.$/);
  });

  it.each(types)("%s has both request ids", (apiType) => {
    expect(contextVariableCatalogs[apiType].exact).toEqual(
      expect.arrayContaining(["$context.requestId", "$context.extendedRequestId"]),
    );
  });
});

describe("isKnownContextVariable", () => {
  it.each([
    ["$context.requestId", "REST", true],
    ["$context.requestID", "REST", false],
    ["$context.resourcePath", "REST", true],
    ["$context.resourcePath", "HTTP", false],
    ["$context.resourcePath", "WEBSOCKET", false],
    ["$context.httpMethod", "WEBSOCKET", false],
    ["$context.routeKey", "REST", false],
    ["$context.routeKey", "HTTP", true],
    ["$context.routeKey", "WEBSOCKET", true],
    ["$context.connectionId", "WEBSOCKET", true],
    ["$context.connectionId", "REST", false],
    ["$context.connectionId", "HTTP", false],
    ["$context.eventType", "WEBSOCKET", true],
    ["$context.messageId", "WEBSOCKET", true],
    ["$context.integrationErrorMessage", "HTTP", true],
    ["$context.integrationErrorMessage", "WEBSOCKET", false],
    ["$context.authorizer.error", "HTTP", true],
    ["$context.dataProcessed", "HTTP", true],
    ["$context.dataProcessed", "REST", false],
    ["$context.authorizer.claims.email", "REST", true],
    ["$context.authorizer.claims.email", "HTTP", true],
    ["$context.authorizer.myKey", "WEBSOCKET", true],
    ["$context.authorizer.my-key", "REST", false],
    ["$context.authorizer.claims.my-claim", "HTTP", true],
    ["$context.identity.clientCert.subjectDN", "HTTP", true],
    ["$context.identity.clientCert.subjectDN", "WEBSOCKET", false],
    ["$context.requestOverride.header.X-Trace-Id", "REST", true],
    ["$context.requestOverride.header.X-Trace-Id", "HTTP", false],
    ["$context.responseOverride.header.Cache-Control", "REST", true],
    ["$context.requestOverride.header.", "REST", false],
    ["$context.requestOverride.header.a..b", "REST", false],
    ["$context.customDomain.basePathMatched", "HTTP", true],
    ["$context.waf.status", "WEBSOCKET", true],
    ["$context.waf.status", "HTTP", false],
    ["$context.wafResponseCode", "REST", true],
    ["$context.requestId ", "REST", false],
    ["context.requestId", "REST", false],
    ["$input.body", "REST", false],
    ["", "REST", false],
  ] as const)("%s for %s is %s", (name, apiType, want) => {
    expect(isKnownContextVariable(name, apiType)).toBe(want);
  });
});

describe("apiTypesKnowing", () => {
  it.each([
    ["$context.resourcePath", ["REST"]],
    ["$context.routeKey", ["HTTP", "WEBSOCKET"]],
    ["$context.requestId", ["REST", "HTTP", "WEBSOCKET"]],
    ["$context.nothing", []],
  ] as const)("%s", (name, want) => {
    expect(apiTypesKnowing(name)).toEqual(want);
  });
});
