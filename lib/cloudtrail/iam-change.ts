import { text } from "./fields";
import { inferReadOnly } from "./record";
import type { SubjectChanges } from "./apigateway-change";
import type { ChangeLevel, SettingChange, TrailRecord } from "./types";

type RoleAction = {
  setting: SettingChange["setting"];
  level: ChangeLevel;
  describe: (request: Record<string, unknown>) => string;
};

/**
 * IAM actions on a role and whether they can stop API Gateway from logging through it. "warn" are the ones that can
 * take away the trust or the logs: permissions (deleting the role, replacing the trust policy, removing or rewriting
 * a policy, setting a boundary). Attaching a policy, removing a boundary, creating the role or editing its
 * description and tags only add or leave permissions, so they are shown but never warned about.
 */
const roleActions: Record<string, RoleAction> = {
  DeleteRole: { setting: "role", level: "warn", describe: () => "role deleted: API Gateway can no longer assume it" },
  UpdateAssumeRolePolicy: {
    setting: "role-trust",
    level: "warn",
    describe: (request) => {
      const document = text(request, "policyDocument") ?? "";
      const trusts = document.includes("apigateway.amazonaws.com");
      return `trust policy replaced${document && !trusts ? "; the new policy does not name apigateway.amazonaws.com" : ""}`;
    },
  },
  DetachRolePolicy: {
    setting: "role-policy",
    level: "warn",
    describe: (request) => `managed policy ${text(request, "policyArn") ?? "(not named)"} detached`,
  },
  DeleteRolePolicy: {
    setting: "role-policy",
    level: "warn",
    describe: (request) => `inline policy ${text(request, "policyName") ?? "(not named)"} deleted`,
  },
  PutRolePolicy: {
    setting: "role-policy",
    level: "warn",
    describe: (request) =>
      `inline policy ${text(request, "policyName") ?? "(not named)"} written (it replaces any inline policy of that name)`,
  },
  PutRolePermissionsBoundary: {
    setting: "role-boundary",
    level: "warn",
    describe: (request) =>
      `permissions boundary ${text(request, "permissionsBoundary") ?? "(not named)"} set: it must allow the logs: actions`,
  },
  AttachRolePolicy: {
    setting: "role-policy",
    level: "info",
    describe: (request) => `managed policy ${text(request, "policyArn") ?? "(not named)"} attached`,
  },
  DeleteRolePermissionsBoundary: {
    setting: "role-boundary",
    level: "info",
    describe: () => "permissions boundary removed",
  },
  CreateRole: { setting: "role", level: "info", describe: () => "role created" },
  UpdateRole: {
    setting: "role",
    level: "info",
    describe: () => "role description or maximum session duration updated",
  },
  UpdateRoleDescription: { setting: "role", level: "info", describe: () => "role description updated" },
  TagRole: { setting: "role", level: "info", describe: () => "role tagged" },
  UntagRole: { setting: "role", level: "info", describe: () => "role tags removed" },
};

/** The change an IAM event made to a role (reads never count). */
export function iamRoleChanges(record: TrailRecord): SubjectChanges | null {
  const request = record.requestParameters ?? {};
  const roleName = text(request, "roleName");
  const name = record.eventName;
  if (!roleName || !name) return null;
  if (record.readOnly === true || (record.readOnly === null && inferReadOnly(name))) return null;
  const action = roleActions[name] ?? {
    setting: "role" as const,
    level: "info" as const,
    describe: () => `${name} on the role`,
  };
  const change: SettingChange = {
    setting: action.setting,
    scope: null,
    operation: name,
    path: null,
    from: null,
    to:
      name === "DeleteRole"
        ? null
        : (text(request, "policyArn") ?? text(request, "policyName") ?? text(request, "permissionsBoundary") ?? null),
    description: action.describe(request),
    level: action.level,
  };
  return { subject: { kind: "role", roleName }, changes: [change] };
}

/** The actions the role-changed check reports, for its documentation and tests. */
export const roleActionsThatCanStopLogging = Object.keys(roleActions).filter(
  (name) => roleActions[name].level === "warn",
);
