import { afterEach, describe, expect, it, vi } from "vitest";
import { cookieValue, openSession, sealSession, seal, unseal } from "./session";

const secret = "s".repeat(40);
const ana = { sub: "u1", email: "ana@example.com", emailVerified: true, name: "Ana", groups: ["sre"] };

afterEach(() => vi.useRealTimers());

describe("session cookie", () => {
  it("opens what it sealed, and the sealed text shows nothing of the user", async () => {
    const value = await sealSession(ana, secret, 8);
    expect(value).not.toContain("ana");
    expect(Buffer.from(value.split(".")[0], "base64url").toString()).toContain("A256GCM");
    expect(await openSession(value, secret)).toMatchObject(ana);
  });

  it("refuses a cookie sealed with another secret, a tampered one, and garbage", async () => {
    const value = await sealSession(ana, secret, 8);
    expect(await openSession(value, "t".repeat(40))).toBeNull();
    const parts = value.split(".");
    parts[3] = parts[3].slice(0, -2) + (parts[3].endsWith("AA") ? "BB" : "AA");
    expect(await openSession(parts.join("."), secret)).toBeNull();
    expect(await openSession("not-a-jwe", secret)).toBeNull();
    expect(await openSession(undefined, secret)).toBeNull();
  });

  it("refuses an expired session", async () => {
    vi.useFakeTimers({ now: new Date("2026-01-01T00:00:00Z") });
    const value = await sealSession(ana, secret, 1);
    vi.setSystemTime(new Date("2026-01-01T01:00:01Z"));
    expect(await openSession(value, secret)).toBeNull();
  });

  it("never accepts a sign-in cookie as a session (separate keys per purpose)", async () => {
    const signIn = await seal({ user: ana }, secret, "sign-in", 600);
    expect(await openSession(signIn, secret)).toBeNull();
    expect(await unseal(signIn, secret, "sign-in")).toMatchObject({ user: ana });
  });
});

describe("cookieValue", () => {
  it("finds one cookie among others", () => {
    expect(cookieValue("a=1; __Host-x=v.w; b=2", "__Host-x")).toBe("v.w");
    expect(cookieValue("a=1", "b")).toBeUndefined();
    expect(cookieValue(null, "b")).toBeUndefined();
  });
});
