import { asArray, asRecord, asString, type CallIndex } from "./call-index";
import { collected, failed, notCollected, type Source } from "./source";
import { readRoleChanges } from "./read-trails";
import type { LoggingRole, NamedPolicy, RoleDetails, SimulationResult } from "./types";
import { decodePolicyText } from "../iam-policy/parse-policy-document";
import { parseRoleArn } from "../aws-names/role-arn";

/** The role name is the last path segment of its ARN: `arn:aws:iam::123456789012:role/service-role/x` → `x`. */
/** The RoleName the collector read a role ARN by; for a value that is no role ARN, its last path segment. */
export function roleNameFromArn(arn: string): string {
  const parsed = parseRoleArn(arn);
  if (parsed) return parsed.name;
  const resource = arn.split(":").slice(5).join(":");
  return resource.slice(resource.lastIndexOf("/") + 1);
}

export function readLoggingRole(calls: CallIndex, arn: string): LoggingRole {
  const name = roleNameFromArn(arn);
  const byRole = (input: Record<string, unknown>) => input.RoleName === name;
  const getRole = calls.single("iam", undefined, "GetRole", byRole);

  let role: Source<RoleDetails | null>;
  if (getRole.state === "error" && /NoSuchEntity/.test(getRole.error.name)) role = collected(getRole.call, null);
  else if (getRole.state !== "collected") role = getRole;
  else role = collected(getRole.call, roleDetails(asRecord(getRole.value.Role), arn, name));

  return {
    arn,
    name,
    role,
    identityPolicies: readIdentityPolicies(calls, name),
    boundary:
      role.state === "collected" && role.value?.boundaryArn
        ? readBoundary(calls, role.value.boundaryArn)
        : boundaryUnknownOrNone(role),
    simulation: readSimulation(calls, arn),
    changes: readRoleChanges(calls, name),
  };
}

function roleDetails(raw: Record<string, unknown>, arn: string, name: string): RoleDetails {
  return {
    arn: asString(raw.Arn) ?? arn,
    name: asString(raw.RoleName) ?? name,
    trustPolicy: decodeDocument(raw.AssumeRolePolicyDocument),
    boundaryArn: asString(asRecord(raw.PermissionsBoundary).PermissionsBoundaryArn),
    lastUsed: readLastUsed(raw.RoleLastUsed),
  };
}

/** IAM leaves RoleLastUsed empty (or LastUsedDate null) when the role was not used in its tracking period. */
function readLastUsed(value: unknown): RoleDetails["lastUsed"] {
  const raw = asRecord(value);
  const date = raw.LastUsedDate;
  const text =
    typeof date === "string"
      ? date
      : typeof date === "number"
        ? new Date(date < 1e12 ? date * 1000 : date).toISOString()
        : null;
  const region = asString(raw.Region);
  if (text === null && region === null) return null;
  const ms = text === null ? NaN : Date.parse(text);
  return { date: text, ms: Number.isFinite(ms) ? ms : null, region };
}

function boundaryUnknownOrNone(role: Source<RoleDetails | null>): Source<NamedPolicy | null> {
  return role.state === "collected"
    ? collected("iam:GetRole", null)
    : role.state === "error"
      ? failed(role.call, role.error)
      : notCollected(role.call);
}

/** Inline (ListRolePolicies + GetRolePolicy) and attached (ListAttachedRolePolicies + default versions) documents. */
function readIdentityPolicies(calls: CallIndex, roleName: string): Source<NamedPolicy[]> {
  const byRole = (input: Record<string, unknown>) => input.RoleName === roleName;
  const inlineNames = calls.listing(
    "iam",
    undefined,
    "ListRolePolicies",
    (output) => asArray(output.PolicyNames).map(String),
    byRole,
  );
  const attached = calls.listing(
    "iam",
    undefined,
    "ListAttachedRolePolicies",
    (output) => asArray(output.AttachedPolicies).map((raw) => asRecord(raw)),
    byRole,
  );
  if (inlineNames.state !== "collected") return inlineNames;
  if (attached.state !== "collected") return attached;

  const policies: NamedPolicy[] = [];
  for (const policyName of inlineNames.value) {
    const inline = calls.single(
      "iam",
      undefined,
      "GetRolePolicy",
      (input) => byRole(input) && input.PolicyName === policyName,
    );
    if (inline.state !== "collected") return inline;
    policies.push({
      name: policyName,
      kind: "inline",
      arn: null,
      document: decodeDocument(inline.value.PolicyDocument),
      call: inline.call,
    });
  }
  for (const raw of attached.value) {
    const arn = asString(raw.PolicyArn);
    if (!arn) continue;
    const document = readManagedPolicy(calls, arn);
    if (document.state !== "collected") return document;
    policies.push({
      name: asString(raw.PolicyName) ?? arn,
      kind: "attached",
      arn,
      document: document.value,
      call: "iam:GetPolicyVersion",
    });
  }
  return collected("iam:ListAttachedRolePolicies", policies);
}

function readBoundary(calls: CallIndex, arn: string): Source<NamedPolicy | null> {
  const document = readManagedPolicy(calls, arn);
  if (document.state !== "collected") return document;
  return collected("iam:GetPolicyVersion", {
    name: arn.slice(arn.lastIndexOf("/") + 1),
    kind: "boundary",
    arn,
    document: document.value,
    call: "iam:GetPolicyVersion",
  });
}

/** A managed policy's default version: GetPolicy names it, GetPolicyVersion holds the document. */
function readManagedPolicy(calls: CallIndex, arn: string): Source<unknown> {
  const byArn = (input: Record<string, unknown>) => input.PolicyArn === arn;
  const policy = calls.single("iam", undefined, "GetPolicy", byArn);
  const versions = calls.calls("iam", undefined, "GetPolicyVersion").filter(({ call }) => byArn(call.input));
  const defaultVersion = policy.state === "collected" ? asString(asRecord(policy.value.Policy).DefaultVersionId) : null;

  const chosen =
    versions.find(({ call }) => defaultVersion !== null && call.input.VersionId === defaultVersion) ??
    versions.find(({ call }) => asRecord(asRecord(call.output).PolicyVersion).IsDefaultVersion === true);
  if (!chosen) {
    if (policy.state !== "collected") return policy;
    return notCollected("iam:GetPolicyVersion");
  }
  if (chosen.call.error) return failed("iam:GetPolicyVersion", chosen.call.error);
  return collected(
    "iam:GetPolicyVersion",
    decodeDocument(asRecord(asRecord(chosen.call.output).PolicyVersion).Document),
  );
}

function readSimulation(calls: CallIndex, arn: string): Source<SimulationResult[]> {
  return calls.listing(
    "iam",
    undefined,
    "SimulatePrincipalPolicy",
    (output) =>
      asArray(output.EvaluationResults).map((raw) => {
        const result = asRecord(raw);
        const boundary = asRecord(result.PermissionsBoundaryDecisionDetail);
        const organizations = asRecord(result.OrganizationsDecisionDetail);
        return {
          action: asString(result.EvalActionName) ?? "",
          resource: asString(result.EvalResourceName),
          decision: asString(result.EvalDecision) ?? "",
          allowedByBoundary:
            typeof boundary.AllowedByPermissionsBoundary === "boolean" ? boundary.AllowedByPermissionsBoundary : null,
          allowedByOrganizations:
            typeof organizations.AllowedByOrganizations === "boolean" ? organizations.AllowedByOrganizations : null,
        };
      }),
    (input) =>
      input.PolicySourceArn === arn || roleNameFromArn(String(input.PolicySourceArn ?? "")) === roleNameFromArn(arn),
  );
}

/**
 * IAM returns policy documents URL-encoded; the AWS CLI prints them decoded. Both end as the same object (decoded as
 * the policy parser decodes them), so evidence does not depend on how the capture was written; text that is neither
 * stays text, for the checks to report.
 */
export function decodeDocument(document: unknown): unknown {
  if (typeof document !== "string") return document;
  const decoded = decodePolicyText(document);
  return decoded.ok ? decoded.json : document.trim();
}
