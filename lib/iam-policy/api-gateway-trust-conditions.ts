import { globsOverlap } from "./globs-overlap";
import { matchesWildcard } from "./matches-wildcard";
import type { ConditionBlock, ConditionEvaluator } from "./types";

export interface ApiGatewayTrustContext {
  partition: string;
  region: string;
  /** the scanned account; null when it is not known, which leaves aws:SourceAccount unprovable */
  account: string | null;
}

/**
 * The spec's rule for conditions in the logging role's trust policy: a Condition counts as satisfied ("true") when
 * its only keys are aws:SourceAccount naming the scanned account and/or aws:SourceArn covering API Gateway ARNs of
 * the region (`arn:<partition>:apigateway:<region>::*`). Anything else is "unknown", never "false": the tool cannot
 * see the request API Gateway sends, so it must not claim a condition fails; the caller reports a warning.
 *
 * Choices, all erring towards "unknown":
 * - Keys compare case-insensitively (IAM's rule); operator names must be spelled as IAM spells them.
 * - Several values under one key are alternatives (IAM's OR), so one matching value satisfies the key; several
 *   keys and several operators must all be satisfied (IAM's AND).
 * - `…IfExists` is accepted: when the value matches, the condition holds whether or not the key is sent.
 * - `ForAnyValue:`/`ForAllValues:` are accepted: on these single-valued keys the request value is a set of one,
 *   and both qualifiers hold when that one value matches.
 * - aws:SourceAccount: StringEquals (exact) or StringLike (glob) against the account.
 * - aws:SourceArn: ArnEquals/ArnLike (identical in IAM) compare each of the six colon-separated ARN parts as globs;
 *   StringLike compares the whole value as a glob; StringEquals counts a value the spec's pattern matches
 *   (even `…::*`, which IAM would compare literally: the spec's rule is the contract). A glob value counts when some API Gateway
 *   ARN of the region could match it: broader values (`arn:aws:apigateway:*::*`) and narrower ones
 *   (`…::/restapis/*`, which the spec's pattern matches) both do.
 * - Negated operators (StringNotEquals, ArnNotLike, …), Null, Bool and every other key stay "unknown".
 */
export function apiGatewayTrustConditions(ctx: ApiGatewayTrustContext): ConditionEvaluator {
  const regionArnPattern = `arn:${ctx.partition}:apigateway:${ctx.region}::*`;
  return (block: ConditionBlock) => {
    for (const [operatorName, keys] of Object.entries(block)) {
      const operator = baseOperator(operatorName);
      const entries = Object.entries(keys);
      if (entries.length === 0) return "unknown";
      for (const [key, values] of entries) {
        const satisfied =
          key.toLowerCase() === "aws:sourceaccount"
            ? sourceAccountSatisfied(operator, values, ctx.account)
            : key.toLowerCase() === "aws:sourcearn"
              ? sourceArnSatisfied(operator, values, regionArnPattern)
              : false;
        if (!satisfied) return "unknown";
      }
    }
    return "true";
  };
}

function baseOperator(name: string): string {
  return name.replace(/^(ForAnyValue|ForAllValues):/, "").replace(/IfExists$/, "");
}

function sourceAccountSatisfied(operator: string, values: string[], account: string | null): boolean {
  if (account === null) return false;
  if (operator === "StringEquals") return values.includes(account);
  if (operator === "StringLike") return values.some((value) => matchesWildcard(value, account));
  return false;
}

function sourceArnSatisfied(operator: string, values: string[], regionArnPattern: string): boolean {
  switch (operator) {
    case "ArnEquals":
    case "ArnLike":
      return values.some((value) => arnPartsOverlap(value, regionArnPattern));
    case "StringLike":
      return values.some((value) => globsOverlap(value, regionArnPattern));
    case "StringEquals":
      // The spec counts any value its pattern matches; IAM would compare a `*` here literally, so this is lenient.
      return values.some((value) => matchesWildcard(regionArnPattern, value));
    default:
      return false;
  }
}

// ARN operators match part by part, so a `*` in the region part cannot swallow the account and resource parts.
function arnPartsOverlap(value: string, pattern: string): boolean {
  const valueParts = arnParts(value);
  const patternParts = arnParts(pattern);
  if (valueParts === null || patternParts === null) return false;
  return valueParts.every((part, index) => globsOverlap(part, patternParts[index]));
}

/** arn:partition:service:region:account:resource; the resource part keeps any further colons. */
function arnParts(arn: string): string[] | null {
  const parts = arn.split(":");
  if (parts.length < 6) return null;
  return [...parts.slice(0, 5), parts.slice(5).join(":")];
}
