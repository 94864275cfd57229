import { describe, expect, it } from "vitest";
import { isAllowedHost } from "./allowed-host";
import { isSameOrigin } from "./same-origin";

describe("isAllowedHost", () => {
  it.each(["127.0.0.1:3000", "localhost:3000", "LOCALHOST", "[::1]:3000", "127.1.2.3"])("accepts loopback %s", (host) =>
    expect(isAllowedHost(host, undefined)).toBe(true),
  );
  it.each(["evil.example", "evil.example:3000", "127.0.0.1.evil.example", "", null])(
    "refuses %j (DNS rebinding)",
    (host) => expect(isAllowedHost(host, undefined)).toBe(false),
  );
  it("accepts names the operator allows", () =>
    expect(isAllowedHost("logs.internal:8080", "logs.internal, other")).toBe(true));
});

describe("isSameOrigin", () => {
  const request = (headers: Record<string, string>) =>
    new Request("http://127.0.0.1:3000/api/x", { method: "POST", headers });
  it("accepts our own pages", () =>
    expect(
      isSameOrigin(
        request({ host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000", "sec-fetch-site": "same-origin" }),
      ),
    ).toBe(true));
  it("refuses other sites, and rebound names even when same-origin", () => {
    expect(isSameOrigin(request({ host: "127.0.0.1:3000", origin: "https://evil.example" }))).toBe(false);
    expect(isSameOrigin(request({ host: "127.0.0.1:3000", "sec-fetch-site": "cross-site" }))).toBe(false);
    expect(
      isSameOrigin(
        request({ host: "evil.example:3000", origin: "http://evil.example:3000", "sec-fetch-site": "same-origin" }),
      ),
    ).toBe(false);
  });
  it("ignores X-Forwarded-Host, which a rebound page can set", () =>
    expect(
      isSameOrigin(
        request({ host: "evil.example", "x-forwarded-host": "127.0.0.1:3000", origin: "http://127.0.0.1:3000" }),
      ),
    ).toBe(false));
  it("refuses requests that say nothing about where they come from", () =>
    expect(isSameOrigin(request({ host: "127.0.0.1:3000" }))).toBe(false));
});
