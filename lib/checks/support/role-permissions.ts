import type { Evidence } from "../../diagnosis/types";
import { evaluateActions as evaluateOnResources, parsePolicyDocument, type PolicyDocument } from "../../iam-policy";
import type { NamedPolicy } from "../../model/types";
import type { CheckContext } from "../../engine/define-check";
import { readActions, roleLogResources, writeActions } from "./role-resources";
import type { RoleInRegion } from "../../engine/scopes";

export interface ActionVerdict {
  action: string;
  allowed: boolean;
  conditional: boolean;
  explicitDeny: boolean;
  /** Denied only by the permissions boundary (the identity policies allow it). */
  boundaryOnly: boolean;
  deniedOn: string[];
  evidence: Evidence[];
}

type Parsed = { policy: NamedPolicy; document: PolicyDocument };

export function parsePolicies(policies: NamedPolicy[]): Parsed[] | { error: string; evidence: Evidence[] } {
  const parsed: Parsed[] = [];
  for (const policy of policies) {
    const result = parsePolicyDocument(policy.document);
    if (!result.ok) {
      return { error: `${policy.name}: ${result.error}`, evidence: [{ call: policy.call, field: `${policy.name}.Document`, value: policy.document }] };
    }
    parsed.push({ policy, document: result.document });
  }
  return parsed;
}

/** Evaluates each logs: action on every log group API Gateway writes in the region, as AWS would. */
export function evaluateActions(parsed: Parsed[], actions: readonly string[], resources: string[]): ActionVerdict[] {
  return evaluateOnResources(parsed.map((p) => p.document), [...actions], resources).map((verdict) => {
    const evidence: Evidence[] = [];
    const denying = verdict.groups.find((g) => g.decision.decision === "explicit-deny");
    for (const match of denying?.decision.matchedBy ?? []) {
      const policy = parsed[match.documentIndex]?.policy;
      if (policy && evidence.length < 3) {
        evidence.push({ call: policy.call, field: `${policy.name}.Statement[${match.statementIndex}]`, value: `${match.effect} ${verdict.action}` });
      }
    }
    if (!verdict.allowed && !denying) {
      evidence.push({ call: "iam:ListAttachedRolePolicies", field: "(all identity policies)", value: `no Allow for ${verdict.action} on ${verdict.failingResources[0]}` });
    }
    return {
      action: verdict.action,
      allowed: verdict.allowed,
      conditional: verdict.conditional,
      explicitDeny: verdict.decision === "explicit-deny",
      boundaryOnly: false,
      deniedOn: verdict.failingResources,
      evidence,
    };
  });
}

export function evaluateRolePermissions(
  { region, role }: RoleInRegion,
  { model }: CheckContext,
): { verdicts: ActionVerdict[]; simulated: boolean } | { error: string; evidence: Evidence[] } {
  if (role.identityPolicies.state !== "collected") return { error: "identity policies not collected", evidence: [] };
  const parsed = parsePolicies(role.identityPolicies.value);
  if ("error" in parsed) return parsed;
  const resources = roleLogResources(region, model, role.arn);
  const identity = evaluateActions(parsed, [...writeActions, ...readActions], resources);
  if (role.simulation.state !== "collected" || role.simulation.value.length === 0) return { verdicts: identity, simulated: false };

  const simulation = role.simulation.value;
  const verdicts = identity.map((own) => {
    const results = simulation.filter((r) => r.action.toLowerCase() === own.action.toLowerCase());
    if (results.length === 0) return own;
    const denied = results.filter((r) => r.decision !== "allowed");
    const allowed = denied.length === 0;
    return {
      action: own.action,
      allowed,
      conditional: false,
      explicitDeny: denied.some((r) => r.decision === "explicitDeny"),
      boundaryOnly: !allowed && own.allowed && denied.every((r) => r.allowedByBoundary === false),
      deniedOn: denied.map((r) => r.resource ?? "*"),
      evidence: results.slice(0, 2).map((r) => ({
        call: "iam:SimulatePrincipalPolicy",
        field: `EvaluationResults[${r.action} on ${r.resource ?? "*"}].EvalDecision`,
        value: r.decision,
      })),
    };
  });
  return { verdicts, simulated: true };
}
