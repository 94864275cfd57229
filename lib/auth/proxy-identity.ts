import { log } from "../ops/log";
import { verifyAlbToken } from "./alb-token";
import type { ProxyAuth } from "./config";
import { groupsOf, type Identity } from "./identity";
import { isTrustedPeer, peerAddress } from "./peer";

const GROUPS_CLAIM = () => process.env.LOG_DOCTOR_OIDC_GROUPS_CLAIM?.trim() || "groups";
const text = (value: unknown) =>
  typeof value === "string" && value.length > 0 && value.length <= 320 ? value : undefined;

/**
 * The identity an authenticating proxy vouches for. An ALB's `x-amzn-oidc-data` counts only when its signature,
 * signer and expiry check out (a present but bad token is a refusal, never a fallback). oauth2-proxy's
 * `X-Forwarded-Email` / `X-Forwarded-Groups` count only when the connection comes from a configured proxy address —
 * from anyone else they are just headers a client typed.
 */
export async function proxyIdentity(request: Request, config: ProxyAuth): Promise<Identity | null> {
  const token = request.headers.get("x-amzn-oidc-data");
  if (config.albArns.length > 0 && token) {
    const claims = await verifyAlbToken(token, { arns: config.albArns, keysUrl: config.albKeysUrl }, (reason) =>
      log("warn", "auth", `x-amzn-oidc-data refused: ${reason}`),
    );
    if (!claims || !text(claims.sub)) return null;
    // The ALB's OIDC action already signed the user in with the company's provider; only an explicit
    // `email_verified: false` makes its email unusable for a domain allowlist.
    return {
      sub: claims.sub!,
      email: text(claims.email),
      emailVerified: text(claims.email) !== undefined && claims.email_verified !== false,
      name: text(claims.name),
      groups: groupsOf(claims[GROUPS_CLAIM()]),
    };
  }
  if (config.trustedProxies.length > 0) {
    const peer = peerAddress(request);
    if (!peer || !isTrustedPeer(peer, config.trustedProxies)) return null;
    const email = text(request.headers.get("x-forwarded-email"));
    const user =
      text(request.headers.get("x-forwarded-preferred-username")) ?? text(request.headers.get("x-forwarded-user"));
    if (!email && !user) return null;
    return {
      sub: user ?? email!,
      email,
      emailVerified: email !== undefined,
      name: user,
      groups: groupsOf(request.headers.get("x-forwarded-groups")),
    };
  }
  return null;
}
