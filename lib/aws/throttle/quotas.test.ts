import { describe, expect, it } from "vitest";
import { bucketIdOf, minimumSeconds, quotaKeyOf } from "./quotas";

describe("quotas", () => {
  it("puts API Gateway v1 and v2 in one bucket per region, IAM in one global bucket", () => {
    expect(bucketIdOf("apigateway", "GetStages", "us-east-1")).toBe(bucketIdOf("apigatewayv2", "GetApis", "us-east-1"));
    expect(bucketIdOf("apigateway", "GetStages", "us-east-1")).not.toBe(
      bucketIdOf("apigateway", "GetStages", "eu-west-1"),
    );
    expect(bucketIdOf("iam", "GetRole", "us-east-1")).toBe(bucketIdOf("iam", "GetPolicy", "eu-west-1"));
    expect(quotaKeyOf("cloudtrail", "LookupEvents")).toBe("cloudtrail:LookupEvents");
    expect(quotaKeyOf("cloudtrail", "DescribeTrails")).toBe("cloudtrail");
    // Log searches have their own, lower quota: a search must not starve the scan's other log calls, nor they it.
    expect(quotaKeyOf("cloudwatch-logs", "FilterLogEvents")).toBe("logs:FilterLogEvents");
    expect(quotaKeyOf("cloudwatch-logs", "GetLogEvents")).toBe("logs:GetLogEvents");
  });

  it("bounds a scan by its slowest bucket: the burst at once, the rest at the rate", () => {
    const gateway = (region: string, n: number) =>
      Array.from({ length: n }, () => ({ service: "apigateway", operation: "GetStages", region }));
    expect(minimumSeconds(gateway("us-east-1", 40))).toBe(0);
    expect(minimumSeconds(gateway("us-east-1", 140))).toBe(10);
    // Regions run in parallel: the larger one decides.
    expect(minimumSeconds([...gateway("us-east-1", 140), ...gateway("eu-west-1", 240)])).toBe(20);
    const lookups = Array.from({ length: 22 }, () => ({
      service: "cloudtrail",
      operation: "LookupEvents",
      region: "us-east-1",
    }));
    expect(minimumSeconds([...gateway("us-east-1", 50), ...lookups])).toBe(10);
  });
});
