import { evaluatePolicies, matchesWildcard, parsePolicyDocument, type ConditionEvaluator, type PolicyDocument } from "../iam-policy";
import type { ResourcePolicy } from "../model/types";
import { defineCheck } from "../engine/define-check";
import { addDeliveryResourcePolicy } from "./support/fixes/access-log";
import { stages } from "../engine/scopes";
import { regionOf } from "./support/region-of";

const POLICY_LIMIT = 5120;
const actions = ["logs:CreateLogStream", "logs:PutLogEvents"];

export default defineCheck({
  id: "http.access-log-policy-missing",
  title: "The HTTP API's access log group lets delivery.logs.amazonaws.com write",
  severity: "high",
  reads: ["cloudwatch-logs:DescribeResourcePolicies"],
  docs: "https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-logging.html",
  section: "access",
  label: "No resource policy lets logs be delivered",
  verdict: { log: "access", effect: "missing" },
  scope: stages("HTTP"),
  inputs: (stage, { model }) => (stage.accessLog.logGroup ? [regionOf(model, stage.region).resourcePolicies] : []),
  evaluate: (stage, { model }) => {
    const group = stage.accessLog.logGroup;
    const policies = regionOf(model, stage.region).resourcePolicies;
    if (!group || policies.state !== "collected") return null;

    const documents = parsedPolicies(policies.value);
    const stream = `arn:${group.partition}:logs:${group.region}:${group.account}:log-group:${group.name}:log-stream:*`;
    const condition = deliveryConditions(group.partition, group.region, model.account ?? group.account);
    const decisions = actions.map((action) => ({
      action,
      ...evaluatePolicies(documents.map((d) => d.document), { action, resource: stream, principal: { type: "Service", id: "delivery.logs.amazonaws.com" } }, { condition }),
    }));
    const denied = decisions.filter((d) => d.decision !== "allow");
    const size = policies.value.reduce((sum, policy) => sum + policy.document.length, 0);
    const evidence = [
      { call: policies.call, field: "resourcePolicies[].policyName", value: policies.value.map((p) => p.name) },
      { call: policies.call, field: "resourcePolicies[].policyDocument (total length)", value: size },
    ];
    const fix = addDeliveryResourcePolicy(group.partition, stage.region, model.account ?? group.account, group.name, `Let delivery.logs.amazonaws.com write to ${group.name}.`);

    if (denied.length > 0) {
      return {
        status: "fail",
        message: `No CloudWatch Logs resource policy in ${stage.region} lets delivery.logs.amazonaws.com ${denied.map((d) => d.action).join(" and ")} on ${group.name}, so the access logs of HTTP API stage ${stage.name} of ${stage.api.name} are dropped.`,
        evidence,
        fix,
      };
    }
    if (size >= POLICY_LIMIT * 0.9) {
      return {
        status: "warn",
        message: `The CloudWatch Logs resource policies in ${stage.region} total ${size} of ${POLICY_LIMIT} characters: the next log group API Gateway adds may not fit, and its access logs would be dropped.`,
        evidence,
        fix: { ...fix, summary: "Merge the log delivery statements into one policy that covers /aws/vendedlogs/* to stay under the limit." },
      };
    }
    if (decisions.some((d) => d.conditional)) {
      return {
        status: "warn",
        message: `The resource policy lets delivery.logs.amazonaws.com write to ${group.name} only under conditions Log Doctor cannot prove hold.`,
        evidence,
        fix,
      };
    }
    return { status: "pass", message: `A resource policy lets delivery.logs.amazonaws.com write to ${group.name}.`, evidence };
  },
});

// A region's resource policies are read once however many HTTP stages log there.
const parsedCache = new WeakMap<ResourcePolicy[], { name: string; document: PolicyDocument }[]>();

function parsedPolicies(policies: ResourcePolicy[]): { name: string; document: PolicyDocument }[] {
  let parsed = parsedCache.get(policies);
  if (!parsed) {
    parsed = policies.flatMap((policy) => {
      const result = parsePolicyDocument(policy.document);
      return result.ok ? [{ name: policy.name, document: result.document }] : [];
    });
    parsedCache.set(policies, parsed);
  }
  return parsed;
}

/** Vended-log policies usually pin aws:SourceAccount and aws:SourceArn (the log delivery's own ARN in this region). */
function deliveryConditions(partition: string, region: string, account: string): ConditionEvaluator {
  return (block) => {
    for (const [operator, entries] of Object.entries(block)) {
      for (const [key, values] of Object.entries(entries)) {
        const name = key.toLowerCase();
        const op = operator.toLowerCase();
        if (name === "aws:sourceaccount" && (op === "stringequals" || op === "stringlike") && values.some((v) => matchesWildcard(v, account))) continue;
        if (name === "aws:sourcearn" && /^(arnlike|arnequals|stringlike|stringequals)$/.test(op) && values.some((v) => matchesWildcard(v, `arn:${partition}:logs:${region}:${account}:*`) || matchesWildcard(`arn:${partition}:logs:${region}:${account}:*`, v))) continue;
        return "unknown";
      }
    }
    return "true";
  };
}
