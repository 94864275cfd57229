import type { Evidence } from "../diagnosis/types";
import { describeMissing, notCollected, type Source } from "../model/source";
import type { ResourcePolicy } from "../model/types";
import { defineCheck } from "../engine/define-check";
import { deliveryGrant, type PolicyScope } from "./facts/delivery-grant";
import { addDeliveryResourcePolicy } from "./fixes/access-log";
import { regionOf } from "./facts/region-of";
import { stages } from "../engine/scopes";

const call = "cloudwatch-logs:DescribeResourcePolicies";

export default defineCheck({
  id: "http.access-log-policy-missing",
  title: "The HTTP API's access log group lets delivery.logs.amazonaws.com write",
  severity: "high",
  reads: [call],
  // CloudWatch Logs puts the delivery grant on the log group (or, before, on the account): "Logs sent to CloudWatch Logs".
  docs: "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/AWS-logs-infrastructure-CWL.html",
  section: "access",
  label: "No resource policy lets logs be delivered",
  // Unknown when the group's own policy was not read: never missing (spec, HTTP access-log grants; Verdicts 3).
  verdict: { log: "access", effect: "missing", unreadable: true },
  scope: stages("HTTP"),
  evaluate: (stage, { model }) => {
    const group = stage.accessLog.logGroup;
    if (!group) return null;
    const region = regionOf(model, stage.region);
    const account = model.account ?? group.account;
    const sources: { scope: PolicyScope; source: Source<ResourcePolicy[]> }[] = [
      { scope: "account", source: region.resourcePolicies },
      { scope: "group", source: region.groupPolicies.get(group.name) ?? notCollected(call) },
    ];
    const read = sources.flatMap(({ scope, source }) =>
      source.state === "collected" ? [{ scope, policies: source.value }] : [],
    );
    const unread = sources.filter(({ source }) => source.state !== "collected");
    const groupArn = `arn:${group.partition}:logs:${group.region}:${group.account}:log-group:${group.name}`;
    const evidence: Evidence[] = sources.map(({ scope, source }) => {
      const field =
        scope === "account"
          ? "resourcePolicies[].policyName"
          : `resourcePolicies[].policyName (resourceArn ${groupArn})`;
      if (source.state === "collected") return { call, field, value: source.value.map((p) => p.name) };
      return {
        call,
        field: scope === "account" ? "(call)" : `(call with resourceArn ${groupArn})`,
        value: source.state === "error" ? `${source.error.name}: ${source.error.message}` : "not collected",
      };
    });
    const grant = deliveryGrant(read, group, account);
    const fix = addDeliveryResourcePolicy(
      group.partition,
      stage.region,
      account,
      group.name,
      `Let delivery.logs.amazonaws.com write to ${group.name}: put the grant on the log group itself.`,
    );
    const where = grant.grantedBy.includes("group")
      ? `the log group's own resource policy`
      : "an account-scoped resource policy";

    if (grant.decision === "allow")
      return {
        status: "pass",
        message: `${capitalize(where)} lets delivery.logs.amazonaws.com write to ${group.name}.`,
        evidence,
      };
    if (grant.decision === "conditional") {
      return {
        status: "warn",
        message: `A resource policy lets delivery.logs.amazonaws.com write to ${group.name} only under conditions Log Doctor cannot prove hold.`,
        evidence,
        fix,
      };
    }
    // An explicit Deny decides whatever the unread policy says; an implicit one only when both scopes were read.
    if (grant.decision === "implicit-deny" && unread.length > 0) {
      const why = unread.map(
        ({ scope, source }) =>
          `${scope === "account" ? "the account-scoped policies" : `the log group's own policy`} (${describeMissing(source as Exclude<typeof source, { state: "collected" }>)})`,
      );
      return {
        status: "unknown",
        message: `Could not check whether delivery.logs.amazonaws.com may write to ${group.name}: no policy read grants it, and ${why.join(" and ")} could not be read.`,
        evidence,
      };
    }
    return {
      status: "fail",
      message: `Neither the account-scoped CloudWatch Logs resource policies in ${stage.region} nor the log group's own policy lets delivery.logs.amazonaws.com ${grant.denied.join(" and ")} on ${group.name}, so the access logs of HTTP API stage ${stage.name} of ${stage.api.name} are dropped.`,
      evidence,
      fix,
    };
  },
});

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
