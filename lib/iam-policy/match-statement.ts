import { principalBlockNames } from "./match-principal";
import { matchesWildcard } from "./matches-wildcard";
import type { PolicyRequest, PolicyStatement } from "./types";

/** "unproven": the statement matches only if a policy variable resolves to the right value, which we cannot know. */
export type StatementScope = "matches" | "does-not-match" | "unproven";

export interface ScopeOptions {
  /** Policy variables (`${aws:username}`) only exist in Version "2012-10-17"; before that they are literal text. */
  policyVariables: boolean;
}

/** Whether a statement covers the request's action, resource and principal (its Condition is judged elsewhere). */
export function statementScope(
  statement: PolicyStatement,
  request: PolicyRequest,
  options: ScopeOptions,
): StatementScope {
  if (!coversAction(statement, request.action)) return "does-not-match";
  if (!coversPrincipal(statement, request)) return "does-not-match";
  return coversResource(statement, request.resource, options);
}

function coversAction(statement: PolicyStatement, action: string): boolean {
  // Action names are case-insensitive in IAM ("LOGS:putlogevents" is logs:PutLogEvents).
  const listed = (patterns: string[]) => patterns.some((p) => matchesWildcard(p, action, { caseInsensitive: true }));
  if (statement.NotAction) return !listed(statement.NotAction);
  return listed(statement.Action ?? []);
}

function coversPrincipal(statement: PolicyStatement, request: PolicyRequest): boolean {
  // Identity policies have no principal element: the principal is whoever the policy is attached to.
  if (!request.principal) return true;
  // NotPrincipal reads the same for both effects: the statement applies to everyone it does not name.
  if (statement.NotPrincipal) return !principalBlockNames(statement.NotPrincipal, request.principal);
  if (statement.Principal) return principalBlockNames(statement.Principal, request.principal);
  return false;
}

/**
 * Which statements cover a resource, as a string key: resources with the same key get the same decision for any
 * action, so callers asking about thousands of log groups evaluate each distinct key once.
 */
export function resourceSignature(
  statements: { statement: PolicyStatement; policyVariables: boolean }[],
  resource: string,
): string {
  let key = "";
  for (const { statement, policyVariables } of statements) {
    const scope = coversResource(statement, resource, { policyVariables });
    key += scope === "matches" ? "m" : scope === "unproven" ? "u" : "-";
  }
  return key;
}

function coversResource(
  statement: PolicyStatement,
  resource: string | undefined,
  options: ScopeOptions,
): StatementScope {
  // No resource in the request means the caller does not ask about one (a trust policy's resource is the role).
  if (resource === undefined) return "matches";
  if (statement.NotResource) {
    const listed = resourceListed(statement.NotResource, resource, options);
    return listed === "matches" ? "does-not-match" : listed === "unproven" ? "unproven" : "matches";
  }
  // A statement without Resource (as in trust policies) applies to any resource.
  if (!statement.Resource) return "matches";
  return resourceListed(statement.Resource, resource, options);
}

function resourceListed(patterns: string[], resource: string, options: ScopeOptions): StatementScope {
  let unproven = false;
  for (const pattern of patterns) {
    if (options.policyVariables && pattern.includes("${")) {
      // Every value a variable could take is covered by "*", so a match here is possible but not proven.
      if (matchesWildcard(pattern.replace(/\$\{[^}]*\}/g, "*"), resource)) unproven = true;
    } else if (matchesWildcard(pattern, resource)) {
      // Resource ARNs are case-sensitive.
      return "matches";
    }
  }
  return unproven ? "unproven" : "does-not-match";
}
