import type { Finding } from "./types";

/** The permission that would have let a check run: what to ask an account's administrator for. */
export interface PermissionToAsk {
  /** The IAM action, e.g. `apigateway:GET` or `cloudtrail:GetTrailStatus`. */
  action: string;
  /** The resource AWS named in its refusal, when it did. */
  resource: string | null;
  /** The call that was refused, `service:Operation`. */
  call: string;
  /** AWS said an explicit deny refused it (often an SCP): granting the action alone will not do, the deny must go. */
  explicitDeny: boolean;
}

const denied = /AccessDenied|UnauthorizedOperation|not authorized|UnrecognizedClient|Forbidden/i;
// AWS's own refusal names the action and usually the resource: the most exact answer there is.
const refusal = /not authorized to perform:? ([a-z0-9-]+:[A-Za-z0-9*]+)(?: on resource:? (\S+?))?(?:[\s,;]|$)/;

/** The IAM action a recorded call needs, for refusals that do not name it (the allowlist's actions, by prefix). */
function actionOfCall(call: string): string {
  const [service, operation] = call.split(":");
  if (service === "apigateway" || service === "apigatewayv2")
    return operation === "ListRoutingRules" ? "apigateway:ListRoutingRules" : "apigateway:GET";
  if (service === "cloudwatch-logs") return `logs:${operation}`;
  return call;
}

/**
 * For a check that could not run because a call was refused, the permission to ask for; null when the finding is not
 * unknown or its call failed for another reason (throttling, a region that is off), where more permission would not help.
 */
export function permissionToAsk(finding: Finding): PermissionToAsk | null {
  if (finding.status !== "unknown") return null;
  for (const evidence of finding.evidence) {
    if (evidence.field !== "error" || typeof evidence.value !== "string" || !denied.test(evidence.value)) continue;
    const named = refusal.exec(evidence.value);
    const explicitDeny = /explicit deny/i.test(evidence.value);
    if (named) return { action: named[1], resource: named[2] ?? null, call: evidence.call, explicitDeny };
    return { action: actionOfCall(evidence.call), resource: null, call: evidence.call, explicitDeny };
  }
  return null;
}
