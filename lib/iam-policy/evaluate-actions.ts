import { evaluatePolicies } from "./evaluate-policies";
import type { Decision, DecisionKind, EvaluateOptions, PolicyDocument, RequestPrincipal } from "./types";

export interface EvaluateActionsOptions extends EvaluateOptions {
  principal?: RequestPrincipal;
}

export interface ResourceDecision {
  /** null when no resources were given and the action was asked about without one */
  resource: string | null;
  decision: Decision;
}

export interface ActionVerdict {
  action: string;
  /** allowed on every resource (possibly only conditionally: see `conditional`) */
  allowed: boolean;
  /** the worst outcome over the resources: explicit-deny, then implicit-deny, then allow */
  decision: DecisionKind;
  /** true when `allowed` rests on unproven conditions on at least one resource */
  conditional: boolean;
  /** resources on which the action is not allowed, in the order given */
  failingResources: string[];
  /** resources on which the action is allowed only conditionally */
  conditionalResources: string[];
  byResource: ResourceDecision[];
}

const severity: Record<DecisionKind, number> = { allow: 0, "implicit-deny": 1, "explicit-deny": 2 };

/**
 * The checks' question: "are these logs: actions allowed on all of these log groups?" One verdict per action, in
 * the order given. An action counts as allowed only if it is allowed on every resource, as API Gateway needs.
 */
export function evaluateActions(
  documents: PolicyDocument[],
  actions: string[],
  resources: string[],
  options: EvaluateActionsOptions = {},
): ActionVerdict[] {
  const { principal, ...evaluateOptions } = options;
  const targets: (string | null)[] = resources.length > 0 ? resources : [null];
  return actions.map((action) => {
    const byResource = targets.map((resource) => ({
      resource,
      decision: evaluatePolicies(
        documents,
        { action, ...(resource === null ? {} : { resource }), ...(principal ? { principal } : {}) },
        evaluateOptions,
      ),
    }));
    return summarize(action, byResource);
  });
}

function summarize(action: string, byResource: ResourceDecision[]): ActionVerdict {
  const named = (pick: (d: Decision) => boolean) =>
    byResource.filter((r) => r.resource !== null && pick(r.decision)).map((r) => r.resource as string);
  const decision = byResource.reduce<DecisionKind>(
    (worst, r) => (severity[r.decision.decision] > severity[worst] ? r.decision.decision : worst),
    "allow",
  );
  const allowed = decision === "allow";
  return {
    action,
    allowed,
    decision,
    // A certain refusal on one resource is not softened by a conditional allow on another.
    conditional: allowed && byResource.some((r) => r.decision.conditional),
    failingResources: named((d) => d.decision !== "allow"),
    conditionalResources: named((d) => d.decision === "allow" && d.conditional),
    byResource,
  };
}
