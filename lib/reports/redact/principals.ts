import type { Diagnosis } from "../../diagnosis/types";
import { arnPattern, maskPattern } from "./patterns";

/** Members whose whole value names a person or session (CloudTrail's userIdentity, LookupEvents, Actor). */
export const principalNameKeys = new Set(["userName", "UserName", "Username", "sessionName", "userId"]);
/** Members of the form `<unique id or account>:<session or user name>`. */
export const principalIdKeys = new Set(["principalId", "PrincipalId", "UserId"]);

/**
 * Members whose values are the report's own vocabulary, never free text: the JSON kind, check ids, evidence field
 * names and calls, statuses and verdicts, ids. Principal names are not searched for in them (a session named
 * `log-doctor` or `deploy` is an ordinary word there); account ids, keys and addresses still are.
 */
export const structuralKeys = new Set([
  "kind",
  "version",
  "engineVersion",
  "check",
  "checks",
  "causes",
  "field",
  "call",
  "status",
  "severity",
  "verdict",
  "execution",
  "access",
  "type",
  "id",
  "reads",
  "docs",
  "symptoms",
  "operation",
  "service",
  "region",
  "regions",
  "place",
  "partition",
  "apiId",
]);

export interface RedactionPlan {
  /** Principal names found in structured places; masked wherever they appear in text too. */
  principals: Set<string>;
  /**
   * Names the report is about (regions, API ids and names, stage names, role names). A principal that shares one
   * is still masked where it stands as a principal, but not in free text, where it would wipe out the API or stage.
   */
  protectedNames: Set<string>;
}

/** First pass: every principal name in the object, including inside JSON-encoded strings (CloudTrailEvent). */
export function planRedaction(root: unknown, diagnosis: Diagnosis | null): RedactionPlan {
  const plan: RedactionPlan = { principals: new Set(), protectedNames: new Set() };
  if (diagnosis) {
    for (const region of diagnosis.regions) plan.protectedNames.add(region);
    for (const api of diagnosis.apis) {
      plan.protectedNames.add(api.id).add(api.name);
      for (const stage of api.stages ?? []) plan.protectedNames.add(stage.name);
    }
  }
  walk(root, plan);
  return plan;
}

function walk(value: unknown, plan: RedactionPlan): void {
  if (typeof value === "string") return visitText(value, plan);
  if (Array.isArray(value)) {
    for (const item of value) walk(item, plan);
    return;
  }
  if (typeof value !== "object" || value === null) return;
  const object = value as Record<string, unknown>;
  for (const [key, member] of Object.entries(object)) {
    if (typeof member === "string") {
      if (principalNameKeys.has(key) && !isRoleIssuer(object)) addPrincipal(plan, member);
      if (principalIdKeys.has(key)) addPrincipal(plan, principalOfId(member));
    }
    walk(member, plan);
  }
}

function visitText(text: string, plan: RedactionPlan): void {
  for (const match of text.includes("arn:") ? text.matchAll(arnPattern) : []) {
    const { principal, role } = arnNames(match[2], match[5]);
    addPrincipal(plan, principal);
    if (role) plan.protectedNames.add(role);
  }
  const start = text.trimStart()[0];
  if ((start === "{" || start === "[") && text.length <= 10 * 1024 * 1024) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return;
    }
    walk(parsed, plan);
  }
}

function addPrincipal(plan: RedactionPlan, name: string | null): void {
  if (name && name.trim() !== "" && !maskPattern.test(name)) plan.principals.add(name);
}

/** A session issuer of type Role names a role (kept, like every role name), not a person. */
export function isRoleIssuer(object: Record<string, unknown>): boolean {
  return object.type === "Role";
}

/** `AROA…:alice` → `alice`; `123456789012:Bob` → `Bob`; `AIDA…` → null (the unique id pattern covers it). */
export function principalOfId(value: string): string | null {
  const colon = value.indexOf(":");
  return colon >= 0 ? value.slice(colon + 1) || null : null;
}

/**
 * The principal an IAM or STS ARN names: `user/[path/]alice`, `assumed-role/Role/session`, `federated-user/Bob`;
 * and, for `role/[path/]Name`, the role (kept: roles are configuration, and the logging role is what a fix names).
 */
export function arnNames(
  service: string,
  resource: string,
): { principal: string | null; role: string | null; at: number } {
  const none = { principal: null, role: null, at: -1 };
  if (service !== "iam" && service !== "sts") return none;
  const trimmed = resource.replace(/\.+$/, "");
  const parts = trimmed.split("/");
  const last = parts.length - 1;
  const at = trimmed.lastIndexOf("/") + 1;
  if (parts[0] === "user" && last >= 1) return { principal: parts[last], role: null, at };
  if (parts[0] === "federated-user" && last >= 1) return { principal: parts[last], role: null, at };
  if (parts[0] === "assumed-role" && last >= 2) return { principal: parts[last], role: parts[1], at };
  if (parts[0] === "role" && last >= 1) return { principal: null, role: parts[last], at: -1 };
  return none;
}
