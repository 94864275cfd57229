import { apiGatewayTrustConditions, evaluatePolicies, parsePolicyDocument } from "../iam-policy";
import { defineCheck } from "../engine/define-check";
import { fixTrustPolicy } from "./support/fixes/account";
import { roles } from "../engine/scopes";

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
  evaluate: ({ region, role }, { model }) => {
    if (role.role.state !== "collected" || role.role.value === null) return null;
    const details = role.role.value;
    const parsed = parsePolicyDocument(details.trustPolicy);
    const evidence = [{ call: "iam:GetRole", field: "Role.AssumeRolePolicyDocument", value: details.trustPolicy }];
    if (!parsed.ok) {
      return { status: "unknown", message: `Could not read the trust policy of ${details.arn}: ${parsed.error}.`, evidence };
    }
    const decision = evaluatePolicies(
      [parsed.document],
      { action: "sts:AssumeRole", principal: { type: "Service", id: "apigateway.amazonaws.com" } },
      { condition: apiGatewayTrustConditions({ partition: model.partition, region: region.name, account: model.account }) },
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
    if (decision.conditional) {
      return {
        status: "warn",
        message: `The trust policy of ${details.arn} allows apigateway.amazonaws.com to assume it only under conditions Log Doctor cannot prove hold for API Gateway's logging in ${region.name}.`,
        evidence,
        fix,
      };
    }
    return { status: "pass", message: `The trust policy of ${details.arn} lets apigateway.amazonaws.com assume it.`, evidence };
  },
});
