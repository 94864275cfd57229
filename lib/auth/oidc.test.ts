import { describe, expect, it } from "vitest";
import { safeReturnTo } from "./oidc";

describe("safeReturnTo", () => {
  it.each([
    ["/diagnose/demo?x=1", "/diagnose/demo?x=1"],
    [null, "/"],
    ["https://evil.example/", "/"],
    ["//evil.example/", "/"],
    ["/\\evil.example", "/"],
    ["/auth/callback?code=x", "/"],
    ["relative", "/"],
  ])("%s → %s", (input, expected) => expect(safeReturnTo(input)).toBe(expected));
});
