import type { PrincipalBlock, RequestPrincipal } from "./types";

/**
 * Whether a Principal (or NotPrincipal) block names the requesting principal. IAM allows no partial wildcards
 * in principals (only a whole `"*"`), so identifiers compare whole; no glob matching here.
 */
export function principalBlockNames(block: PrincipalBlock, principal: RequestPrincipal): boolean {
  if (block === "*") return true;
  for (const [type, ids] of Object.entries(block)) {
    // {"AWS": "*"} is IAM's other spelling of "everyone"; it is not limited to IAM identities.
    if (type === "AWS" && ids.includes("*")) return true;
    if (type !== principal.type) continue;
    if (ids.some((id) => id === "*" || principalIdMatches(principal.type, id, principal.id))) return true;
  }
  return false;
}

function principalIdMatches(type: RequestPrincipal["type"], listed: string, requested: string): boolean {
  switch (type) {
    case "Service":
      // Service principals are DNS-like names; a capitalized "ApiGateway.amazonaws.com" still names the service.
      return listed.toLowerCase() === requested.toLowerCase();
    case "Federated":
      // Identity-provider domains (cognito-identity.amazonaws.com) are case-insensitive; provider ARNs are not.
      return listed.startsWith("arn:") ? listed === requested : listed.toLowerCase() === requested.toLowerCase();
    case "AWS": {
      if (listed === requested) return true;
      // An account ("123456789012" or its ":root" ARN) in a trust or resource policy trusts every identity of it.
      const account = accountOf(listed);
      return account !== null && isAccountPrincipal(listed) && accountOf(requested) === account;
    }
    case "CanonicalUser":
      return listed === requested;
  }
}

function isAccountPrincipal(id: string): boolean {
  return /^\d{12}$/.test(id) || /^arn:[^:]+:iam::\d{12}:root$/.test(id);
}

function accountOf(id: string): string | null {
  if (/^\d{12}$/.test(id)) return id;
  const match = /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(id);
  return match ? match[1] : null;
}
