import {
  evaluatePolicies,
  matchesWildcard,
  parsePolicyDocument,
  type ConditionEvaluator,
  type PolicyDocument,
} from "../../iam-policy";
import type { LogGroupArn } from "../../aws-names/log-group-arn";
import type { ResourcePolicy } from "../../model/types";

export const deliveryActions = ["logs:CreateLogStream", "logs:PutLogEvents"] as const;

/** Where a policy came from: the region's account-scoped policies, or the log group's own resource-scoped one. */
export type PolicyScope = "account" | "group";

export interface GrantDecision {
  /** `allow`: both actions allowed; `conditional`: allowed only under conditions Log Doctor cannot prove. */
  decision: "allow" | "conditional" | "explicit-deny" | "implicit-deny";
  /** Actions not allowed (for the deny decisions). */
  denied: string[];
  /** The scopes whose statements allowed the write (for the evidence). */
  grantedBy: PolicyScope[];
}

/**
 * Whether `delivery.logs.amazonaws.com` may CreateLogStream and PutLogEvents on a stream of the group, judged on every
 * policy read (account-scoped and the group's own together: an explicit Deny in either wins, an Allow in either grants).
 * The resource is the one CloudWatch Logs authorizes, `…:log-group:G:log-stream:S`.
 */
export function deliveryGrant(
  policies: { scope: PolicyScope; policies: ResourcePolicy[] }[],
  group: LogGroupArn,
  account: string,
): GrantDecision {
  const documents: { scope: PolicyScope; document: PolicyDocument }[] = [];
  for (const { scope, policies: list } of policies)
    for (const document of parsedPolicies(list)) documents.push({ scope, document });
  const resource = `arn:${group.partition}:logs:${group.region}:${group.account}:log-group:${group.name}:log-stream:x`;
  const condition = deliveryConditions(group.partition, group.region, account);
  const principal = { type: "Service" as const, id: "delivery.logs.amazonaws.com" };
  const decisions = deliveryActions.map((action) => ({
    action,
    ...evaluatePolicies(
      documents.map((d) => d.document),
      { action, resource, principal },
      { condition },
    ),
  }));
  const denied = decisions.filter((d) => d.decision !== "allow");
  const grantedBy = [
    ...new Set(
      decisions.flatMap((d) =>
        d.decision === "allow" ? d.matchedBy.map((ref) => documents[ref.documentIndex].scope) : [],
      ),
    ),
  ];
  if (denied.some((d) => d.decision === "explicit-deny"))
    return { decision: "explicit-deny", denied: denied.map((d) => d.action), grantedBy };
  if (denied.length > 0) return { decision: "implicit-deny", denied: denied.map((d) => d.action), grantedBy };
  return { decision: decisions.some((d) => d.conditional) ? "conditional" : "allow", denied: [], grantedBy };
}

// A region's policies are parsed once however many HTTP stages log there.
const parsedCache = new WeakMap<ResourcePolicy[], PolicyDocument[]>();

function parsedPolicies(policies: ResourcePolicy[]): PolicyDocument[] {
  let parsed = parsedCache.get(policies);
  if (!parsed) {
    parsed = policies.flatMap((policy) => {
      const result = parsePolicyDocument(policy.document);
      return result.ok ? [result.document] : [];
    });
    parsedCache.set(policies, parsed);
  }
  return parsed;
}

/** Vended-log policies pin aws:SourceAccount (the account) and aws:SourceArn (`arn:<p>:logs:R:A:*`): both are satisfied. */
function deliveryConditions(partition: string, region: string, account: string): ConditionEvaluator {
  const sourceArn = `arn:${partition}:logs:${region}:${account}:*`;
  return (block) => {
    for (const [operator, entries] of Object.entries(block)) {
      for (const [key, values] of Object.entries(entries)) {
        const name = key.toLowerCase();
        const op = operator.toLowerCase();
        if (
          name === "aws:sourceaccount" &&
          (op === "stringequals" || op === "stringlike") &&
          values.some((v) => matchesWildcard(v, account))
        )
          continue;
        if (
          name === "aws:sourcearn" &&
          /^(arnlike|arnequals|stringlike|stringequals)$/.test(op) &&
          values.some((v) => matchesWildcard(v, sourceArn) || matchesWildcard(sourceArn, v))
        )
          continue;
        return "unknown";
      }
    }
    return "true";
  };
}
