import type { Service } from "../../capture/schema";

export interface Quota {
  /** Requests per second, sustained. */
  rate: number;
  /** Requests allowed at once from a full bucket. */
  burst: number;
}

/**
 * Request quotas per account and region. API Gateway's control plane (v1 and v2 together) allows 10 requests per
 * second with a burst of 40; CloudTrail LookupEvents 2 per second; CloudWatch Logs DescribeLogStreams 25 per
 * second (all from AWS's documentation). The others are not published per operation: conservative guesses that
 * leave room for other callers in the account.
 */
export const awsQuotas = {
  apigateway: { rate: 10, burst: 40 },
  "cloudtrail:LookupEvents": { rate: 2, burst: 2 },
  cloudtrail: { rate: 5, burst: 5 },
  "logs:DescribeLogStreams": { rate: 25, burst: 25 },
  "logs:DescribeLogGroups": { rate: 10, burst: 10 },
  // Log content: FilterLogEvents 5/s and GetLogEvents 25/s per account and region
  // (https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/cloudwatch_limits_cwl.html,
  // https://repost.aws/knowledge-center/cloudwatch-logs-throttling).
  "logs:FilterLogEvents": { rate: 5, burst: 5 },
  "logs:GetLogEvents": { rate: 25, burst: 25 },
  logs: { rate: 5, burst: 5 },
  iam: { rate: 10, burst: 20 },
  sts: { rate: 20, burst: 20 },
  account: { rate: 5, burst: 5 },
  // A few calls per scan (one per key, one per Firehose destination): their own small buckets, not STS's.
  kms: { rate: 5, burst: 5 },
  firehose: { rate: 5, burst: 5 },
} satisfies Record<string, Quota>;

export type QuotaKey = keyof typeof awsQuotas;
export type QuotaTable = Record<QuotaKey, Quota>;

/** Quotas that are per account, not per region (IAM and Account are global services). */
const globalQuotaKeys = new Set<QuotaKey>(["iam", "account"]);

export function quotaKeyOf(service: Service | string, operation: string): QuotaKey {
  switch (service) {
    case "apigateway":
    case "apigatewayv2":
      return "apigateway";
    case "cloudtrail":
      return operation === "LookupEvents" ? "cloudtrail:LookupEvents" : "cloudtrail";
    case "cloudwatch-logs":
      if (operation === "DescribeLogStreams") return "logs:DescribeLogStreams";
      if (operation === "FilterLogEvents") return "logs:FilterLogEvents";
      if (operation === "GetLogEvents") return "logs:GetLogEvents";
      return operation === "DescribeLogGroups" ? "logs:DescribeLogGroups" : "logs";
    case "iam":
      return "iam";
    case "account":
      return "account";
    case "kms":
      return "kms";
    case "firehose":
      return "firehose";
    default:
      return "sts";
  }
}

/** The bucket a call draws from: one per quota and region, one per quota for global services. */
export function bucketIdOf(service: Service | string, operation: string, region: string | undefined): string {
  const key = quotaKeyOf(service, operation);
  return globalQuotaKeys.has(key) ? `${key}@global` : `${key}@${region ?? "global"}`;
}

/**
 * The least time the given calls can take under the quotas: each bucket spends its burst at once and then drains
 * at its rate, buckets run in parallel, so the slowest bucket bounds the scan.
 */
export function minimumSeconds(
  calls: ReadonlyArray<{ service: string; operation: string; region?: string }>,
  quotas: QuotaTable = awsQuotas,
): number {
  const counts = new Map<string, { key: QuotaKey; count: number }>();
  for (const call of calls) {
    const id = bucketIdOf(call.service, call.operation, call.region);
    const entry = counts.get(id) ?? { key: quotaKeyOf(call.service, call.operation), count: 0 };
    entry.count += 1;
    counts.set(id, entry);
  }
  let slowest = 0;
  for (const { key, count } of counts.values()) {
    const { rate, burst } = quotas[key];
    slowest = Math.max(slowest, Math.max(0, count - burst) / rate);
  }
  return slowest;
}
