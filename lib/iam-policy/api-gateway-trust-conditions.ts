import type { ConditionBlock, ConditionEvaluator } from "./types";

/**
 * The spec's rule (v2) for conditions in the logging role's trust policy: a Condition counts as satisfied ("true")
 * only when every operator is an `…IfExists` one — such a condition holds when the key is absent from the request,
 * and AWS does not document which keys API Gateway sends when it assumes this role. Anything else, including
 * aws:SourceAccount and aws:SourceArn (which API Gateway has been seen not to send for an integration role), is
 * "unknown", never "false": the tool cannot see the request, so it must not claim a condition fails; the caller
 * reports a warning unless other evidence shows the role working.
 *
 * Operator names must be spelled as IAM spells them; an empty block constrains nothing and is treated elsewhere.
 */
export function apiGatewayTrustConditions(): ConditionEvaluator {
  return (block: ConditionBlock) => {
    const operators = Object.keys(block);
    return operators.length > 0 && operators.every((name) => name.endsWith("IfExists")) ? "true" : "unknown";
  };
}
