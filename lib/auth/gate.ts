import { accessFor } from "./access";
import { authConfig, type AuthConfig } from "./config";
import { isAllowed, isAllowedByProxy, mayRunLiveScans, type Identity } from "./identity";
import { proxyIdentity } from "./proxy-identity";
import { cookieValue, openSession, SESSION_COOKIE } from "./session";

export type GateResult = { ok: true; identity: Identity | null } | { ok: false; response: Response };

/** The identity a request carries in this mode (null: nobody, or no sign-in configured). */
export async function identify(request: Request, config: AuthConfig): Promise<Identity | null> {
  if (config.mode === "oidc")
    return openSession(cookieValue(request.headers.get("cookie"), SESSION_COOKIE), config.sessionSecret);
  if (config.mode === "proxy") return proxyIdentity(request, config);
  return null;
}

const noStore = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };

function refuse(status: 401 | 403, api: boolean, message: string): Response {
  if (api) return Response.json({ error: message }, { status, headers: noStore });
  return new Response(message, {
    status,
    headers: {
      ...noStore,
      "Content-Type": "text/plain; charset=utf-8",
      "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    },
  });
}

/**
 * The one place that decides whether a request may go on: the proxy (pages and body-less API routes) and the three
 * body routes call it. Without sign-in configured everything passes, as on a laptop. Otherwise an API route without
 * a session answers 401, a page without one is sent to sign-in (OIDC) or refused (behind a proxy, which should have
 * signed the user in before the request got here), and a live diagnosis needs the scan group when one is set.
 */
export function gate(request: Request, config: AuthConfig = authConfig()): GateResult | Promise<GateResult> {
  // Without sign-in the answer is immediate: a body route then starts its capped read with no extra turn of the
  // event loop in which the request stream could be pulled further.
  if (config.mode === "none") return { ok: true, identity: null };
  return gateSignedIn(request, config);
}

async function gateSignedIn(request: Request, config: Exclude<AuthConfig, { mode: "none" }>): Promise<GateResult> {
  const url = new URL(request.url);
  const access = accessFor(url.pathname, request.method);
  const identity = access === "open" ? null : await identify(request, config);
  if (access === "open" || (access === "report" && config.publicReports)) return { ok: true, identity };
  const api = url.pathname.startsWith("/api/");
  if (!identity) {
    if (config.mode === "oidc" && !api && (request.method === "GET" || request.method === "HEAD")) {
      const returnTo = `${url.pathname}${url.search}`;
      // Absolute (Next's proxy refuses a relative Location), on the public origin the provider sends people back to.
      const signIn = new URL(`/auth/sign-in?returnTo=${encodeURIComponent(returnTo)}`, config.redirectUri);
      return {
        ok: false,
        response: new Response(null, { status: 303, headers: { ...noStore, Location: signIn.href } }),
      };
    }
    return {
      ok: false,
      response: refuse(
        401,
        api,
        config.mode === "oidc"
          ? "Sign in first: this Log Doctor server needs a session (open /auth/sign-in)."
          : "The authenticating proxy in front of this server did not vouch for this request.",
      ),
    };
  }
  const allowed = config.mode === "oidc" ? isAllowed(identity, config.allow) : isAllowedByProxy(identity, config.allow);
  if (!allowed)
    return { ok: false, response: refuse(403, api, "Your account is not on this Log Doctor server's allowlist.") };
  if (access === "scan" && !mayRunLiveScans(identity, config)) {
    return {
      ok: false,
      response: refuse(403, api, `Live diagnoses on this server are limited to the ${config.scanGroup} group.`),
    };
  }
  return { ok: true, identity };
}

/** The header the proxy puts the checked identity in for server components (any copy from the client is removed). */
export const IDENTITY_HEADER = "x-log-doctor-user";

export const encodeIdentity = (identity: Identity) => Buffer.from(JSON.stringify(identity)).toString("base64url");

export function decodeIdentity(value: string | null): Identity | null {
  if (!value) return null;
  try {
    return JSON.parse(Buffer.from(value, "base64url").toString()) as Identity;
  } catch {
    return null;
  }
}
