import { describe, expect, it } from "vitest";
import { backoffMs, classifyError, retryAfterMs } from "./retry-policy";

describe("classifyError", () => {
  it.each([
    [{ name: "TooManyRequestsException", $metadata: { httpStatusCode: 429 } }, "throttled"],
    [{ name: "ThrottlingException", $metadata: { httpStatusCode: 400 } }, "throttled"],
    [{ name: "Throttling", $metadata: { httpStatusCode: 400 } }, "throttled"],
    [{ name: "Anything", $metadata: { httpStatusCode: 429 } }, "throttled"],
    [{ name: "ServiceUnavailableException", $metadata: { httpStatusCode: 503 } }, "transient"],
    [{ name: "TimeoutError" }, "transient"],
    [{ name: "Error", code: "ECONNRESET" }, "transient"],
    [{ name: "AccessDeniedException", $metadata: { httpStatusCode: 403 } }, "final"],
    [{ name: "RegionDisabledException", $metadata: { httpStatusCode: 403 } }, "final"],
    [{ name: "NoSuchEntityException", $metadata: { httpStatusCode: 404 } }, "final"],
  ])("%o is %s", (error, kind) => {
    expect(classifyError(error)).toBe(kind);
  });
});

describe("retryAfterMs", () => {
  it("reads seconds or an HTTP date from Retry-After, or API Gateway's modeled member", () => {
    expect(retryAfterMs({ $response: { headers: { "retry-after": "2" } } })).toBe(2000);
    const now = Date.parse("2026-11-22T10:00:00Z");
    expect(retryAfterMs({ $response: { headers: { "retry-after": "Sun, 22 Nov 2026 10:00:03 GMT" } } }, now)).toBe(
      3000,
    );
    expect(retryAfterMs({ retryAfterSeconds: "1" })).toBe(1000);
    expect(retryAfterMs({ name: "TooManyRequestsException" })).toBeUndefined();
  });
});

describe("backoffMs", () => {
  it("grows exponentially up to the cap, jittered below it", () => {
    const settings = { baseDelayMs: 100, maxDelayMs: 1000 };
    expect(backoffMs(1, settings, () => 0.999)).toBe(100);
    expect(backoffMs(3, settings, () => 0.999)).toBe(400);
    expect(backoffMs(10, settings, () => 0.999)).toBe(999);
    expect(backoffMs(3, settings, () => 0)).toBe(0);
  });
});
