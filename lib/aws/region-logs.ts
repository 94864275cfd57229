import { itemsOf, pageTokens, type Pages } from "./paginate";
import { regionalCall, run, runPages, type ScanContext } from "./scan-context";
import { destinationLogGroupOf, executionLogGroupOf, type StageRef } from "./stage-log-targets";

/**
 * The CloudWatch Logs side of one region: the execution log groups (one listing by prefix), each access-log
 * destination group (one listing each, prefix = its name), and the newest stream of every group that exists as
 * evidence that logs arrive. Stages are fed in as their `GetStages` answers arrive, so these calls overlap the
 * API Gateway calls instead of queueing behind them.
 */
export class RegionLogs {
  private readonly executionListing: Promise<Pages>;
  private readonly destinationListings = new Map<string, Promise<Pages>>();
  private readonly describedStreams = new Set<string>();

  constructor(
    private readonly ctx: ScanContext,
    private readonly region: string,
    executionPrefix: string,
  ) {
    const spec = regionalCall(ctx, region, "cloudwatch-logs", "DescribeLogGroups", { logGroupNamePrefix: executionPrefix }, [10]);
    this.executionListing = runPages(ctx, spec, pageTokens.logs);
  }

  /** Looks at the groups one stage writes to. */
  stage(stage: StageRef): void {
    const group = executionLogGroupOf(stage);
    if (group !== undefined) void this.ctx.tasks.add(this.streamsIfListed(this.executionListing, group));
    void this.ctx.tasks.spawn(async () => {
      const identity = await this.ctx.identity;
      const destination = destinationLogGroupOf(stage.accessLogDestinationArn, this.region, identity.account);
      if (destination !== undefined) await this.streamsIfListed(this.destinationListing(destination), destination);
    });
  }

  private destinationListing(name: string): Promise<Pages> {
    let listing = this.destinationListings.get(name);
    if (!listing) {
      const spec = regionalCall(this.ctx, this.region, "cloudwatch-logs", "DescribeLogGroups", { logGroupNamePrefix: name }, [11, name]);
      listing = runPages(this.ctx, spec, pageTokens.logs);
      this.destinationListings.set(name, listing);
    }
    return listing;
  }

  /** A group missing from a complete listing does not exist; a failed listing leaves it unknown, so we skip it. */
  private async streamsIfListed(listing: Promise<Pages>, group: string): Promise<void> {
    const pages = await listing;
    if (pages.error || !itemsOf(pages, "logGroups").some((g) => g.logGroupName === group)) return;
    if (this.describedStreams.has(group)) return;
    this.describedStreams.add(group);
    const input = { logGroupName: group, orderBy: "LastEventTime", descending: true, limit: 1 };
    await run(this.ctx, regionalCall(this.ctx, this.region, "cloudwatch-logs", "DescribeLogStreams", input, [12, group]));
  }
}

/**
 * Where logs may go besides the managed groups: resource policies (HTTP API access logs need one for
 * `delivery.logs.amazonaws.com`) and CloudWatch Logs deliveries (execution logs routed elsewhere).
 */
export function collectLogRouting(ctx: ScanContext, region: string): void {
  const listings = ["DescribeResourcePolicies", "DescribeDeliverySources", "DescribeDeliveries", "DescribeDeliveryDestinations"];
  listings.forEach((operation, index) => {
    void runPages(ctx, regionalCall(ctx, region, "cloudwatch-logs", operation, {}, [13 + index]), pageTokens.logs);
  });
}
