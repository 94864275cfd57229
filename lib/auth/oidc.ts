import * as client from "openid-client";
import { isLoopbackUrl, type OidcAuth } from "./config";
import { groupsOf, relevantGroups, type Identity } from "./identity";

// Discovery once per issuer and client; a failure (provider down at start) is forgotten so the next sign-in retries.
const cache = globalThis as typeof globalThis & { __logDoctorOidc?: Map<string, Promise<client.Configuration>> };

export function oidcClient(config: OidcAuth): Promise<client.Configuration> {
  cache.__logDoctorOidc ??= new Map();
  const key = `${config.issuer.href} ${config.clientId}`;
  let found = cache.__logDoctorOidc.get(key);
  if (!found) {
    // Plain http only for a provider on this machine (the tests' own); anything else must be https.
    const options = isLoopbackUrl(config.issuer) ? { execute: [client.allowInsecureRequests] } : undefined;
    found = client.discovery(config.issuer, config.clientId, config.clientSecret, undefined, options);
    found.catch(() => cache.__logDoctorOidc?.delete(key));
    cache.__logDoctorOidc.set(key, found);
  }
  return found;
}

/** Where to go after sign-in: a path on this server only (never `//elsewhere` or a full URL). */
export function safeReturnTo(value: string | null): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\") || value.length > 2000)
    return "/";
  if (value.startsWith("/auth/")) return "/";
  return value;
}

export interface SignInStart {
  url: URL;
  pending: { verifier: string; state: string; nonce: string; returnTo: string };
}

/** Authorization code + PKCE (S256), with state and nonce. */
export async function startSignIn(config: OidcAuth, returnTo: string): Promise<SignInStart> {
  const oidc = await oidcClient(config);
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(oidc, {
    redirect_uri: config.redirectUri.href,
    scope: config.scope,
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
    state,
    nonce,
  });
  return { url, pending: { verifier, state, nonce, returnTo } };
}

/** Exchanges the code (checking state, nonce, PKCE and the ID token) and says who signed in, with the ID token. */
export async function finishSignIn(
  config: OidcAuth,
  callbackSearch: string,
  pending: SignInStart["pending"],
): Promise<{ identity: Identity; idToken?: string }> {
  const oidc = await oidcClient(config);
  // The provider redirected to the configured URI; behind a proxy request.url may name an internal host instead.
  const current = new URL(config.redirectUri.href);
  current.search = callbackSearch;
  const tokens = await client.authorizationCodeGrant(oidc, current, {
    pkceCodeVerifier: pending.verifier,
    expectedState: pending.state,
    expectedNonce: pending.nonce,
    idTokenExpected: true,
  });
  const claims = tokens.claims();
  if (!claims) throw new Error("the identity provider sent no ID token");
  let source: Record<string, unknown> = claims;
  const wantsGroups = config.allow.groups.length > 0 || config.scanGroup !== undefined;
  // Many providers put groups (and sometimes the email) in userinfo only.
  if ((wantsGroups && claims[config.groupsClaim] === undefined) || claims.email === undefined) {
    source = { ...(await client.fetchUserInfo(oidc, tokens.access_token, claims.sub)), ...claims };
  }
  const email = typeof source.email === "string" ? source.email : undefined;
  const identity: Identity = {
    sub: claims.sub,
    email,
    emailVerified: source.email_verified === true,
    name: typeof source.name === "string" ? source.name : undefined,
    groups: relevantGroups(groupsOf(source[config.groupsClaim]), config),
  };
  // A session cookie holds at most a few KB: a huge ID token is not kept, and sign-out then names the client only.
  return { identity, idToken: tokens.id_token && tokens.id_token.length <= 1600 ? tokens.id_token : undefined };
}

/**
 * Where the browser goes to end its session at the provider too (OpenID Connect RP-Initiated Logout 1.0), coming back
 * to /auth/signed-out; null when the provider publishes no `end_session_endpoint` (Google, for one) or cannot be
 * reached, and then only Log Doctor's own session ends.
 */
export async function providerSignOutUrl(config: OidcAuth, idToken: string | undefined): Promise<URL | null> {
  try {
    const oidc = await oidcClient(config);
    if (!oidc.serverMetadata().end_session_endpoint) return null;
    const back = new URL("/auth/signed-out", config.redirectUri);
    return client.buildEndSessionUrl(oidc, {
      post_logout_redirect_uri: back.href,
      ...(idToken ? { id_token_hint: idToken } : {}),
    });
  } catch {
    return null;
  }
}
