import { describe, expect, it } from "vitest";
import { accessFor } from "./access";

const id = "AAAAAAAAAAAAAAAAAAAAAA";

describe("accessFor", () => {
  it.each([
    ["/auth/sign-in", "GET", "open"],
    ["/auth/callback", "GET", "open"],
    ["/api/health", "GET", "open"],
    ["/_next/static/chunks/a.js", "GET", "open"],
    [`/reports/${id}`, "GET", "report"],
    [`/reports/${id}.json`, "GET", "report"],
    [`/api/reports/${id}/md`, "GET", "report"],
    ["/reports/short", "GET", "user"],
    ["/api/reports", "POST", "user"],
    ["/runbook/us-east-1/a1b2c3d4e5/prod", "GET", "scan"],
    ["/api/scans", "POST", "scan"],
    [`/api/scans/${id}`, "DELETE", "scan"],
    [`/api/scans/${id}/events`, "GET", "user"],
    ["/scan/abc", "GET", "user"],
    ["/", "GET", "user"],
    ["/diagnose/demo", "GET", "user"],
    ["/api/sources", "POST", "user"],
    ["/api/healthz", "GET", "user"],
  ])("%s %s → %s", (path, method, access) => expect(accessFor(path, method)).toBe(access));
});
