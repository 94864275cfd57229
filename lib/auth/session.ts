import { hkdfSync } from "node:crypto";
import { EncryptJWT, jwtDecrypt } from "jose";
import type { Identity } from "./identity";

/**
 * The session is the identity itself, sealed in a cookie with AES-256-GCM (a JWE, `dir`): tamper-proof like a signed
 * cookie and also unreadable, so a user's groups never show in the browser. Nothing is kept on the server, so every
 * replica with the same `LOG_DOCTOR_SESSION_SECRET` accepts it, and a restart signs nobody out.
 * `__Host-` makes the browser refuse it unless it is Secure, for the whole site, and set by this very host.
 */
export const SESSION_COOKIE = "__Host-log-doctor-session";
/** The sign-in in flight (PKCE verifier, state, nonce, where to go back to), for ten minutes. */
export const SIGN_IN_COOKIE = "__Host-log-doctor-sign-in";

function keyFor(secret: string, purpose: string): Uint8Array {
  // One secret, a separate key per cookie: a sign-in cookie can never be replayed as a session.
  return new Uint8Array(hkdfSync("sha256", secret, "log-doctor", purpose, 32));
}

export async function seal(
  payload: Record<string, unknown>,
  secret: string,
  purpose: string,
  seconds: number,
): Promise<string> {
  return new EncryptJWT(payload)
    .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + seconds)
    .encrypt(keyFor(secret, purpose));
}

/** The payload, or null for a cookie that is missing, forged, for another purpose, or expired. */
export async function unseal(
  value: string | undefined,
  secret: string,
  purpose: string,
): Promise<Record<string, unknown> | null> {
  if (!value || value.length > 8192) return null;
  try {
    const { payload } = await jwtDecrypt(value, keyFor(secret, purpose), {
      keyManagementAlgorithms: ["dir"],
      contentEncryptionAlgorithms: ["A256GCM"],
    });
    return payload;
  } catch {
    return null;
  }
}

/**
 * `idToken` is the provider's ID token, kept (sealed like the rest) only to name this sign-in when signing out at the
 * provider: many providers (Okta, Keycloak, Entra ID) require it as `id_token_hint`.
 */
export async function sealSession(
  identity: Identity,
  secret: string,
  hours: number,
  idToken?: string,
): Promise<string> {
  return seal({ user: identity, ...(idToken ? { idt: idToken } : {}) }, secret, "session", hours * 3600);
}

export async function openSession(value: string | undefined, secret: string): Promise<Identity | null> {
  const payload = await unseal(value, secret, "session");
  const user = payload?.user as Identity | undefined;
  if (!user || typeof user.sub !== "string" || !Array.isArray(user.groups)) return null;
  return user;
}

/** The ID token sealed with the session (see sealSession), or undefined. */
export async function sessionIdToken(value: string | undefined, secret: string): Promise<string | undefined> {
  const payload = await unseal(value, secret, "session");
  return typeof payload?.idt === "string" ? payload.idt : undefined;
}

export function cookieHeader(name: string, value: string, seconds: number): string {
  return `${name}=${value}; Path=/; Max-Age=${seconds}; HttpOnly; Secure; SameSite=Lax`;
}

export const clearedCookie = (name: string) => `${name}=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Lax`;

/** One cookie's value from a Cookie header. */
export function cookieValue(header: string | null, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
