import { importSPKI, jwtVerify, type JWTPayload } from "jose";

/**
 * Verifies the `x-amzn-oidc-data` header an AWS Application Load Balancer adds after its `authenticate-oidc` action,
 * as AWS documents it ("Authenticate users using an Application Load Balancer" → "User claims encoding and
 * signature verification", docs.aws.amazon.com/elasticloadbalancing/latest/application/listener-authenticate-users.html):
 * an ES256 JWT whose header names the key (`kid`) and the load balancer that signed it (`signer`, its ARN). The
 * signer is checked against the configured ARNs BEFORE anything else, then the public key is fetched as PEM from
 * `https://public-keys.auth.elb.<region>.amazonaws.com/<kid>` and the signature and expiry are verified.
 * ALB encodes the segments with base64url padding (`=`); jose accepts it and signs nothing differently.
 */
export interface AlbVerifyOptions {
  /** Load balancer ARNs whose tokens are accepted. */
  arns: readonly string[];
  /** Replaces `https://public-keys.auth.elb.<region>.amazonaws.com` (tests; other partitions). */
  keysUrl?: string;
  /** Fetches a key's PEM; the default uses fetch with a 5 s timeout. */
  fetchKey?: (url: string) => Promise<string>;
}

const MAX_TOKEN = 16 * 1024;
const MAX_KEYS = 32;
const KEY_ID = /^[A-Za-z0-9_-]{1,128}$/;

type Key = Awaited<ReturnType<typeof importSPKI>>;
// A key id names one key forever, so a fetched key is kept (a bounded number of them; a failure is not kept).
const keyCache = new Map<string, Promise<Key>>();

async function defaultFetchKey(url: string): Promise<string> {
  const response = await fetch(url, { signal: AbortSignal.timeout(5000), redirect: "error" });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  const text = await response.text();
  if (text.length > 4096) throw new Error(`${url} sent more than a public key`);
  return text;
}

function keyFor(url: string, fetchKey: (url: string) => Promise<string>): Promise<Key> {
  let key = keyCache.get(url);
  if (!key) {
    if (keyCache.size >= MAX_KEYS) keyCache.delete(keyCache.keys().next().value!);
    key = fetchKey(url).then((pem) => importSPKI(pem.trim(), "ES256"));
    key.catch(() => keyCache.delete(url));
    keyCache.set(url, key);
  }
  return key;
}

export function clearAlbKeyCache(): void {
  keyCache.clear();
}

function headerOf(token: string): Record<string, unknown> | null {
  try {
    const header = JSON.parse(Buffer.from(token.split(".")[0], "base64url").toString("utf8"));
    return header && typeof header === "object" ? header : null;
  } catch {
    return null;
  }
}

/** The load balancer's key URL base for a signer ARN (`arn:aws:elasticloadbalancing:<region>:…`). */
export function albKeysBase(signer: string): string {
  const region = signer.split(":")[3];
  return `https://public-keys.auth.elb.${region}.amazonaws.com`;
}

/** The user's claims, or null for a missing, malformed, foreign, forged or expired token (why goes to `onReject`). */
export async function verifyAlbToken(
  token: string | null,
  options: AlbVerifyOptions,
  onReject: (reason: string) => void = () => {},
): Promise<JWTPayload | null> {
  if (!token) return null;
  if (token.length > MAX_TOKEN || token.split(".").length !== 3) return reject(onReject, "not a JWT");
  const header = headerOf(token);
  if (!header) return reject(onReject, "unreadable header");
  if (header.alg !== "ES256") return reject(onReject, `algorithm ${String(header.alg)} is not ES256`);
  const signer = typeof header.signer === "string" ? header.signer : "";
  if (!options.arns.includes(signer))
    return reject(onReject, `signed by ${signer || "nobody"}, not a configured load balancer`);
  const kid = typeof header.kid === "string" ? header.kid : "";
  if (!KEY_ID.test(kid)) return reject(onReject, "no usable key id");
  const base = (options.keysUrl ?? albKeysBase(signer)).replace(/\/+$/, "");
  let key: Key;
  try {
    key = await keyFor(`${base}/${kid}`, options.fetchKey ?? defaultFetchKey);
  } catch (error) {
    return reject(onReject, `public key ${kid} unavailable: ${(error as Error).message}`);
  }
  try {
    const { payload } = await jwtVerify(token, key, {
      algorithms: ["ES256"],
      requiredClaims: ["exp"],
      clockTolerance: 30,
    });
    return payload;
  } catch (error) {
    return reject(onReject, (error as Error).message);
  }
}

function reject(onReject: (reason: string) => void, reason: string): null {
  onReject(reason);
  return null;
}
