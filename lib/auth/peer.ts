import { timingSafeEqual } from "node:crypto";
import { BlockList, isIPv4, isIPv6 } from "node:net";

/**
 * The address of whoever opened the TCP connection. Next.js does not give it to route handlers (its
 * `X-Forwarded-For` keeps whatever the client sent), so `scripts/serve.mjs` — the server `npm start` runs when
 * LOG_DOCTOR_TRUSTED_PROXIES is set — writes it into this header on every request, prefixed with a random token
 * made at start and kept in this process's environment. A client cannot forge it: it does not know the token,
 * and without that server (plain `next start`) there is no token, so no request's peer is believed.
 */
export const PEER_HEADER = "x-log-doctor-peer";
export const PEER_TOKEN_ENV = "LOG_DOCTOR_PEER_TOKEN";

export function peerAddress(request: Request, env: Record<string, string | undefined> = process.env): string | null {
  const token = env[PEER_TOKEN_ENV];
  const value = request.headers.get(PEER_HEADER);
  if (!token || !value) return null;
  const space = value.indexOf(" ");
  const given = Buffer.from(value.slice(0, space));
  const expected = Buffer.from(token);
  if (space < 0 || given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return value.slice(space + 1).replace(/^::ffff:(?=\d+\.)/, "");
}

/** Exact addresses or CIDR ranges (`10.0.0.0/16`, `fd00::/8`). Invalid entries match nothing. */
export function isTrustedPeer(address: string, trusted: readonly string[]): boolean {
  const list = new BlockList();
  for (const entry of trusted) {
    const [ip, bits] = entry.split("/");
    const type = isIPv4(ip) ? "ipv4" : isIPv6(ip) ? "ipv6" : null;
    if (!type) continue;
    if (bits === undefined) list.addAddress(ip, type);
    else if (/^\d{1,3}$/.test(bits)) list.addSubnet(ip, Number(bits), type);
  }
  const type = isIPv4(address) ? "ipv4" : isIPv6(address) ? "ipv6" : null;
  return type !== null && list.check(address, type);
}
