import { evaluatePolicies } from "./evaluate-policies";
import { resourceSignature } from "./match-statement";
import type { Decision, DecisionKind, EvaluateOptions, PolicyDocument, RequestPrincipal } from "./types";

export interface EvaluateActionsOptions extends EvaluateOptions {
  principal?: RequestPrincipal;
}

export interface ResourceDecision {
  /** null when no resources were given and the action was asked about without one */
  resource: string | null;
  decision: Decision;
}

/** Resources the same statements cover, so they share one decision per action. */
export interface ResourceGroup {
  resources: (string | null)[];
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
  /** one decision per group of equivalent resources */
  groups: ResourceGroup[];
  /** the decision for each resource, in the order given (built on first use) */
  readonly byResource: ResourceDecision[];
}

const severity: Record<DecisionKind, number> = { allow: 0, "implicit-deny": 1, "explicit-deny": 2 };

/**
 * The checks' question: "are these logs: actions allowed on all of these log groups?" One verdict per action, in
 * the order given. An action counts as allowed only if it is allowed on every resource, as API Gateway needs.
 *
 * Resources covered by the same statements get the same decision, so each group is evaluated once per action: a
 * region may have thousands of log groups while its policies name a handful of patterns.
 */
export function evaluateActions(
  documents: PolicyDocument[],
  actions: string[],
  resources: string[],
  options: EvaluateActionsOptions = {},
): ActionVerdict[] {
  const { principal, ...evaluateOptions } = options;
  const statements = documents.flatMap((d) =>
    d.Statement.map((statement) => ({ statement, policyVariables: d.Version === "2012-10-17" })),
  );
  const grouped = new Map<string, (string | null)[]>();
  for (const resource of resources.length > 0 ? resources : [null]) {
    const key = resource === null ? "" : resourceSignature(statements, resource);
    const group = grouped.get(key);
    if (group) group.push(resource);
    else grouped.set(key, [resource]);
  }
  return actions.map((action) => {
    const groups = [...grouped.values()].map((members) => {
      const resource = members[0];
      const request = { action, ...(resource === null ? {} : { resource }), ...(principal ? { principal } : {}) };
      return { resources: members, decision: evaluatePolicies(documents, request, evaluateOptions) };
    });
    return summarize(action, groups, resources);
  });
}

function summarize(action: string, groups: ResourceGroup[], order: string[]): ActionVerdict {
  const decision = groups.reduce<DecisionKind>(
    (worst, g) => (severity[g.decision.decision] > severity[worst] ? g.decision.decision : worst),
    "allow",
  );
  const allowed = decision === "allow";
  const inOrder = (pick: (d: Decision) => boolean) => {
    const picked = new Set(groups.filter((g) => pick(g.decision)).flatMap((g) => g.resources));
    return order.filter((resource) => picked.has(resource));
  };
  let byResource: ResourceDecision[] | undefined;
  return {
    action,
    allowed,
    decision,
    // A certain refusal on one resource is not softened by a conditional allow on another.
    conditional: allowed && groups.some((g) => g.decision.conditional),
    failingResources: inOrder((d) => d.decision !== "allow"),
    conditionalResources: inOrder((d) => d.decision === "allow" && d.conditional),
    groups,
    get byResource() {
      if (!byResource) {
        const decisionOf = new Map<string | null, Decision>();
        for (const g of groups) for (const r of g.resources) decisionOf.set(r, g.decision);
        byResource = (order.length > 0 ? order : [null]).map((resource) => ({
          resource,
          decision: decisionOf.get(resource)!,
        }));
      }
      return byResource;
    },
  };
}
