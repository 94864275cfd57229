import { NextResponse, type NextRequest } from "next/server";
import { authConfig } from "./lib/auth/config";
import { encodeIdentity, gate, IDENTITY_HEADER } from "./lib/auth/gate";
import { isDecodablePath } from "./lib/http/path-encoding";
import { isAllowedHost } from "./lib/sources/allowed-host";

/**
 * The Host allowlist, then sign-in (`gate`: a no-op unless LOG_DOCTOR_AUTH is set), then security headers for every
 * page. The Content-Security-Policy allows only this origin's scripts plus the inline
 * ones Next renders with this request's nonce — no `unsafe-eval` (development excepted, where React needs it),
 * no `unsafe-inline` scripts — so even a name from a hostile capture that escaped React could not run.
 */
export async function proxy(request: NextRequest) {
  // A load balancer's health check names the target by its IP address; the health route says nothing worth rebinding for.
  if (request.nextUrl.pathname === "/api/health") return NextResponse.next();
  if (!isAllowedHost(request.headers.get("host"))) {
    return new NextResponse(
      "This Log Doctor server does not answer under this host name (set LOG_DOCTOR_ALLOWED_HOSTS to allow it).",
      { status: 421, headers: refusalHeaders },
    );
  }
  if (!isDecodablePath(request.nextUrl.pathname)) {
    return new NextResponse("Bad request: the path has malformed percent-encoding.", {
      status: 400,
      headers: refusalHeaders,
    });
  }
  const verdict = await gate(request);
  if (!verdict.ok) return verdict.response;
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const dev = process.env.NODE_ENV === "development";
  // The Sign out form's answer sends the browser on to the provider's end-session endpoint; browsers hold a form's
  // redirects to form-action too.
  const auth = authConfig();
  const provider = auth.mode === "oidc" ? ` ${auth.issuer.origin}` : "";
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${provider}`,
    "frame-ancestors 'none'",
  ].join("; ");

  const requestHeaders = new Headers(request.headers);
  // Server components learn who is signed in from this header; only the proxy may set it.
  requestHeaders.delete(IDENTITY_HEADER);
  if (verdict.identity) requestHeaders.set(IDENTITY_HEADER, encodeIdentity(verdict.identity));
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(staticSecurityHeaders)) response.headers.set(name, value);
  return response;
}

export const staticSecurityHeaders = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/** A refusal is plain text that nothing may run, frame or sniff. */
const refusalHeaders = {
  ...staticSecurityHeaders,
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
  "Content-Type": "text/plain; charset=utf-8",
  "Cache-Control": "no-store",
};

/**
 * Every page, and every API route except the three that take a request body — prefetches included: a matcher that
 * skipped requests carrying `Next-Router-Prefetch` would let anyone skip sign-in by sending that header. Proxy buffers (and past 10 MB cuts
 * off) the bodies of the requests it sees, which would undo their streaming caps; those three check the Host
 * themselves (`isSameOrigin`) before reading a byte. A test holds every route under `app/api` to this.
 */
export const bodyRoutes = ["/api/sources", "/api/reports", "/api/scans"];

export const config = {
  matcher: [{ source: "/((?!api/sources$|api/reports$|api/scans$|_next/static|_next/image|icon.svg).*)" }],
};
