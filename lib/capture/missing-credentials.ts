import type { Capture } from "./schema";

/** What the SDK throws when its default chain finds no credentials; the collector records it as the call's error. */
const noCredentialErrors = new Set(["CredentialsProviderError", "CredentialsError"]);

/**
 * Why a live capture has no account in it: the identity call failed because no credentials were found (the SDK's
 * message, on one line), or null when credentials were there. The CLI and runbook links both say it this way.
 */
export function missingCredentials(capture: Capture): string | null {
  const identity = capture.calls.find((call) => call.operation === "GetCallerIdentity");
  if (!identity?.error || !noCredentialErrors.has(identity.error.name)) return null;
  return identity.error.message.replace(/\s+/g, " ").trim();
}
