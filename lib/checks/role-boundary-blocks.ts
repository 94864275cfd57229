import { defineCheck } from "../engine/define-check";
import { fixBoundary } from "./support/fixes/account";
import { evaluateActions, parsePolicies } from "./support/role-permissions";
import { roleLogResources, writeActions } from "./support/role-resources";
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
  evaluate: ({ region, role }, { model }) => {
    if (role.role.state !== "collected" || role.role.value === null || role.boundary.state !== "collected") return null;
    const boundary = role.boundary.value;
    if (!boundary) {
      return { status: "pass", message: `${role.arn} has no permissions boundary.`, evidence: [{ call: "iam:GetRole", field: "Role.PermissionsBoundary", value: null }] };
    }
    const simulated = role.simulation.state === "collected" ? role.simulation.value.filter((r) => r.allowedByBoundary === false) : [];
    const blockedBySimulation = simulated.filter((r) => (writeActions as readonly string[]).some((a) => a.toLowerCase() === r.action.toLowerCase()));
    const parsed = parsePolicies([boundary]);
    if ("error" in parsed) return { status: "unknown", message: `Could not read the permissions boundary of ${role.arn}: ${parsed.error}.`, evidence: parsed.evidence };

    const blocked =
      blockedBySimulation.length > 0
        ? [...new Set(blockedBySimulation.map((r) => r.action))]
        : evaluateActions(parsed, writeActions, roleLogResources(region, model, role.arn)).filter((v) => !v.allowed).map((v) => v.action);
    const evidence = [{ call: "iam:GetRole", field: "Role.PermissionsBoundary.PermissionsBoundaryArn", value: boundary.arn }];
    if (blocked.length > 0) {
      return {
        status: "fail",
        message: `The permissions boundary ${boundary.arn} of ${role.arn} does not allow ${blocked.join(", ")}, so API Gateway cannot write logs in ${region.name} whatever the role's policies say.`,
        evidence: [...evidence, { call: boundary.call, field: `${boundary.name}.Document`, value: boundary.document }],
        fix: fixBoundary(role.name, boundary.arn ?? boundary.name, `Let the boundary of ${role.name} allow the logs: actions.`),
      };
    }
    return { status: "pass", message: `The permissions boundary ${boundary.arn} of ${role.arn} allows the logs: actions.`, evidence };
  },
});
