import { describe, expect, it } from "vitest";
import { bindRefusal, isLoopbackBind } from "./bind-check.mjs";

describe("isLoopbackBind", () => {
  it.each([
    ["127.0.0.1", true],
    ["127.1.2.3", true],
    ["localhost", true],
    ["::1", true],
    ["[::1]", true],
    ["0.0.0.0", false],
    ["::", false],
    ["10.0.0.5", false],
    ["log-doctor.example.com", false],
    ["127.0.0.1.example.com", false],
  ])("%s → %s", (host, loopback) => expect(isLoopbackBind(host)).toBe(loopback));
});

describe("bindRefusal", () => {
  it("lets loopback start with no setting (the laptop default)", () => expect(bindRefusal("127.0.0.1", {})).toBeNull());
  it("refuses 0.0.0.0 without LOG_DOCTOR_AUTH and says how to configure it", () => {
    const message = bindRefusal("0.0.0.0", {});
    expect(message).toContain("refusing to listen on 0.0.0.0");
    expect(message).toContain("LOG_DOCTOR_AUTH=oidc");
    expect(message).toContain("LOG_DOCTOR_AUTH=proxy");
  });
  it("refuses an unknown mode", () => expect(bindRefusal("0.0.0.0", { LOG_DOCTOR_AUTH: "none" })).not.toBeNull());
  it.each(["oidc", "proxy"])("lets 0.0.0.0 start with LOG_DOCTOR_AUTH=%s", (mode) =>
    expect(bindRefusal("0.0.0.0", { LOG_DOCTOR_AUTH: mode })).toBeNull(),
  );
});
