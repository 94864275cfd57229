import { describe, expect, it } from "vitest";
import { parseRunbookTarget, runbookPath } from "../runbook/target";
import {
  baseUrlFromHeaders,
  DEFAULT_BASE_URL,
  isLoopbackUrl,
  loopbackWarning,
  reportUrl,
  resolveBaseUrl,
  runbookUrl,
} from "./urls";

describe("runbook targets", () => {
  it.each([
    ["us-east-1", "a1b2c3d4e5", undefined, { region: "us-east-1", apiId: "a1b2c3d4e5" }],
    ["eu-central-2", "a1b2c3d4e5", "prod", { region: "eu-central-2", apiId: "a1b2c3d4e5", stage: "prod" }],
    ["us-gov-west-1", "a1b2c3d4e5", "$default", { region: "us-gov-west-1", apiId: "a1b2c3d4e5", stage: "$default" }],
    [
      "us-isob-east-1",
      "a1b2c3d4e5",
      "v2_beta-1",
      { region: "us-isob-east-1", apiId: "a1b2c3d4e5", stage: "v2_beta-1" },
    ],
    ["US-EAST-1", "a1b2c3d4e5", undefined, null],
    ["us-east-1a", "a1b2c3d4e5", undefined, null],
    ["us-east-1", "A1B2C3D4E5", undefined, null],
    ["us-east-1", "a1b2c3d4e", undefined, null],
    ["us-east-1", "a1b2c3d4e5", "", null],
    ["us-east-1", "a1b2c3d4e5", "..", null],
    ["us-east-1", "a1b2c3d4e5", "a/b", null],
    ["us-east-1", "a1b2c3d4e5", "x".repeat(129), null],
    ["us-east-1", "a1b2c3d4e5", "$other", null],
    ["../etc", "a1b2c3d4e5", undefined, null],
  ])("%s %s %s", (region, apiId, stage, expected) => {
    expect(parseRunbookTarget(region, apiId, stage)).toEqual(expected);
  });

  it("encodes the stage in the path", () => {
    expect(runbookPath({ region: "us-east-1", apiId: "a1b2c3d4e5", stage: "$default" })).toBe(
      "/runbook/us-east-1/a1b2c3d4e5/%24default",
    );
    expect(runbookPath({ region: "us-east-1", apiId: "a1b2c3d4e5" })).toBe("/runbook/us-east-1/a1b2c3d4e5");
  });
});

describe("base URLs", () => {
  it("prefers the option, then LOG_DOCTOR_BASE_URL, then the local server", () => {
    expect(resolveBaseUrl("https://logs.example.com/", { LOG_DOCTOR_BASE_URL: "http://other" })).toBe(
      "https://logs.example.com",
    );
    expect(resolveBaseUrl(undefined, { LOG_DOCTOR_BASE_URL: "https://tools.example.com/log-doctor/" })).toBe(
      "https://tools.example.com/log-doctor",
    );
    expect(resolveBaseUrl(undefined, {})).toBe(DEFAULT_BASE_URL);
  });

  it.each([
    "not a url",
    "ftp://example.com",
    "https://user:pw@example.com",
    "https://example.com/?q=1",
    "https://example.com/#x",
    "javascript:alert(1)",
  ])("refuses %s", (raw) => {
    expect(() => resolveBaseUrl(raw, {})).toThrow(RangeError);
  });

  it("builds report and runbook URLs under the base", () => {
    expect(reportUrl("https://x.example/ld", "AAAAAAAAAAAAAAAAAAAAAA")).toBe(
      "https://x.example/ld/reports/AAAAAAAAAAAAAAAAAAAAAA",
    );
    expect(runbookUrl("http://127.0.0.1:3000", { region: "eu-west-1", apiId: "a1b2c3d4e5", stage: "prod" })).toBe(
      "http://127.0.0.1:3000/runbook/eu-west-1/a1b2c3d4e5/prod",
    );
  });
});

describe("loopback bases (the Share panel's and the CLI's warning)", () => {
  it.each([
    "http://127.0.0.1:3000",
    "http://127.9.8.7",
    "http://localhost:3000/ld",
    "http://LOCALHOST",
    "http://app.localhost",
    "http://[::1]:3000",
  ])("%s is loopback", (url) => {
    expect(isLoopbackUrl(url)).toBe(true);
    expect(loopbackWarning(url)).toMatch(/colleague .*LOG_DOCTOR_BASE_URL/);
  });

  it.each([
    "https://logs.example.com",
    "http://10.0.0.5:3000",
    "http://127.0.0.1.example.com",
    "http://[::2]",
    "not a url",
  ])("%s is not", (url) => {
    expect(isLoopbackUrl(url)).toBe(false);
    expect(loopbackWarning(url)).toBeNull();
  });

  it("a server page's base: LOG_DOCTOR_BASE_URL first, else the Host it was reached under, https behind a TLS proxy", () => {
    const headers = (entries: Record<string, string>) => new Headers(entries);
    expect(baseUrlFromHeaders(headers({ host: "127.0.0.1:3203" }), {})).toBe("http://127.0.0.1:3203");
    expect(baseUrlFromHeaders(headers({ host: "logs.internal", "x-forwarded-proto": "https" }), {})).toBe(
      "https://logs.internal",
    );
    expect(
      baseUrlFromHeaders(headers({ host: "127.0.0.1:3000" }), { LOG_DOCTOR_BASE_URL: "https://tools.example.com/ld/" }),
    ).toBe("https://tools.example.com/ld");
    expect(baseUrlFromHeaders(headers({ host: "bad host" }), {})).toBe("http://127.0.0.1");
  });
});
