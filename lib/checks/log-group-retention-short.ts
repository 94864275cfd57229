import { defineCheck } from "../engine/define-check";
import { destinationGroups } from "./facts/destination-groups";
import { awsCli } from "./fixes/shell";

const shortDays = 7;

export default defineCheck({
  id: "log-group.retention-short",
  title: "The log group keeps events longer than a week",
  severity: "info",
  reads: ["cloudwatch-logs:DescribeLogGroups"],
  // AWS: a retention policy deletes older events (PutRetentionPolicy); a DELIVERY-class group keeps them one day
  // (CreateLogGroup, logGroupClass).
  docs: "https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutRetentionPolicy.html",
  section: "access",
  label: "The log group keeps events a week or less",
  scope: destinationGroups,
  evaluate: ({ region, name, lookup }) => {
    if (lookup.state === "absent") return null;
    if (lookup.state === "not-collected" || lookup.state === "error") {
      const value = lookup.state === "error" ? `${lookup.error.name}: ${lookup.error.message}` : "not collected";
      return {
        status: "unknown",
        message: `Could not read the retention of ${name}: ${lookup.call} ${lookup.state === "error" ? `failed with ${value}` : "for it was not collected"}.`,
        evidence: [{ call: lookup.call, field: lookup.state === "error" ? "error" : "(call)", value }],
      };
    }
    const { retentionInDays, logGroupClass } = lookup.group;
    const evidence = [
      { call: lookup.call, field: `logGroups[logGroupName=${name}].retentionInDays`, value: retentionInDays },
      { call: lookup.call, field: `logGroups[logGroupName=${name}].logGroupClass`, value: logGroupClass },
    ];
    const delivery = logGroupClass === "DELIVERY";
    if (!delivery && (retentionInDays === null || retentionInDays > shortDays)) {
      return {
        status: "pass",
        message: `${name} keeps events ${retentionInDays === null ? "forever" : `${retentionInDays} days`}.`,
        evidence,
      };
    }
    const kept = delivery
      ? "one day (log class DELIVERY)"
      : `${retentionInDays} day${retentionInDays === 1 ? "" : "s"}`;
    return {
      status: "info",
      message: `${name} keeps events ${kept}: older logs are gone by design, not missing.`,
      evidence,
      fix: delivery
        ? {
            summary:
              "A DELIVERY-class group cannot keep events longer: send the logs to a STANDARD group if you need them later.",
            console: [`Create a log group of class STANDARD in ${region.name} and point the destination at it.`],
          }
        : {
            summary: "Keep events longer if you need them later.",
            cli: awsCli("logs", "put-retention-policy", {
              region: region.name,
              "log-group-name": name,
              "retention-in-days": "30",
            }),
          },
    };
  },
});
