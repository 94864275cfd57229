import { describe, expect, it } from "vitest";
import { authConfigFrom } from "./config";

const oidc = {
  LOG_DOCTOR_AUTH: "oidc",
  LOG_DOCTOR_OIDC_ISSUER: "https://idp.example.com",
  LOG_DOCTOR_OIDC_CLIENT_ID: "id",
  LOG_DOCTOR_OIDC_CLIENT_SECRET: "secret",
  LOG_DOCTOR_OIDC_REDIRECT_URI: "https://log-doctor.example.com/auth/callback",
  LOG_DOCTOR_SESSION_SECRET: "x".repeat(32),
  LOG_DOCTOR_ALLOWED_EMAIL_DOMAINS: "Example.com, @corp.example",
};

describe("authConfigFrom", () => {
  it("is no sign-in when LOG_DOCTOR_AUTH is unset", () => expect(authConfigFrom({})).toEqual({ mode: "none" }));

  it("reads a complete OIDC setting", () => {
    const config = authConfigFrom({ ...oidc, LOG_DOCTOR_SCAN_GROUP: "oncall", LOG_DOCTOR_PUBLIC_REPORTS: "true" });
    expect(config).toMatchObject({
      mode: "oidc",
      allow: { emailDomains: ["example.com", "corp.example"], groups: [] },
      scanGroup: "oncall",
      publicReports: true,
      sessionHours: 8,
      groupsClaim: "groups",
    });
  });

  it.each([
    ["an unknown mode", { LOG_DOCTOR_AUTH: "basic" }, /must be oidc or proxy/],
    [
      "no allowlist",
      { ...oidc, LOG_DOCTOR_ALLOWED_EMAIL_DOMAINS: "" },
      /ALLOWED_EMAIL_DOMAINS and\/or LOG_DOCTOR_ALLOWED_GROUPS/,
    ],
    ["a short session secret", { ...oidc, LOG_DOCTOR_SESSION_SECRET: "short" }, /SESSION_SECRET must be at least 32/],
    [
      "an http issuer that is not local",
      { ...oidc, LOG_DOCTOR_OIDC_ISSUER: "http://idp.example.com" },
      /ISSUER must be an https/,
    ],
    [
      "a redirect elsewhere than /auth/callback",
      { ...oidc, LOG_DOCTOR_OIDC_REDIRECT_URI: "https://x.example/cb" },
      /must end in \/auth\/callback/,
    ],
    ["a missing client id", { ...oidc, LOG_DOCTOR_OIDC_CLIENT_ID: "" }, /CLIENT_ID is missing/],
    [
      "a wrong PUBLIC_REPORTS value",
      { ...oidc, LOG_DOCTOR_PUBLIC_REPORTS: "yes" },
      /PUBLIC_REPORTS must be true or false/,
    ],
    [
      "proxy mode with nothing to trust",
      { LOG_DOCTOR_AUTH: "proxy" },
      /LOG_DOCTOR_ALB_ARN .* LOG_DOCTOR_TRUSTED_PROXIES/,
    ],
    [
      "proxy mode with a wrong ARN",
      { LOG_DOCTOR_AUTH: "proxy", LOG_DOCTOR_ALB_ARN: "arn:aws:iam::123456789012:role/x" },
      /not an Application Load Balancer ARN/,
    ],
  ])("refuses %s, naming what to fix", (_, env, message) => expect(() => authConfigFrom(env)).toThrow(message));

  it("accepts http for a provider on this machine (tests)", () => {
    expect(authConfigFrom({ ...oidc, LOG_DOCTOR_OIDC_ISSUER: "http://127.0.0.1:9000" })).toMatchObject({
      mode: "oidc",
    });
  });
});
