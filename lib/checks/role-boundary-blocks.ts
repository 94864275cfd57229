import { defineCheck } from "../engine/define-check";
import { fixBoundary } from "./fixes/account";
import { boundaryPermissions, describeDenials } from "./facts/role-permissions";
import { roles } from "../engine/scopes";

export default defineCheck({
  id: "role.boundary-blocks",
  title: "The logging role's permissions boundary allows the logs: actions",
  severity: "high",
  reads: ["iam:GetRole", "iam:GetPolicy", "iam:GetPolicyVersion", "iam:SimulatePrincipalPolicy"],
  docs: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html",
  section: "role",
  label: "A permissions boundary blocks the logging role",
  verdict: { log: "region", effect: "missing", unreadable: true },
  scope: roles,
  inputs: ({ role }) => [role.role, role.boundary],
  evaluate: (subject, ctx) => {
    const { region, role } = subject;
    if (role.role.state !== "collected" || role.role.value === null || role.boundary.state !== "collected") return null;
    const boundary = role.boundary.value;
    if (!boundary) {
      return {
        status: "pass",
        message: `${role.arn} has no permissions boundary.`,
        evidence: [{ call: "iam:GetRole", field: "Role.PermissionsBoundary", value: null }],
      };
    }
    const result = boundaryPermissions(subject, ctx, boundary);
    if ("error" in result)
      return {
        status: "unknown",
        message: `Could not read the permissions boundary of ${role.arn}: ${result.error}.`,
        evidence: result.evidence,
      };

    const failing = result.denials.filter((d) => d.status === "fail");
    const warning = result.denials.filter((d) => d.status === "warn");
    const evidence = [
      { call: "iam:GetRole", field: "Role.PermissionsBoundary.PermissionsBoundaryArn", value: boundary.arn },
    ];
    const blockedEvidence = [
      { call: boundary.call, field: `${boundary.name}.Document`, value: boundary.document },
      ...[...failing, ...warning].flatMap((d) => d.evidence).slice(0, 4),
    ];
    const fix = fixBoundary(
      role.name,
      boundary.arn ?? boundary.name,
      `Let the boundary of ${role.name} allow the logs: actions.`,
    );
    if (failing.length > 0) {
      return {
        status: "fail",
        message: `The permissions boundary ${boundary.arn} of ${role.arn} does not allow ${describeDenials(failing)}, so API Gateway cannot write logs in ${region.name} whatever the role's policies say.`,
        evidence: [...evidence, ...blockedEvidence],
        fix,
      };
    }
    if (warning.length > 0) {
      return {
        status: "warn",
        message: `The permissions boundary ${boundary.arn} of ${role.arn} does not allow ${describeDenials(warning)}; AWS does not document that API Gateway needs it to write logs, but its managed policy grants it.`,
        evidence: [...evidence, ...blockedEvidence],
        fix,
      };
    }
    return {
      status: "pass",
      message: `The permissions boundary ${boundary.arn} of ${role.arn} allows the logs: actions.`,
      evidence,
    };
  },
});
