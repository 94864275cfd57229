import type { Fix } from "../../diagnosis/types";

/**
 * An SCP limits what any identity of the account may do, so no policy attached to the role can restore the action:
 * the SCP itself must exempt the role (or the logs: actions). SCPs are edited in the organization's management
 * account, whose policies a member-account scan cannot read, so the fix is console steps and the exemption to add.
 */
export function exemptRoleFromScp(roleArn: string, actions: string[], summary: string): Fix {
  const exemption = JSON.stringify({ Condition: { ArnNotLike: { "aws:PrincipalArn": roleArn } } });
  return {
    summary,
    console: [
      "Sign in to the organization's management account (or a delegated administrator) and open AWS Organizations → Policies → Service control policies.",
      `Find the SCP attached to this account, its OU or the root that denies ${actions.join(", ")} (the IAM policy simulator's "Organizations SCP" detail names it).`,
      `Exempt the logging role in that Deny statement, e.g. add ${exemption}, or remove the logs: actions API Gateway needs from it.`,
      "Attaching or editing policies on the role itself cannot help: an SCP denies whatever the role's policies allow.",
    ],
  };
}
