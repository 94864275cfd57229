import { itemsOf, pageTokens } from "./paginate";
import { regionalCall, run, runPages, type ScanContext } from "./scan-context";

/** Trails that cover the region (shadow trails included) with their status and event selectors. */
export function collectTrails(ctx: ScanContext, region: string): void {
  void ctx.tasks.spawn(async () => {
    const spec = regionalCall(ctx, region, "cloudtrail", "DescribeTrails", { includeShadowTrails: true }, [17]);
    const outcome = await run(ctx, spec);
    if (!outcome.output) return;
    for (const trail of itemsOf({ outputs: [outcome.output] }, "trailList")) {
      // A shadow trail (a multi-region trail seen from another region) can only be named by its ARN.
      const arn = typeof trail.TrailARN === "string" ? trail.TrailARN : undefined;
      if (arn === undefined) continue;
      void run(ctx, regionalCall(ctx, region, "cloudtrail", "GetTrailStatus", { Name: arn }, [18, arn]));
      void run(ctx, regionalCall(ctx, region, "cloudtrail", "GetEventSelectors", { TrailName: arn }, [19, arn]));
    }
  });
}

/** Who changed API Gateway settings in the lookback window (CloudTrail event history keeps 90 days). */
export function lookupApiGatewayEvents(ctx: ScanContext, region: string): void {
  const input = {
    LookupAttributes: [{ AttributeKey: "EventSource", AttributeValue: "apigateway.amazonaws.com" }],
    StartTime: ctx.lookback.start,
    EndTime: ctx.lookback.end,
    MaxResults: 50,
  };
  void runPages(ctx, regionalCall(ctx, region, "cloudtrail", "LookupEvents", input, [20]), pageTokens.cloudtrail);
}

/**
 * Who deleted or changed log groups, their KMS keys, resource policies and deliveries (CloudWatch Logs records
 * them as management events of `logs.amazonaws.com`).
 */
export function lookupLogsEvents(ctx: ScanContext, region: string): void {
  const input = {
    LookupAttributes: [{ AttributeKey: "EventSource", AttributeValue: "logs.amazonaws.com" }],
    StartTime: ctx.lookback.start,
    EndTime: ctx.lookback.end,
    MaxResults: 50,
  };
  void runPages(
    ctx,
    regionalCall(ctx, region, "cloudtrail", "LookupEvents", input, [20, "logs.amazonaws.com"]),
    pageTokens.cloudtrail,
  );
}

/** IAM events on the logging role, recorded in the partition's IAM region only. */
export function lookupRoleEvents(ctx: ScanContext, region: string, roleName: string): void {
  const input = {
    LookupAttributes: [{ AttributeKey: "ResourceName", AttributeValue: roleName }],
    StartTime: ctx.lookback.start,
    EndTime: ctx.lookback.end,
    MaxResults: 50,
  };
  const spec = regionalCall(ctx, region, "cloudtrail", "LookupEvents", input, [21, roleName]);
  void runPages(ctx, spec, pageTokens.cloudtrail);
}
