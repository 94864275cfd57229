import { describe, expect, it } from "vitest";
import { invokeUrl, parseProbeMethod, parseProbePath, probeBaseOverride } from "./probe-request";

describe("the probe's URL", () => {
  it.each([
    [
      { region: "eu-west-1", apiId: "a1b2c3d4e5", stage: "prod", apiType: "REST" as const },
      "/health",
      "https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod/health",
    ],
    [
      { region: "us-east-1", apiId: "h1t2p3a4p5", stage: "$default", apiType: "HTTP" as const },
      "/log-doctor-probe",
      "https://h1t2p3a4p5.execute-api.us-east-1.amazonaws.com/log-doctor-probe",
    ],
    [
      { region: "us-east-1", apiId: "h1t2p3a4p5", stage: "beta", apiType: "HTTP" as const },
      "/x",
      "https://h1t2p3a4p5.execute-api.us-east-1.amazonaws.com/beta/x",
    ],
    [
      { region: "cn-north-1", apiId: "a1b2c3d4e5", stage: "prod", apiType: "REST" as const },
      "/",
      "https://a1b2c3d4e5.execute-api.cn-north-1.amazonaws.com.cn/prod/",
    ],
    [
      { region: "us-gov-west-1", apiId: "a1b2c3d4e5", stage: "prod", apiType: "REST" as const },
      "/",
      "https://a1b2c3d4e5.execute-api.us-gov-west-1.amazonaws.com/prod/",
    ],
  ])("%j %s → %s", (target, path, url) => expect(invokeUrl(target, path)).toBe(url));

  it("an override replaces the origin and keeps the stage and path", () => {
    expect(
      invokeUrl(
        { region: "eu-west-1", apiId: "a1b2c3d4e5", stage: "prod", apiType: "REST" },
        "/health",
        "http://127.0.0.1:4010/",
      ),
    ).toBe("http://127.0.0.1:4010/prod/health");
    expect(probeBaseOverride({ LOG_DOCTOR_PROBE_BASE_URL: "http://127.0.0.1:4010" })).toEqual({
      ok: true,
      value: "http://127.0.0.1:4010/",
    });
    expect(probeBaseOverride({})).toEqual({ ok: true, value: undefined });
    expect(probeBaseOverride({ LOG_DOCTOR_PROBE_BASE_URL: "file:///etc" })).toMatchObject({ ok: false });
    expect(probeBaseOverride({ LOG_DOCTOR_PROBE_BASE_URL: "http://user:pw@host" })).toMatchObject({ ok: false });
    expect(probeBaseOverride({ LOG_DOCTOR_PROBE_BASE_URL: "not a url" })).toMatchObject({
      ok: false,
      message: "LOG_DOCTOR_PROBE_BASE_URL is not a URL",
    });
  });
});

describe("what a probe may send", () => {
  it.each(["GET", "get", "HEAD", "OPTIONS"])("allows %s", (method) => expect(parseProbeMethod(method).ok).toBe(true));
  it.each(["POST", "PUT", "DELETE", "PATCH", "TRACE", ""])("refuses %j: it could change something", (method) =>
    expect(parseProbeMethod(method)).toMatchObject({
      ok: false,
      message: expect.stringContaining("sends only GET, HEAD, OPTIONS"),
    }),
  );
  it.each(["/", "/health", "/pets/1?x=%20y", "/a:b@c"])("allows the path %j", (path) =>
    expect(parseProbePath(path).ok).toBe(true),
  );
  it.each([
    "health",
    "/a b",
    "/a#b",
    "/a\u001b[0m",
    "/%zz",
    `/${"a".repeat(600)}`,
    "//evil.example.com/x".replace("//", "http://"),
  ])("refuses the path %j", (path) => expect(parseProbePath(path)).toMatchObject({ ok: false }));
});
