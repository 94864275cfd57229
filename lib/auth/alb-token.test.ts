import { generateKeyPairSync, sign, type KeyObject } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { albKeysBase, clearAlbKeyCache, verifyAlbToken } from "./alb-token";

const arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/log-doctor/50dc6c495c0c9188";
const otherArn = "arn:aws:elasticloadbalancing:eu-west-1:210987654321:loadbalancer/app/evil/0000000000000000";
const kid = "8d2b7b56-0c7e-4c43-9f7c-0123456789ab";
const pair = () => generateKeyPairSync("ec", { namedCurve: "P-256" });
const alb = pair();
const keys: Record<string, string> = {
  [`https://keys.test/${kid}`]: alb.publicKey.export({ type: "spki", format: "pem" }) as string,
};
const fetchKey = vi.fn(async (url: string) => {
  if (!(url in keys)) throw new Error(`404 ${url}`);
  return keys[url];
});
const options = { arns: [arn], keysUrl: "https://keys.test", fetchKey };

/** A token as the ALB makes it: base64url segments WITH padding, ES256 (r||s) over exactly those segments. */
function albToken(
  claims: Record<string, unknown>,
  { key = alb.privateKey, header = {} }: { key?: KeyObject; header?: Record<string, unknown> } = {},
): string {
  const segment = (value: object) => {
    const text = Buffer.from(JSON.stringify(value)).toString("base64url");
    return text + "=".repeat((4 - (text.length % 4)) % 4);
  };
  const exp = Math.floor(Date.now() / 1000) + 120;
  const input = `${segment({ alg: "ES256", kid, signer: arn, iss: "https://idp.example.com", client: "abc", exp, ...header })}.${segment({ sub: "u-1", email: "ana@example.com", exp, iss: "https://idp.example.com", ...claims })}`;
  return `${input}.${sign("sha256", Buffer.from(input), { key, dsaEncoding: "ieee-p1363" }).toString("base64url")}`;
}

beforeEach(() => {
  clearAlbKeyCache();
  fetchKey.mockClear();
});

describe("verifyAlbToken", () => {
  it("accepts a correctly signed token (padded segments, as ALB sends them) and fetches the key once", async () => {
    const token = albToken({});
    expect(
      token
        .split(".")
        .slice(0, 2)
        .some((segment) => segment.endsWith("=")),
    ).toBe(true);
    expect(await verifyAlbToken(token, options)).toMatchObject({ sub: "u-1", email: "ana@example.com" });
    expect(await verifyAlbToken(albToken({ email: "bob@example.com" }), options)).toMatchObject({
      email: "bob@example.com",
    });
    expect(fetchKey).toHaveBeenCalledTimes(1);
    expect(fetchKey).toHaveBeenCalledWith(`https://keys.test/${kid}`);
  });

  it.each([
    [
      "signed with another key (forged)",
      () => albToken({}, { key: pair().privateKey }),
      /signature verification failed/,
    ],
    [
      "with claims changed after signing",
      () => {
        const [h, , s] = albToken({}).split(".");
        return `${h}.${Buffer.from(JSON.stringify({ sub: "admin", email: "boss@example.com", exp: 9999999999 })).toString("base64url")}.${s}`;
      },
      /signature verification failed/,
    ],
    ["expired", () => albToken({ exp: Math.floor(Date.now() / 1000) - 3600 }), /"exp" claim timestamp check failed/],
    ["without an expiry", () => albToken({ exp: undefined }), /missing required "exp" claim/],
    [
      "from another load balancer (signer)",
      () => albToken({}, { header: { signer: otherArn } }),
      /not a configured load balancer/,
    ],
    ["with another algorithm", () => albToken({}, { header: { alg: "HS256" } }), /is not ES256/],
    ["with a key id that is a path", () => albToken({}, { header: { kid: "../../etc/passwd" } }), /no usable key id/],
    [
      "with an unknown key id",
      () => albToken({}, { header: { kid: "unknown-kid" } }),
      /public key unknown-kid unavailable/,
    ],
    ["that is not a JWT", () => "garbage", /not a JWT/],
  ])("rejects a token %s", async (_, make, reason) => {
    const onReject = vi.fn();
    expect(await verifyAlbToken(make(), options, onReject)).toBeNull();
    expect(onReject).toHaveBeenCalledWith(expect.stringMatching(reason));
  });

  it("never fetches a key for a token from a load balancer it does not trust", async () => {
    await verifyAlbToken(albToken({}, { header: { signer: otherArn } }), options);
    expect(fetchKey).not.toHaveBeenCalled();
  });

  it("derives the documented key URL from the signer's region", () => {
    expect(albKeysBase(arn)).toBe("https://public-keys.auth.elb.eu-west-1.amazonaws.com");
  });
});
