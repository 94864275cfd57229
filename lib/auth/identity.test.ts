import { describe, expect, it } from "vitest";
import { groupsOf, isAllowed, isAllowedByProxy, mayRunLiveScans, relevantGroups, type Identity } from "./identity";

const user = (over: Partial<Identity> = {}): Identity => ({
  sub: "u1",
  email: "ana@example.com",
  emailVerified: true,
  name: "Ana",
  groups: [],
  ...over,
});
const allow = { emailDomains: ["example.com"], groups: ["sre"] };

describe("isAllowed", () => {
  it.each([
    ["a verified email in an allowed domain", user(), true],
    ["an unverified email in an allowed domain", user({ emailVerified: false }), false],
    ["a subdomain of an allowed domain", user({ email: "ana@evil.example.com" }), false],
    ["a look-alike domain", user({ email: "ana@example.com.evil.io" }), false],
    ["the domain in upper case", user({ email: "Ana@EXAMPLE.COM" }), true],
    ["another domain but an allowed group", user({ email: "ana@other.io", groups: ["sre"] }), true],
    ["another domain and no allowed group", user({ email: "ana@other.io", groups: ["dev"] }), false],
    ["no email and no group", user({ email: undefined }), false],
  ])("%s → %s", (_, identity, expected) => expect(isAllowed(identity, allow)).toBe(expected));

  it("lets the proxy decide when no allowlist is set, and applies one when it is", () => {
    expect(isAllowedByProxy(user({ email: "x@other.io" }), { emailDomains: [], groups: [] })).toBe(true);
    expect(isAllowedByProxy(user({ email: "x@other.io" }), allow)).toBe(false);
  });
});

describe("mayRunLiveScans", () => {
  it.each([
    ["no scan group: everyone signed in", undefined, user(), true],
    ["no scan group and no sign-in (loopback)", undefined, null, true],
    ["a member of the scan group", "oncall", user({ groups: ["oncall"] }), true],
    ["not a member", "oncall", user({ groups: ["dev"] }), false],
    ["nobody signed in", "oncall", null, false],
  ])("%s → %s", (_, scanGroup, identity, expected) => expect(mayRunLiveScans(identity, { scanGroup })).toBe(expected));
});

describe("groups", () => {
  it("keeps only the groups the server looks at", () => {
    expect(
      relevantGroups(["sre", "all-staff", "oncall", "sre"], { allow, scanGroup: "oncall", publicReports: false }),
    ).toEqual(["sre", "oncall"]);
  });
  it("reads a list or a comma-separated string and drops anything else", () => {
    expect(groupsOf(["a", 1, " b "])).toEqual(["a", "b"]);
    expect(groupsOf("a, b,,c")).toEqual(["a", "b", "c"]);
    expect(groupsOf({ a: 1 })).toEqual([]);
  });
});
