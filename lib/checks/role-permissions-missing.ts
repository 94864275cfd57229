import { defineCheck } from "../engine/define-check";
import { attachManagedPolicy } from "./support/fixes/account";
import { evaluateRolePermissions, type ActionVerdict } from "./support/role-permissions";
import { readActions, writeActions } from "./support/role-resources";
import { roles } from "../engine/scopes";

export default defineCheck({
  id: "role.permissions-missing",
  title: "The logging role's policies grant the logs: actions API Gateway needs",
  severity: "high",
  reads: ["iam:ListAttachedRolePolicies", "iam:ListRolePolicies", "iam:GetRolePolicy", "iam:GetPolicy", "iam:GetPolicyVersion", "iam:SimulatePrincipalPolicy"],
  docs: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html#set-up-access-logging-permissions",
  section: "role",
  label: "The logging role lacks logs: permissions",
  verdict: { log: "region", effect: "missing", unreadable: true },
  scope: roles,
  // A deleted role has no policies to read: role.not-found alone reports it.
  inputs: ({ role }) => (role.role.state === "collected" && role.role.value === null ? [] : [role.role, role.identityPolicies]),
  evaluate: (subject, ctx) => {
    const { role } = subject;
    if (role.role.state !== "collected" || role.role.value === null) return null;
    const result = evaluateRolePermissions(subject, ctx);
    if ("error" in result) return { status: "unknown", message: `Could not read a policy of ${role.arn}: ${result.error}.`, evidence: result.evidence };

    // A boundary that blocks is role.boundary-blocks' finding, not a missing permission.
    const missing = (actions: readonly string[]) => result.verdicts.filter((v) => actions.includes(v.action) && !v.allowed && !v.boundaryOnly);
    const missingWrite = missing(writeActions);
    const missingRead = missing(readActions);
    const conditional = result.verdicts.filter((v) => v.allowed && v.conditional && (writeActions as readonly string[]).includes(v.action));
    const source = result.simulated ? "SimulatePrincipalPolicy (AWS's own evaluation, boundaries included)" : "its identity policies";
    const evidence = [...missingWrite, ...missingRead, ...conditional].flatMap((v) => v.evidence);
    const fix = attachManagedPolicy(role.name, ctx.model.partition, `Grant ${role.name} the logs: actions (attach AmazonAPIGatewayPushToCloudWatchLogs) and remove Deny statements on them.`);

    if (missingWrite.length > 0) {
      return {
        status: "fail",
        message: `According to ${source}, ${role.arn} is not allowed ${describe(missingWrite)}, so API Gateway cannot write logs in ${subject.region.name}.`,
        evidence,
        fix,
      };
    }
    if (missingRead.length > 0 || conditional.length > 0) {
      const parts = [
        missingRead.length > 0 ? `lacks ${missingRead.map((v) => v.action).join(" and ")} (which AWS's managed policy grants)` : "",
        conditional.length > 0 ? `allows ${conditional.map((v) => v.action).join(", ")} only under conditions Log Doctor cannot prove` : "",
      ].filter(Boolean);
      return { status: "warn", message: `According to ${source}, ${role.arn} ${parts.join(", and ")}.`, evidence, fix };
    }
    return {
      status: "pass",
      message: `According to ${source}, ${role.arn} may ${writeActions.join(", ")} on the log groups API Gateway writes in ${subject.region.name}.`,
      evidence: result.verdicts.flatMap((v) => v.evidence).slice(0, 3),
    };
  },
});

function describe(verdicts: ActionVerdict[]): string {
  return verdicts
    .map((v) => `${v.action} on ${v.deniedOn.slice(0, 2).join(", ")}${v.deniedOn.length > 2 ? ` and ${v.deniedOn.length - 2} more` : ""}${v.explicitDeny ? " (explicit Deny)" : ""}`)
    .join("; ");
}
