import { audit } from "../ops/audit";
import { log } from "../ops/log";
import { isAllowedHost } from "../sources/allowed-host";
import { isSameOrigin } from "../sources/same-origin";
import { authConfig, type OidcAuth } from "./config";
import { gate } from "./gate";
import { displayName, isAllowed } from "./identity";
import { finishSignIn, providerSignOutUrl, safeReturnTo, startSignIn, type SignInStart } from "./oidc";
import {
  clearedCookie,
  cookieHeader,
  cookieValue,
  sealSession,
  seal,
  sessionIdToken,
  SESSION_COOKIE,
  SIGN_IN_COOKIE,
  unseal,
} from "./session";

const SIGN_IN_SECONDS = 600;
const noStore = { "Cache-Control": "no-store" };

/** A small plain page (sign-in errors, signed out): text only, nothing to run. */
function page(
  status: number,
  title: string,
  text: string,
  link?: { href: string; label: string },
  cookies: string[] = [],
): Response {
  const escape = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)} · Log Doctor</title></head><body><main><h1>${escape(title)}</h1><p>${escape(text)}</p>${link ? `<p><a href="${escape(link.href)}">${escape(link.label)}</a></p>` : ""}</main></body></html>`;
  const headers = new Headers({ ...noStore, "Content-Type": "text/html; charset=utf-8" });
  for (const cookie of cookies) headers.append("Set-Cookie", cookie);
  return new Response(body, { status, headers });
}

function oidcOnly(): OidcAuth | Response {
  const config = authConfig();
  if (config.mode !== "oidc")
    return page(404, "Not found", "This server does not use built-in sign-in (LOG_DOCTOR_AUTH is not oidc).");
  return config;
}

/** GET /auth/sign-in?returnTo=/path: to the identity provider, remembering the PKCE verifier, state and nonce. */
export async function signInResponse(request: Request): Promise<Response> {
  const config = oidcOnly();
  if (config instanceof Response) return config;
  let start: SignInStart;
  try {
    start = await startSignIn(config, safeReturnTo(new URL(request.url).searchParams.get("returnTo")));
  } catch (error) {
    log("error", "auth", `the identity provider ${config.issuer.href} cannot be reached: ${(error as Error).message}`);
    return page(
      503,
      "Sign-in is unavailable",
      "The identity provider could not be reached. Try again in a minute; if it persists, tell whoever runs this server.",
      { href: "/auth/sign-in", label: "Try again" },
    );
  }
  const pending = await seal(start.pending, config.sessionSecret, "sign-in", SIGN_IN_SECONDS);
  return new Response(null, {
    status: 303,
    headers: {
      ...noStore,
      Location: start.url.href,
      "Set-Cookie": cookieHeader(SIGN_IN_COOKIE, pending, SIGN_IN_SECONDS),
    },
  });
}

/** GET /auth/callback: the code for tokens, the allowlist, then the session cookie. */
export async function callbackResponse(request: Request): Promise<Response> {
  const config = oidcOnly();
  if (config instanceof Response) return config;
  const again = { href: "/auth/sign-in", label: "Sign in again" };
  const clear = clearedCookie(SIGN_IN_COOKIE);
  const pending = (await unseal(
    cookieValue(request.headers.get("cookie"), SIGN_IN_COOKIE),
    config.sessionSecret,
    "sign-in",
  )) as SignInStart["pending"] | null;
  if (!pending || typeof pending.verifier !== "string")
    return page(400, "Sign-in expired", "This sign-in was not started here, or took longer than ten minutes.", again, [
      clear,
    ]);
  let identity, idToken;
  try {
    ({ identity, idToken } = await finishSignIn(config, new URL(request.url).search, pending));
  } catch (error) {
    // openid-client's messages name what failed (state mismatch, provider error, bad ID token) and hold no secret.
    audit("sign-in-refused", undefined, { reason: (error as Error).message });
    return page(
      400,
      "Sign-in failed",
      `The identity provider's answer was not accepted: ${(error as Error).message}`,
      again,
      [clear],
    );
  }
  if (!isAllowed(identity, config.allow)) {
    audit("sign-in-refused", displayName(identity), { reason: "not on the allowlist" });
    return page(
      403,
      "Not allowed",
      `${displayName(identity)} is not allowed on this Log Doctor server. Ask whoever runs it to add your email domain or group.`,
      undefined,
      [clear],
    );
  }
  audit("sign-in", displayName(identity), { groups: identity.groups.join(",") });
  const headers = new Headers({ ...noStore, Location: pending.returnTo || "/" });
  headers.append("Set-Cookie", clear);
  headers.append(
    "Set-Cookie",
    cookieHeader(
      SESSION_COOKIE,
      await sealSession(identity, config.sessionSecret, config.sessionHours, idToken),
      config.sessionHours * 3600,
    ),
  );
  return new Response(null, { status: 303, headers });
}

/**
 * POST /auth/sign-out (from this server's own pages only): the session cookie is gone, whatever mode; with built-in
 * sign-in the browser then ends its session at the provider too, or the next sign-in would let it straight back in.
 */
export async function signOutResponse(request: Request): Promise<Response> {
  // The header's form posts with Origin: null (the pages' Referrer-Policy is no-referrer), so the browser's own
  // Sec-Fetch-Site: same-origin counts as well; another site's form can send neither.
  const fromOurPage =
    request.headers.get("sec-fetch-site") === "same-origin" && isAllowedHost(request.headers.get("host"));
  if (!fromOurPage && !isSameOrigin(request))
    return page(403, "Not signed out", "Sign out from Log Doctor's own pages.");
  const config = authConfig();
  const result =
    config.mode === "none"
      ? null
      : await gate(new Request(new URL("/", request.url), { headers: request.headers }), config);
  if (result?.ok && result.identity) audit("sign-out", displayName(result.identity));
  const atProvider =
    config.mode === "oidc"
      ? await providerSignOutUrl(
          config,
          await sessionIdToken(cookieValue(request.headers.get("cookie"), SESSION_COOKIE), config.sessionSecret),
        )
      : null;
  const headers = new Headers({ ...noStore, Location: atProvider?.href ?? "/auth/signed-out" });
  headers.append("Set-Cookie", clearedCookie(SESSION_COOKIE));
  return new Response(null, { status: 303, headers });
}

export function signedOutResponse(): Response {
  return page(200, "Signed out", "You are signed out of Log Doctor.", {
    href: "/auth/sign-in",
    label: "Sign in again",
  });
}
