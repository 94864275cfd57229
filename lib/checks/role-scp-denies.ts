import { defineCheck } from "../engine/define-check";
import { exemptRoleFromScp } from "./fixes/scp";
import { describeDenials, scpDenials } from "./facts/role-permissions";
import { roles } from "../engine/scopes";

export default defineCheck({
  id: "role.scp-denies",
  title: "No organization SCP denies the logging role the logs: actions",
  severity: "high",
  reads: ["iam:SimulatePrincipalPolicy"],
  // SimulatePrincipalPolicy's OrganizationsDecisionDetail is the only member-account view of SCP denials.
  docs: "https://docs.aws.amazon.com/IAM/latest/APIReference/API_OrganizationsDecisionDetail.html",
  section: "role",
  label: "An organization SCP denies the logging role",
  // Without a simulation no SCP is visible from a member account: that unknown stays this check's own, the role
  // itself was read, so it does not make a verdict unknown (spec: unknown only when the role could not be read).
  verdict: { log: "region", effect: "missing" },
  scope: roles,
  // A deleted role is role.not-found's finding; without a simulation no SCP can be seen from the account.
  inputs: ({ role }) =>
    role.role.state === "collected" && role.role.value === null ? [] : [role.role, role.simulation],
  evaluate: (subject, ctx) => {
    const { region, role } = subject;
    if (role.role.state !== "collected" || role.role.value === null) return null;
    const { decided, denials } = scpDenials(subject, ctx);
    const simulated = {
      call: "iam:SimulatePrincipalPolicy",
      field: "EvaluationResults",
      value: `${decided} results on the resource strings of ${region.name}`,
    };
    if (decided === 0) {
      return {
        status: "unknown",
        message: `No SimulatePrincipalPolicy result of ${role.arn} names the logs: actions on the resource strings API Gateway writes in ${region.name}, so Log Doctor cannot tell whether an organization SCP denies them.`,
        evidence: [{ ...simulated, value: "no result on this region's log groups" }],
      };
    }
    if (denials.length === 0) {
      return {
        status: "pass",
        message: `According to SimulatePrincipalPolicy, no organization SCP denies ${role.arn} the logs: actions in ${region.name}.`,
        evidence: [simulated],
      };
    }
    const failing = denials.filter((d) => d.status === "fail");
    const actions = [...new Set(denials.map((d) => d.action))];
    const fix = exemptRoleFromScp(
      role.arn,
      actions,
      `Exempt ${role.name} (or the logs: actions) from the organization SCP that denies them.`,
    );
    const evidence = denials.flatMap((d) => d.evidence).slice(0, 6);
    if (failing.length > 0) {
      return {
        status: "fail",
        message: `According to SimulatePrincipalPolicy, an organization SCP denies ${role.arn} ${describeDenials(denials)}, so API Gateway cannot write logs in ${region.name} whatever the role's policies say.`,
        evidence,
        fix,
      };
    }
    return {
      status: "warn",
      message: `According to SimulatePrincipalPolicy, an organization SCP denies ${role.arn} ${describeDenials(denials)}; AWS does not document that API Gateway needs it to write logs.`,
      evidence,
      fix,
    };
  },
});
