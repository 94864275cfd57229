import { generateKeyPairSync, sign } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { clearAlbKeyCache } from "./alb-token";
import { authConfigFrom, type ProxyAuth } from "./config";
import { gate } from "./gate";
import { PEER_HEADER } from "./peer";

/** LOG_DOCTOR_AUTH=proxy through the gate: an ALB token verified against a key served over HTTP, and oauth2-proxy headers. */
const arn = "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/log-doctor/50dc6c495c0c9188";
const kid = "0a1b2c3d-1111-2222-3333-444455556666";
const alb = generateKeyPairSync("ec", { namedCurve: "P-256" });
let server: Server;
let keysUrl: string;
const served: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    served.push(req.url ?? "");
    if (req.url !== `/${kid}`) return void res.writeHead(404).end();
    res
      .writeHead(200, { "Content-Type": "application/x-pem-file" })
      .end(alb.publicKey.export({ type: "spki", format: "pem" }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  keysUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  clearAlbKeyCache();
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const config = (env: Record<string, string>) => authConfigFrom({ LOG_DOCTOR_AUTH: "proxy", ...env }) as ProxyAuth;
const albConfig = () =>
  config({ LOG_DOCTOR_ALB_ARN: arn, LOG_DOCTOR_ALB_KEYS_URL: keysUrl, LOG_DOCTOR_SCAN_GROUP: "oncall" });

function albToken(claims: Record<string, unknown>, key = alb.privateKey): string {
  const segment = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const exp = Math.floor(Date.now() / 1000) + 60;
  const input = `${segment({ alg: "ES256", kid, signer: arn, exp })}.${segment({ sub: "u-ana", email: "ana@example.com", exp, ...claims })}`;
  return `${input}.${sign("sha256", Buffer.from(input), { key, dsaEncoding: "ieee-p1363" }).toString("base64url")}`;
}
const request = (path: string, headers: Record<string, string> = {}, method = "GET") =>
  new Request(`http://log-doctor.example.com${path}`, { method, headers });

describe("proxy mode behind an ALB", () => {
  it("lets a request with a valid token in, fetching the key from the configured key URL", async () => {
    const result = await gate(request("/diagnose/demo", { "x-amzn-oidc-data": albToken({}) }), albConfig());
    expect(result).toMatchObject({ ok: true, identity: { sub: "u-ana", email: "ana@example.com" } });
    expect(served).toContain(`/${kid}`);
  });

  it("refuses a forged, an expired and a missing token: 401, never a page", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const forged = albToken({}, generateKeyPairSync("ec", { namedCurve: "P-256" }).privateKey);
    const expired = albToken({ exp: Math.floor(Date.now() / 1000) - 600 });
    for (const headers of [{ "x-amzn-oidc-data": forged }, { "x-amzn-oidc-data": expired }, {}] as Record<
      string,
      string
    >[]) {
      const result = await gate(request("/diagnose/demo", headers), albConfig());
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.response.status).toBe(401);
    }
    expect(JSON.stringify(warn.mock.calls)).not.toContain(forged);
    warn.mockRestore();
  });

  it("keeps live diagnoses to the scan group named in the token's groups claim", async () => {
    const reader = await gate(
      request("/runbook/us-east-1/a1b2c3d4e5/prod", { "x-amzn-oidc-data": albToken({ groups: ["dev"] }) }),
      albConfig(),
    );
    expect(reader.ok || reader.response.status).toBe(403);
    const oncall = await gate(
      request("/runbook/us-east-1/a1b2c3d4e5/prod", { "x-amzn-oidc-data": albToken({ groups: ["oncall"] }) }),
      albConfig(),
    );
    expect(oncall.ok).toBe(true);
  });

  it("applies an allowlist when one is set", async () => {
    const strict = config({
      LOG_DOCTOR_ALB_ARN: arn,
      LOG_DOCTOR_ALB_KEYS_URL: keysUrl,
      LOG_DOCTOR_ALLOWED_EMAIL_DOMAINS: "corp.example",
    });
    const result = await gate(request("/api/scans/x/events", { "x-amzn-oidc-data": albToken({}) }), strict);
    expect(result.ok || result.response.status).toBe(403);
  });
});

describe("proxy mode behind oauth2-proxy", () => {
  const token = "peer-token-of-this-process";
  const headerConfig = () => config({ LOG_DOCTOR_TRUSTED_PROXIES: "10.0.0.0/24" });
  const from = (peer: string, extra: Record<string, string> = {}) => ({
    [PEER_HEADER]: `${token} ${peer}`,
    "x-forwarded-email": "ana@example.com",
    "x-forwarded-groups": "oncall,dev",
    ...extra,
  });

  it("believes X-Forwarded-Email only from a configured proxy address", async () => {
    process.env.LOG_DOCTOR_PEER_TOKEN = token;
    try {
      expect(await gate(request("/", from("10.0.0.9")), headerConfig())).toMatchObject({
        ok: true,
        identity: { email: "ana@example.com", groups: ["oncall", "dev"] },
      });
      const outsider = await gate(request("/api/scans/x/events", from("192.168.5.5")), headerConfig());
      expect(outsider.ok || outsider.response.status).toBe(401);
      const typed = await gate(
        request("/api/scans/x/events", { ...from("10.0.0.9"), [PEER_HEADER]: "guessed 10.0.0.9" }),
        headerConfig(),
      );
      expect(typed.ok || typed.response.status).toBe(401);
    } finally {
      delete process.env.LOG_DOCTOR_PEER_TOKEN;
    }
  });

  it("believes nobody when the server that records peers is not running (no token)", async () => {
    const result = await gate(request("/api/scans/x/events", from("10.0.0.9")), headerConfig());
    expect(result.ok || result.response.status).toBe(401);
  });
});
