import type { Allowlist, CommonAuth } from "./config";

/** Who is asking: what the identity provider (or the proxy in front) vouched for. Never a token or a secret. */
export interface Identity {
  /** The provider's subject id, or the email when the proxy gives no other. */
  sub: string;
  email: string | undefined;
  /** Whether the provider says it checked the email (domain allowlists only trust verified addresses). */
  emailVerified: boolean;
  name: string | undefined;
  groups: string[];
}

/** A domain allowlist matches the verified email's domain exactly (`a@sub.example.com` is not `example.com`). */
export function isAllowed(identity: Identity, allow: Allowlist): boolean {
  const domain = identity.email?.toLowerCase().split("@")[1];
  if (identity.emailVerified && domain && allow.emailDomains.includes(domain)) return true;
  return identity.groups.some((group) => allow.groups.includes(group));
}

/** With no allowlist configured (proxy mode), the proxy already decided who gets through. */
export function isAllowedByProxy(identity: Identity, allow: Allowlist): boolean {
  return (allow.emailDomains.length === 0 && allow.groups.length === 0) || isAllowed(identity, allow);
}

/** Live diagnoses spend the server's AWS role: only the scan group, when one is set. */
export function mayRunLiveScans(identity: Identity | null, config: Pick<CommonAuth, "scanGroup">): boolean {
  if (!config.scanGroup) return true;
  return identity !== null && identity.groups.includes(config.scanGroup);
}

/** Only the groups this server looks at travel in the session cookie: short, and nothing else about the user. */
export function relevantGroups(groups: readonly string[], config: CommonAuth): string[] {
  const wanted = new Set([...config.allow.groups, ...(config.scanGroup ? [config.scanGroup] : [])]);
  return [...new Set(groups.filter((group) => wanted.has(group)))];
}

/** The words an audit line and the page header use for a user. */
export const displayName = (identity: Identity) => identity.email ?? identity.name ?? identity.sub;

/** Groups as identity providers send them: a list, or (some proxies) one comma-separated string. */
export function groupsOf(value: unknown): string[] {
  const items = Array.isArray(value) ? value : typeof value === "string" ? value.split(",") : [];
  return items
    .filter((item): item is string => typeof item === "string")
    .map((item) => item.trim())
    .filter((item) => item !== "" && item.length <= 256)
    .slice(0, 1000);
}
