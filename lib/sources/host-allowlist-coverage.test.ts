import { readdirSync } from "node:fs";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bodyRoutes, config, proxy } from "@/proxy";

const root = path.resolve(__dirname, "../..");
const sampleId = "AAAAAAAAAAAAAAAAAAAAAA";

/** Every `route.ts` under app/api, as a request path with sample values in its dynamic segments. */
function apiRoutePaths(dir = path.join(root, "app/api"), prefix = "/api"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isFile()) return entry.name === "route.ts" ? [prefix] : [];
    const segment = entry.name === "[format]" ? "json" : entry.name.startsWith("[") ? sampleId : entry.name;
    return apiRoutePaths(path.join(dir, entry.name), `${prefix}/${segment}`);
  });
}

const matches = (url: string, headers: Record<string, string> = {}) =>
  unstable_doesMiddlewareMatch({ config, url, headers });
const requestTo = (url: string, host: string) =>
  new NextRequest(new URL(url, "http://127.0.0.1:3000"), { headers: { host } });

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "host-coverage-"));
  process.env.LOG_DOCTOR_DATA_DIR = dir;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the Host allowlist covers every route", () => {
  it("runs the proxy for every API route that takes no body (the /api GETs included)", () => {
    const paths = apiRoutePaths();
    expect(paths).toEqual(
      expect.arrayContaining(["/api/reports/AAAAAAAAAAAAAAAAAAAAAA/json", "/api/scans/AAAAAAAAAAAAAAAAAAAAAA/events"]),
    );
    for (const route of paths.filter((p) => !bodyRoutes.includes(p))) expect(matches(route), route).toBe(true);
    for (const route of bodyRoutes) expect(matches(route), route).toBe(false);
  });

  it("runs the proxy for pages, report exports and malformed paths", () => {
    for (const page of [
      "/",
      "/diagnose/demo",
      "/reports/AAAAAAAAAAAAAAAAAAAAAA",
      "/reports/AAAAAAAAAAAAAAAAAAAAAA.json",
      "/runbook/us-east-1/a1b2c3d4e5/prod",
      "/runbook/us-east-1/a1b2c3d4e5/%E0%A4%A",
    ]) {
      expect(matches(page), page).toBe(true);
    }
  });

  it("answers 421 to an /api GET under a foreign host name", async () => {
    const response = await proxy(requestTo(`/api/reports/${sampleId}/json`, "evil.example:3000"));
    expect(response.status).toBe(421);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("lets the three body routes refuse a foreign host name themselves, before reading the body", async () => {
    const post = (url: string) =>
      new Request(`http://evil.example:3000${url}`, {
        method: "POST",
        body: "{}",
        headers: { host: "evil.example:3000", origin: "http://evil.example:3000", "content-type": "application/json" },
      });
    const [reports, scans, sources] = await Promise.all([
      import("@/app/api/reports/route"),
      import("@/app/api/scans/route"),
      import("@/app/api/sources/route"),
    ]);
    expect((await reports.POST(post("/api/reports"))).status).toBe(403);
    expect((await scans.POST(post("/api/scans"))).status).toBe(403);
    expect((await sources.POST(post("/api/sources"))).status).toBe(403);
  });

  it.each([
    "/runbook/us-east-1/a1b2c3d4e5/%E0%A4%A",
    "/diagnose/demo/%E0%A4%A/x/y",
    "/reports/%E0%A4%A",
    "/scan/%E0%A4%A",
    "/api/scans/%E0%A4%A/events",
  ])("answers 400 with the security headers for the malformed path %s", async (url) => {
    const response = await proxy(requestTo(url, "127.0.0.1:3000"));
    expect(response.status).toBe(400);
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
  });

  it("answers the health check under any Host (a load balancer sends the target's IP address)", async () => {
    expect((await proxy(requestTo("/api/health", "10.0.1.23:3000"))).status).toBe(200);
  });

  it("runs the proxy for prefetches too (sign-in must not be skippable with a header)", () => {
    expect(matches("/diagnose/demo", { "next-router-prefetch": "1" })).toBe(true);
    expect(matches("/runbook/us-east-1/a1b2c3d4e5/prod", { purpose: "prefetch" })).toBe(true);
  });

  it("passes a well-formed page on with its security headers", async () => {
    const response = await proxy(requestTo("/runbook/us-east-1/a1b2c3d4e5/%24default", "127.0.0.1:3000"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });
});
