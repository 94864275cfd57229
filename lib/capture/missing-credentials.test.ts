import { describe, expect, it } from "vitest";
import { missingCredentials } from "./missing-credentials";
import type { Capture, CaptureCall } from "./schema";

const withIdentity = (call: Partial<CaptureCall>) =>
  ({
    calls: [{ service: "sts", region: "us-east-1", operation: "GetCallerIdentity", input: {}, ...call }],
  }) as unknown as Capture;

describe("missingCredentials: one rule for the CLI and runbook links", () => {
  it.each(["CredentialsProviderError", "CredentialsError"])("%s → the SDK's message on one line", (name) => {
    expect(
      missingCredentials(
        withIdentity({ error: { name, message: "Could not load\n  credentials from any providers" } }),
      ),
    ).toBe("Could not load credentials from any providers");
  });

  it("is null when credentials were found, or the identity call failed for another reason", () => {
    expect(missingCredentials(withIdentity({ output: { Account: "123456789012" } }))).toBeNull();
    expect(missingCredentials(withIdentity({ error: { name: "ExpiredToken", message: "expired" } }))).toBeNull();
  });
});
