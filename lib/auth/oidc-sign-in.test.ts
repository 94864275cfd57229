import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { proxy } from "@/proxy";
import { callbackResponse, signInResponse, signOutResponse } from "./auth-routes";
import { gate } from "./gate";
import { SESSION_COOKIE, SIGN_IN_COOKIE } from "./session";
import { startTestProvider, type TestProvider } from "../../testing/auth/oidc-provider";

/**
 * The whole built-in sign-in against a real OpenID provider (oidc-provider, over HTTP on 127.0.0.1): authorization
 * code + PKCE, the allowlist, the scan group, 401 for the API without a session, and sign-out. Log Doctor's side runs
 * in-process (its proxy and route handlers called with the requests a browser would send).
 */
const app = "http://127.0.0.1:3000";
let idp: TestProvider;
const saved = { ...process.env };

beforeAll(async () => {
  idp = await startTestProvider([`${app}/auth/callback`]);
  Object.assign(process.env, {
    LOG_DOCTOR_AUTH: "oidc",
    LOG_DOCTOR_OIDC_ISSUER: idp.issuer,
    LOG_DOCTOR_OIDC_CLIENT_ID: idp.clientId,
    LOG_DOCTOR_OIDC_CLIENT_SECRET: idp.clientSecret,
    LOG_DOCTOR_OIDC_REDIRECT_URI: `${app}/auth/callback`,
    LOG_DOCTOR_SESSION_SECRET: "a-session-secret-of-at-least-32-characters",
    LOG_DOCTOR_ALLOWED_EMAIL_DOMAINS: "example.com",
    LOG_DOCTOR_SCAN_GROUP: "oncall",
  });
});

afterAll(async () => {
  for (const key of Object.keys(process.env))
    if (key.startsWith("LOG_DOCTOR_") && !(key in saved)) delete process.env[key];
  await idp?.close();
});

const setCookies = (response: Response) => response.headers.getSetCookie();
const cookieFrom = (response: Response, name: string) =>
  setCookies(response)
    .find((c) => c.startsWith(`${name}=`))
    ?.split(";")[0]
    .slice(name.length + 1);
type Init = { method?: string; body?: string; cookie?: string; headers?: Record<string, string> };
const browser = (path: string, init: Init = {}) =>
  new NextRequest(new URL(path, app), {
    method: init.method,
    body: init.body,
    headers: {
      host: "127.0.0.1:3000",
      "sec-fetch-site": "same-origin",
      ...(init.cookie ? { cookie: init.cookie } : {}),
      ...init.headers,
    },
  });

/** Follows the provider's redirects with a cookie jar, posting `login` at the login form, until it sends us back. */
async function atProvider(authorizationUrl: string, login: string, jar = new Map<string, string>()): Promise<string> {
  let url = authorizationUrl;
  let method = "GET";
  for (let hop = 0; hop < 10; hop++) {
    if (url.startsWith(`${app}/`)) return url;
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
    const response = await fetch(url, {
      method,
      redirect: "manual",
      headers: { cookie, ...(method === "POST" ? { "content-type": "application/x-www-form-urlencoded" } : {}) },
      body: method === "POST" ? new URLSearchParams({ login }).toString() : undefined,
    });
    for (const c of setCookies(response)) {
      const [pair] = c.split(";");
      const eq = pair.indexOf("=");
      jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    if (response.status === 200 && url.includes("/interaction/")) {
      expect(await response.text()).toContain("<form");
      method = "POST";
      continue;
    }
    expect([302, 303], `${method} ${url}: ${response.status}`).toContain(response.status);
    url = new URL(response.headers.get("location")!, url).href;
    method = "GET";
  }
  throw new Error("too many redirects at the provider");
}

/** Follows the provider's redirects with `jar` (posting `form` first, if given) to the first page or to our server. */
async function providerPage(
  start: string,
  jar: Map<string, string>,
  form?: URLSearchParams,
): Promise<{ url: string; text: string }> {
  let url = start;
  let body = form;
  for (let hop = 0; hop < 10; hop++) {
    if (url.startsWith(`${app}/`)) return { url, text: "" };
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
    const response = await fetch(url, {
      method: body ? "POST" : "GET",
      redirect: "manual",
      body: body?.toString(),
      headers: { cookie, ...(body ? { "content-type": "application/x-www-form-urlencoded" } : {}) },
    });
    body = undefined;
    for (const c of setCookies(response)) {
      const [pair] = c.split(";");
      const eq = pair.indexOf("=");
      jar.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    if (response.status === 200) return { url, text: await response.text() };
    expect([302, 303], `${url}: ${response.status}`).toContain(response.status);
    url = new URL(response.headers.get("location")!, url).href;
  }
  throw new Error("too many redirects at the provider");
}

/** Signs in as `login`, starting from `path`; returns the callback's response. `jar` is the browser's cookies at the provider. */
async function signIn(login: string, path = "/diagnose/demo", jar = new Map<string, string>()): Promise<Response> {
  const start = await signInResponse(browser(`/auth/sign-in?returnTo=${encodeURIComponent(path)}`));
  expect(start.status).toBe(303);
  const authorization = new URL(start.headers.get("location")!);
  expect(authorization.origin).toBe(idp.issuer);
  expect(authorization.searchParams.get("code_challenge_method")).toBe("S256");
  expect(authorization.searchParams.get("code_challenge")).toMatch(/^[\w-]{43}$/);
  expect(authorization.searchParams.get("state")).toBeTruthy();
  const pending = cookieFrom(start, SIGN_IN_COOKIE)!;
  expect(setCookies(start)[0]).toMatch(/HttpOnly; Secure; SameSite=Lax/);
  const back = await atProvider(authorization.href, login, jar);
  return callbackResponse(browser(back.slice(app.length), { cookie: `${SIGN_IN_COOKIE}=${pending}` }));
}

describe("built-in OpenID Connect sign-in", () => {
  it("sends a page without a session to sign-in, and answers the API with 401", async () => {
    const page = await proxy(browser("/diagnose/demo?x=1"));
    expect(page.status).toBe(303);
    expect(page.headers.get("location")).toBe(`${app}/auth/sign-in?returnTo=%2Fdiagnose%2Fdemo%3Fx%3D1`);
    const api = await proxy(browser("/api/scans/AAAAAAAAAAAAAAAAAAAAAA/events"));
    expect(api.status).toBe(401);
    const routes = await Promise.all([
      import("@/app/api/reports/route"),
      import("@/app/api/scans/route"),
      import("@/app/api/sources/route"),
    ]);
    for (const route of routes) {
      const response = await route.POST(
        browser("/api/x", { method: "POST", body: "{}", headers: { origin: app, "content-type": "application/json" } }),
      );
      expect(response.status).toBe(401);
    }
  });

  it("signs a user in with authorization code + PKCE and lets the session through", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const done = await signIn("ana@example.com");
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe("/diagnose/demo");
    const session = cookieFrom(done, SESSION_COOKIE)!;
    expect(session).toBeTruthy();
    expect(setCookies(done).find((c) => c.startsWith(SESSION_COOKIE))).toMatch(
      /Path=\/; Max-Age=28800; HttpOnly; Secure; SameSite=Lax/,
    );
    const audit = log.mock.calls.map(([line]) => JSON.parse(String(line))).find((line) => line.action === "sign-in");
    expect(audit).toMatchObject({ type: "audit", who: "ana@example.com", groups: "oncall" });
    expect(JSON.stringify(log.mock.calls)).not.toContain(session);
    log.mockRestore();

    const cookie = `${SESSION_COOKIE}=${session}`;
    const page = await proxy(browser("/diagnose/demo", { cookie }));
    expect(page.status).toBe(200);
    expect(page.headers.get("x-middleware-request-x-log-doctor-user")).toBeTruthy();
    const scan = await gate(browser("/api/scans", { method: "POST", cookie }));
    expect(scan).toMatchObject({ ok: true, identity: { email: "ana@example.com", groups: ["oncall"] } });
    expect((await proxy(browser("/runbook/us-east-1/a1b2c3d4e5/prod", { cookie }))).status).toBe(200);
  });

  it("keeps live diagnoses to the scan group: another allowed user may read but not scan", async () => {
    const done = await signIn("bob@example.com", "/");
    const cookie = `${SESSION_COOKIE}=${cookieFrom(done, SESSION_COOKIE)}`;
    expect((await proxy(browser("/", { cookie }))).status).toBe(200);
    const runbook = await proxy(browser("/runbook/us-east-1/a1b2c3d4e5/prod", { cookie }));
    expect(runbook.status).toBe(403);
    expect(await runbook.text()).toContain("limited to the oncall group");
    const scans = await import("@/app/api/scans/route");
    expect(
      (
        await scans.POST(
          browser("/api/scans", {
            method: "POST",
            cookie,
            body: "{}",
            headers: { origin: app, "content-type": "application/json" },
          }),
        )
      ).status,
    ).toBe(403);
  });

  it("refuses a user outside the allowlist and gives no session", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const refused = await signIn("eve@other.io");
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain("eve@other.io is not allowed");
    expect(cookieFrom(refused, SESSION_COOKIE)).toBeUndefined();
    expect(log.mock.calls.map(([line]) => JSON.parse(String(line)).action)).toContain("sign-in-refused");
    log.mockRestore();
  });

  it("refuses a callback that this browser did not start (no sign-in cookie, or another one's state)", async () => {
    const start = await signInResponse(browser("/auth/sign-in"));
    const back = await atProvider(start.headers.get("location")!, "ana@example.com");
    expect((await callbackResponse(browser(back.slice(app.length)))).status).toBe(400);
    const other = await signInResponse(browser("/auth/sign-in"));
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const mixed = await callbackResponse(
      browser(back.slice(app.length), { cookie: `${SIGN_IN_COOKIE}=${cookieFrom(other, SIGN_IN_COOKIE)}` }),
    );
    log.mockRestore();
    expect(mixed.status).toBe(400);
    expect(cookieFrom(mixed, SESSION_COOKIE)).toBeUndefined();
  });

  it("signs out: the cookie is cleared, the next request has no session, and the provider's session ends too", async () => {
    const jar = new Map<string, string>();
    const done = await signIn("ana@example.com", "/", jar);
    const cookie = `${SESSION_COOKIE}=${cookieFrom(done, SESSION_COOKIE)}`;
    // While the provider's session lasts, a new sign-in comes straight back without the login form.
    const again = await signInResponse(browser("/auth/sign-in"));
    expect((await providerPage(again.headers.get("location")!, jar)).url).toMatch(
      new RegExp(`^${app}/auth/callback\\?`),
    );

    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    // A form post from our own page: Origin is "null" under Referrer-Policy: no-referrer, Sec-Fetch-Site says same-origin.
    const out = await signOutResponse(
      browser("/auth/sign-out", { method: "POST", cookie, headers: { origin: "null" } }),
    );
    log.mockRestore();
    expect(out.status).toBe(303);
    expect(setCookies(out)).toContainEqual(expect.stringMatching(new RegExp(`^${SESSION_COOKIE}=; Path=/; Max-Age=0`)));
    expect(
      (await proxy(browser("/api/scans/AAAAAAAAAAAAAAAAAAAAAA/events", { cookie: `${SESSION_COOKIE}=` }))).status,
    ).toBe(401);

    // On to the provider's end-session endpoint, naming this sign-in and coming back to /auth/signed-out.
    const endSession = new URL(out.headers.get("location")!);
    expect(endSession.origin).toBe(idp.issuer);
    expect(endSession.searchParams.get("post_logout_redirect_uri")).toBe(`${app}/auth/signed-out`);
    expect(endSession.searchParams.get("id_token_hint")).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const confirm = await providerPage(endSession.href, jar);
    const form = /<form[^>]*action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/.exec(confirm.text)!;
    const fields = new URLSearchParams(
      [...form[2].matchAll(/<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)].map((m) => [m[1], m[2]]),
    );
    fields.set("logout", "yes");
    const back = await providerPage(new URL(form[1], endSession).href, jar, fields);
    expect(back.url).toBe(`${app}/auth/signed-out`);

    // The provider forgot the user: the next sign-in asks for the login form again.
    const next = await signInResponse(browser("/auth/sign-in"));
    const atLogin = await providerPage(next.headers.get("location")!, jar);
    expect(atLogin.url).toContain("/interaction/");
    expect(atLogin.text).toContain("<form");

    expect(
      (
        await signOutResponse(
          browser("/auth/sign-out", {
            method: "POST",
            cookie,
            headers: { origin: "http://evil.example", "sec-fetch-site": "cross-site" },
          }),
        )
      ).status,
    ).toBe(403);
  });

  it("opens report links without sign-in only when LOG_DOCTOR_PUBLIC_REPORTS=true", async () => {
    const report = "/reports/AAAAAAAAAAAAAAAAAAAAAA";
    expect((await proxy(browser(report))).status).toBe(303);
    process.env.LOG_DOCTOR_PUBLIC_REPORTS = "true";
    try {
      expect((await proxy(browser(report))).status).toBe(200);
      expect((await proxy(browser(`${report}.json`))).status).toBe(200);
      expect((await proxy(browser("/diagnose/demo"))).status).toBe(303);
    } finally {
      delete process.env.LOG_DOCTOR_PUBLIC_REPORTS;
    }
  });
});
