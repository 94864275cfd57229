import type { Evidence } from "../diagnosis/types";
import { apiGatewayTrustConditions, evaluatePolicies, parsePolicyDocument } from "../iam-policy";
import { defineCheck } from "../engine/define-check";
import { isRecent, newestEvent } from "./facts/evidence";
import { fixTrustPolicy } from "./fixes/account";
import { roles } from "../engine/scopes";
import type { CheckContext } from "../engine/define-check";
import type { RoleInRegion } from "../engine/scopes";

export default defineCheck({
  id: "role.trust-denies-apigateway",
  title: "The logging role trusts apigateway.amazonaws.com",
  severity: "critical",
  reads: ["iam:GetRole"],
  docs: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html#set-up-access-logging-permissions",
  section: "role",
  label: "The logging role does not trust API Gateway",
  verdict: { log: "region", effect: "missing", unreadable: true },
  scope: roles,
  inputs: ({ role }) => [role.role],
  evaluate: (subject, ctx) => {
    const { region, role } = subject;
    if (role.role.state !== "collected" || role.role.value === null) return null;
    const details = role.role.value;
    const parsed = parsePolicyDocument(details.trustPolicy);
    const evidence: Evidence[] = [
      { call: "iam:GetRole", field: "Role.AssumeRolePolicyDocument", value: details.trustPolicy },
    ];
    if (!parsed.ok) {
      return {
        status: "unknown",
        message: `Could not read the trust policy of ${details.arn}: ${parsed.error}.`,
        evidence,
      };
    }
    const decision = evaluatePolicies(
      [parsed.document],
      { action: "sts:AssumeRole", principal: { type: "Service", id: "apigateway.amazonaws.com" } },
      { condition: apiGatewayTrustConditions() },
    );
    const fix = fixTrustPolicy(details.name, `Let apigateway.amazonaws.com assume ${details.name}.`);
    if (decision.decision !== "allow") {
      const how = decision.decision === "explicit-deny" ? "explicitly denies" : "does not allow";
      return {
        status: "fail",
        message: `The trust policy of ${details.arn} ${how} the service principal apigateway.amazonaws.com the action sts:AssumeRole, so API Gateway cannot use the role to write logs in ${region.name}.`,
        evidence,
        fix,
      };
    }
    if (!decision.conditional) {
      return {
        status: "pass",
        message: `The trust policy of ${details.arn} lets apigateway.amazonaws.com assume it.`,
        evidence,
      };
    }
    const proof = workingInRegion(subject, ctx);
    if (proof) {
      return {
        status: "pass",
        message: `The trust policy of ${details.arn} allows apigateway.amazonaws.com only under conditions AWS does not document API Gateway satisfying, but ${proof.says}, so the role works there.`,
        evidence: [...evidence, proof.evidence],
      };
    }
    return {
      status: "warn",
      message: `The trust policy of ${details.arn} allows apigateway.amazonaws.com to assume it only under conditions (other than …IfExists ones) that AWS does not document API Gateway satisfying for its logging role, and nothing shows the role working in ${region.name} in the last 24 hours. Remove the conditions if logs are missing.`,
      evidence,
      fix,
    };
  },
});

/** Evidence that the role was used in the region in the 24 hours before the capture (checks.md **Trust**). */
function workingInRegion(
  { region, role }: RoleInRegion,
  { model }: CheckContext,
): { says: string; evidence: Evidence } | null {
  const lastUsed = role.role.state === "collected" ? role.role.value?.lastUsed : null;
  if (
    lastUsed?.ms != null &&
    lastUsed.region === region.name &&
    lastUsed.ms <= model.capturedAtMs &&
    isRecent(lastUsed.ms, model.capturedAtMs)
  ) {
    return {
      says: `IAM reports it last used in ${region.name} at ${lastUsed.date}`,
      evidence: {
        call: "iam:GetRole",
        field: "Role.RoleLastUsed",
        value: { LastUsedDate: lastUsed.date, Region: lastUsed.region },
      },
    };
  }
  for (const group of [...region.newestStreams.keys()].sort()) {
    if (!group.startsWith("API-Gateway-Execution-Logs_")) continue;
    const event = newestEvent(region, group);
    if (!event || event.time > model.capturedAtMs || !isRecent(event.time, model.capturedAtMs)) continue;
    const at = new Date(event.time).toISOString();
    return {
      says: `the execution log group ${group} received an event at ${at}`,
      evidence: {
        call: "cloudwatch-logs:DescribeLogStreams",
        field: `${group}.logStreams[0].lastEventTimestamp`,
        value: at,
      },
    };
  }
  return null;
}
