import { defineCheck } from "../engine/define-check";
import { attachManagedPolicy } from "./fixes/account";
import { describeDenials, identityPermissions } from "./facts/role-permissions";
import { roles } from "../engine/scopes";

export default defineCheck({
  id: "role.permissions-missing",
  title: "The logging role's policies grant the logs: actions API Gateway needs",
  severity: "high",
  reads: [
    "iam:ListAttachedRolePolicies",
    "iam:ListRolePolicies",
    "iam:GetRolePolicy",
    "iam:GetPolicy",
    "iam:GetPolicyVersion",
    "iam:SimulatePrincipalPolicy",
  ],
  docs: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html#set-up-access-logging-permissions",
  section: "role",
  label: "The logging role lacks logs: permissions",
  verdict: { log: "region", effect: "missing", unreadable: true },
  scope: roles,
  // A deleted role has no policies to read: role.not-found alone reports it.
  inputs: ({ role }) =>
    role.role.state === "collected" && role.role.value === null ? [] : [role.role, role.identityPolicies],
  evaluate: (subject, ctx) => {
    const { role } = subject;
    if (role.role.state !== "collected" || role.role.value === null) return null;
    const result = identityPermissions(subject, ctx);
    if ("error" in result)
      return {
        status: "unknown",
        message: `Could not read a policy of ${role.arn}: ${result.error}.`,
        evidence: result.evidence,
      };

    // What only the boundary refuses is role.boundary-blocks' finding (SCP denials are already left out).
    const missing = result.denials.filter((d) => !d.boundaryOnly);
    const failing = missing.filter((d) => d.status === "fail");
    const warning = missing.filter((d) => d.status === "warn");
    const source = result.simulated
      ? "SimulatePrincipalPolicy (AWS's own evaluation) and its identity policies"
      : "its identity policies";
    const evidence = [...failing, ...warning].flatMap((d) => d.evidence).slice(0, 6);
    const fix = attachManagedPolicy(
      role.name,
      ctx.model.partition,
      `Grant ${role.name} the logs: actions (attach AmazonAPIGatewayPushToCloudWatchLogs) and remove Deny statements on them.`,
    );

    if (failing.length > 0) {
      return {
        status: "fail",
        message: `According to ${source}, ${role.arn} is not allowed ${describeDenials(failing)}, so API Gateway cannot write logs in ${subject.region.name}.${warning.length > 0 ? ` It also lacks ${describeDenials(warning)}.` : ""}`,
        evidence,
        fix,
      };
    }
    if (warning.length > 0 || result.conditional.length > 0) {
      const parts = [
        warning.length > 0
          ? `is not allowed ${describeDenials(warning)} (AWS's managed policy grants it; AWS does not document that API Gateway needs it to write)`
          : "",
        result.conditional.length > 0
          ? `allows ${[...new Set(result.conditional.map((c) => c.action))].join(", ")} only under conditions Log Doctor cannot prove`
          : "",
      ].filter(Boolean);
      const conditionalEvidence = result.conditional.slice(0, 2).map((c) => ({
        call: "iam:ListAttachedRolePolicies",
        field: "(all identity policies)",
        value: `conditional Allow for ${c.action} on ${c.resource}`,
      }));
      return {
        status: "warn",
        message: `According to ${source}, ${role.arn} ${parts.join(", and ")}.`,
        evidence: [...evidence, ...conditionalEvidence],
        fix,
      };
    }
    return {
      status: "pass",
      message: `According to ${source}, ${role.arn} may create log groups and streams and put log events in the log groups API Gateway writes in ${subject.region.name}.`,
      evidence: result.simulationEvidence,
    };
  },
});
