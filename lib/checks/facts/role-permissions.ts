import type { Evidence } from "../../diagnosis/types";
import {
  evaluateActions,
  logsResourceLevel,
  parsePolicyDocument,
  type Decision,
  type PolicyDocument,
} from "../../iam-policy";
import type { NamedPolicy, SimulationResult } from "../../model/types";
import type { CheckContext } from "../../engine/define-check";
import {
  actionResource,
  missingStatus,
  permissionActions,
  representativeStream,
  roleLogGroups,
  writePathActions,
  type RoleLogGroup,
} from "./role-resources";
import type { RoleInRegion } from "../../engine/scopes";

/** One action refused on one resource string, and what refused it. */
export interface Denial {
  action: string;
  group: RoleLogGroup;
  resource: string;
  status: "fail" | "warn";
  explicitDeny: boolean;
  /** AWS's simulation refuses it only through the permissions boundary (the identity policies allow it). */
  boundaryOnly: boolean;
  /** A simulation result says an organization SCP denies it. */
  scp: boolean;
  /** The decision came from SimulatePrincipalPolicy, not from evaluating the documents. */
  simulated: boolean;
  evidence: Evidence[];
}

export interface PermissionVerdicts {
  denials: Denial[];
  /** Write-path actions allowed only under conditions Log Doctor cannot prove. */
  conditional: { action: string; resource: string }[];
  /** Some decision came from SimulatePrincipalPolicy. */
  simulated: boolean;
  /** Evidence of the simulation results that decided, for a pass. */
  simulationEvidence: Evidence[];
  /** Actions a deciding simulation result says an SCP denies: role.scp-denies reports them, nobody else. */
  scpActions: Set<string>;
}

type Parsed = { policy: NamedPolicy; document: PolicyDocument };
type Problem = { error: string; evidence: Evidence[] };

export function parsePolicies(policies: NamedPolicy[]): Parsed[] | Problem {
  const parsed: Parsed[] = [];
  for (const policy of policies) {
    const result = parsePolicyDocument(policy.document);
    if (!result.ok) {
      return {
        error: `${policy.name}: ${result.error}`,
        evidence: [{ call: policy.call, field: `${policy.name}.Document`, value: policy.document }],
      };
    }
    parsed.push({ policy, document: result.document });
  }
  return parsed;
}

/** The role's identity policies (or AWS's simulation where it answers), per action and resource string. */
export function identityPermissions(subject: RoleInRegion, ctx: CheckContext): PermissionVerdicts | Problem {
  const { role } = subject;
  if (role.identityPolicies.state !== "collected") return { error: "identity policies not collected", evidence: [] };
  const parsed = parsePolicies(role.identityPolicies.value);
  if ("error" in parsed) return parsed;
  return judge(subject, ctx, parsed, "identity");
}

/** The role's permissions boundary, judged the same way; simulation results say when the boundary refused. */
export function boundaryPermissions(
  subject: RoleInRegion,
  ctx: CheckContext,
  boundary: NamedPolicy,
): PermissionVerdicts | Problem {
  const parsed = parsePolicies([boundary]);
  if ("error" in parsed) return parsed;
  return judge(subject, ctx, parsed, "boundary");
}

/** Every (action, resource) of the region that a simulation result decides, with the SCP denials among them. */
export function scpDenials(subject: RoleInRegion, ctx: CheckContext): { decided: number; denials: Denial[] } {
  const simulation = simulationIndex(
    subject.role.simulation.state === "collected" ? subject.role.simulation.value : [],
  );
  let decided = 0;
  const denials: Denial[] = [];
  for (const { action, group, resource } of pairs(subject, ctx)) {
    const results = simulation(action, resource);
    if (results.length === 0) continue;
    decided++;
    const denying = results.filter((r) => r.allowedByOrganizations === false);
    if (denying.length === 0) continue;
    denials.push({
      action,
      group,
      resource,
      status: writePathActions.includes(action) ? "fail" : "warn",
      explicitDeny: denying.some((r) => r.decision === "explicitDeny"),
      boundaryOnly: false,
      scp: true,
      simulated: true,
      evidence: denying.slice(0, 1).map((r) => ({
        call: "iam:SimulatePrincipalPolicy",
        field: `EvaluationResults[${r.action} on ${r.resource}].OrganizationsDecisionDetail.AllowedByOrganizations`,
        value: false,
      })),
    });
  }
  return { decided, denials };
}

/** "logs:PutLogEvents on arn:…:log-stream:x (explicit Deny); …", a few resources per action. */
export function describeDenials(denials: Denial[]): string {
  const byAction = new Map<string, Denial[]>();
  for (const d of denials) {
    const list = byAction.get(d.action);
    if (list) list.push(d);
    else byAction.set(d.action, [d]);
  }
  const text = [...byAction.entries()]
    .map(([action, list]) => {
      const shown = list
        .slice(0, 2)
        .map((d) => d.resource)
        .join(", ");
      const more = list.length > 2 ? ` and ${list.length - 2} more` : "";
      return `${action} on ${shown}${more}${list.some((d) => d.explicitDeny) ? " (explicit Deny)" : ""}`;
    })
    .join("; ");
  const streamLevel = denials.some((d) => d.resource.endsWith(`:log-stream:${representativeStream}`));
  return streamLevel ? `${text} (log stream ${representativeStream} stands for any stream API Gateway writes)` : text;
}

function* pairs(
  subject: RoleInRegion,
  ctx: CheckContext,
): Generator<{ action: string; group: RoleLogGroup; resource: string }> {
  const groups = roleLogGroups(subject.region, ctx.model, subject.role.arn);
  for (const action of permissionActions) {
    const seen = new Set<string>();
    for (const group of groups) {
      const resource = actionResource(action, group);
      // DescribeLogGroups names no group: one resource string for the whole region.
      if (seen.has(resource)) continue;
      seen.add(resource);
      yield { action, group, resource };
    }
  }
}

function judge(
  subject: RoleInRegion,
  ctx: CheckContext,
  parsed: Parsed[],
  mode: "identity" | "boundary",
): PermissionVerdicts {
  const simulation = simulationIndex(
    subject.role.simulation.state === "collected" ? subject.role.simulation.value : [],
  );
  const all = [...pairs(subject, ctx)];
  const local = localDecisions(parsed, all);
  const verdicts: PermissionVerdicts = {
    denials: [],
    conditional: [],
    simulated: false,
    simulationEvidence: [],
    scpActions: new Set(),
  };

  for (const { action, group, resource } of all) {
    const decision = local.get(action)!.get(resource)!;
    const results = simulation(action, resource);
    if (results.length > 0) {
      verdicts.simulated = true;
      if (verdicts.simulationEvidence.length < 3) verdicts.simulationEvidence.push(simulationEvidence(results[0]));
      const refused = results.filter((r) => r.decision !== "allowed");
      if (refused.length === 0) continue;
      const scp = refused.some((r) => r.allowedByOrganizations === false);
      if (scp) verdicts.scpActions.add(action);
      const byBoundary = refused.every((r) => r.allowedByBoundary === false);
      // In boundary mode only what the boundary refused counts; in identity mode what only the boundary refused does not.
      if (mode === "boundary" && !refused.some((r) => r.allowedByBoundary === false)) continue;
      verdicts.denials.push({
        action,
        group,
        resource,
        status: missingStatus(action, group),
        explicitDeny: refused.some((r) => r.decision === "explicitDeny"),
        boundaryOnly: mode === "identity" && byBoundary && decision.decision === "allow",
        scp,
        simulated: true,
        evidence: refused.slice(0, 1).map(simulationEvidence),
      });
      continue;
    }
    if (decision.decision === "allow") {
      if (decision.conditional && writePathActions.includes(action)) verdicts.conditional.push({ action, resource });
      continue;
    }
    verdicts.denials.push({
      action,
      group,
      resource,
      status: missingStatus(action, group),
      explicitDeny: decision.decision === "explicit-deny",
      boundaryOnly: false,
      scp: false,
      simulated: false,
      evidence: localEvidence(parsed, decision, action, resource, mode),
    });
  }
  // An action an SCP denies is role.scp-denies' finding wherever else it shows up.
  verdicts.denials = verdicts.denials.filter((d) => !verdicts.scpActions.has(d.action));
  return verdicts;
}

/** Each action evaluated once over all its resource strings (the evaluator groups equivalent resources). */
function localDecisions(
  parsed: Parsed[],
  all: { action: string; resource: string }[],
): Map<string, Map<string, Decision>> {
  const documents = parsed.map((p) => p.document);
  const decisions = new Map<string, Map<string, Decision>>();
  for (const action of permissionActions) {
    const resources = all.filter((p) => p.action === action).map((p) => p.resource);
    const [verdict] = evaluateActions(documents, [action], resources);
    decisions.set(action, new Map(verdict.byResource.map((r) => [r.resource ?? "", r.decision])));
  }
  return decisions;
}

function localEvidence(
  parsed: Parsed[],
  decision: Decision,
  action: string,
  resource: string,
  mode: "identity" | "boundary",
): Evidence[] {
  if (decision.decision === "explicit-deny") {
    return decision.matchedBy.slice(0, 2).flatMap((match) => {
      const policy = parsed[match.documentIndex]?.policy;
      return policy
        ? [
            {
              call: policy.call,
              field: `${policy.name}.Statement[${match.statementIndex}]`,
              value: `${match.effect} ${action}`,
            },
          ]
        : [];
    });
  }
  const policy = parsed[0]?.policy;
  const where =
    mode === "boundary" && policy
      ? { call: policy.call, field: `${policy.name}.Document` }
      : { call: "iam:ListAttachedRolePolicies", field: "(all identity policies)" };
  return [{ ...where, value: `no Allow for ${action} on ${resource}` }];
}

function simulationEvidence(r: SimulationResult): Evidence {
  return {
    call: "iam:SimulatePrincipalPolicy",
    field: `EvaluationResults[${r.action} on ${r.resource ?? "*"}].EvalDecision`,
    value: r.decision,
  };
}

/**
 * The results that decide an action on a resource string (checks.md **Permissions**): the result names that action
 * and that string — for stream-level actions that group's streams, whatever stream name was asked.
 */
function simulationIndex(results: SimulationResult[]): (action: string, resource: string) => SimulationResult[] {
  const index = new Map<string, SimulationResult[]>();
  for (const result of results) {
    if (!result.resource) continue;
    const key = resultKey(result.action, result.resource);
    if (key === null) continue;
    const list = index.get(key);
    if (list) list.push(result);
    else index.set(key, [result]);
  }
  return (action, resource) => index.get(resultKey(action, resource) ?? "") ?? [];
}

function resultKey(action: string, resource: string): string | null {
  const name = action.toLowerCase();
  if (logsResourceLevel(action) !== "stream") return `${name} ${resource}`;
  const marker = resource.lastIndexOf(":log-stream:");
  // A stream-level result must name a stream: `…:log-stream:` alone is a group-level string.
  if (marker < 0 || marker + ":log-stream:".length === resource.length) return null;
  return `${name} ${resource.slice(0, marker)}`;
}
