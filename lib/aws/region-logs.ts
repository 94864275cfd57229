import { itemsOf, pageTokens, type Pages } from "./paginate";
import { regionalCall, run, runPages, type ScanContext } from "./scan-context";
import {
  deliveryTargetsOf,
  destinationLogGroupOf,
  executionLogGroupOf,
  firehoseStreamOf,
  type StageRef,
} from "./stage-log-targets";

/**
 * The CloudWatch Logs side of one region: the execution log groups (one listing by prefix), each access-log
 * destination group (one listing each, prefix = its name), and the newest stream of every group that exists as
 * evidence that logs arrive; the KMS key of each such group that has one; the own resource policy of each HTTP
 * access-log destination group; each Firehose destination. Stages are fed in as their `GetStages` answers arrive,
 * so these calls overlap the API Gateway calls instead of queueing behind them.
 */
export class RegionLogs {
  private readonly executionListing: Promise<Pages>;
  private readonly destinationListings = new Map<string, Promise<Pages>>();
  private readonly describedStreams = new Set<string>();
  /** Each asked once per region however many stages share it: group policies, KMS keys, Firehose streams. */
  private readonly asked = new Set<string>();

  constructor(
    private readonly ctx: ScanContext,
    private readonly region: string,
    executionPrefix: string,
  ) {
    const spec = regionalCall(
      ctx,
      region,
      "cloudwatch-logs",
      "DescribeLogGroups",
      { logGroupNamePrefix: executionPrefix },
      [10],
    );
    this.executionListing = runPages(ctx, spec, pageTokens.logs);
  }

  /** Looks at the groups one stage writes to. */
  stage(stage: StageRef): void {
    const group = executionLogGroupOf(stage);
    if (group !== undefined) void this.ctx.tasks.add(this.streamsIfListed(this.executionListing, group));
    void this.ctx.tasks.spawn(async () => {
      const identity = await this.ctx.identity;
      const destination = destinationLogGroupOf(stage.accessLogDestinationArn, this.region, identity.account);
      // HTTP APIs' access logs are written by delivery.logs.amazonaws.com under a grant that may sit on the group itself.
      if (destination !== undefined && stage.apiType === "HTTP")
        this.groupPolicy(destination, identity.partition, identity.account);
      if (destination !== undefined) await this.streamsIfListed(this.destinationListing(destination), destination);
      const stream = firehoseStreamOf(stage.accessLogDestinationArn, this.region, identity.account);
      if (stream !== undefined) this.firehoseStream(stream);
    });
  }

  /** Follows the region's execution-log deliveries (of one API, when given) to their destinations. */
  deliveries(listings: Promise<Pages[]>, apiId?: string): void {
    void this.ctx.tasks.spawn(async () => {
      const [sources, deliveries, destinations] = await listings;
      if (sources.error || deliveries.error || destinations.error) return;
      const identity = await this.ctx.identity;
      const targets = deliveryTargetsOf(
        {
          sources: itemsOf(sources, "deliverySources"),
          deliveries: itemsOf(deliveries, "deliveries"),
          destinations: itemsOf(destinations, "deliveryDestinations"),
        },
        apiId,
      );
      await Promise.all(
        targets.map(async (arn) => {
          const group = destinationLogGroupOf(arn, this.region, identity.account);
          if (group !== undefined) {
            this.groupPolicy(group, identity.partition, identity.account);
            await this.streamsIfListed(this.destinationListing(group), group);
          }
          const stream = firehoseStreamOf(arn, this.region, identity.account);
          if (stream !== undefined) this.firehoseStream(stream);
        }),
      );
    });
  }

  /** DescribeResourcePolicies scoped to one group (its ARN without `:*`): the grant CloudWatch Logs now puts there. */
  private groupPolicy(group: string, partition: string, account: string | undefined): void {
    if (account === undefined || !this.once(`policy:${group}`)) return;
    const resourceArn = `arn:${partition}:logs:${this.region}:${account}:log-group:${group}`;
    const spec = regionalCall(
      this.ctx,
      this.region,
      "cloudwatch-logs",
      "DescribeResourcePolicies",
      { policyScope: "RESOURCE", resourceArn },
      [22, group],
    );
    void runPages(this.ctx, spec, pageTokens.logs);
  }

  private kmsKey(keyId: string): void {
    if (!this.once(`kms:${keyId}`)) return;
    void run(this.ctx, regionalCall(this.ctx, this.region, "kms", "DescribeKey", { KeyId: keyId }, [23, keyId]));
  }

  private firehoseStream(name: string): void {
    if (!this.once(`firehose:${name}`)) return;
    void run(
      this.ctx,
      regionalCall(this.ctx, this.region, "firehose", "DescribeDeliveryStream", { DeliveryStreamName: name }, [
        24,
        name,
      ]),
    );
  }

  private once(key: string): boolean {
    if (this.asked.has(key)) return false;
    this.asked.add(key);
    return true;
  }

  private destinationListing(name: string): Promise<Pages> {
    let listing = this.destinationListings.get(name);
    if (!listing) {
      const spec = regionalCall(
        this.ctx,
        this.region,
        "cloudwatch-logs",
        "DescribeLogGroups",
        { logGroupNamePrefix: name },
        [11, name],
      );
      listing = runPages(this.ctx, spec, pageTokens.logs);
      this.destinationListings.set(name, listing);
    }
    return listing;
  }

  /** A group missing from a complete listing does not exist; a failed listing leaves it unknown, so we skip it. */
  private async streamsIfListed(listing: Promise<Pages>, group: string): Promise<void> {
    const pages = await listing;
    const listed = pages.error ? undefined : itemsOf(pages, "logGroups").find((g) => g.logGroupName === group);
    if (!listed) return;
    if (typeof listed.kmsKeyId === "string" && listed.kmsKeyId !== "") this.kmsKey(listed.kmsKeyId);
    if (this.describedStreams.has(group)) return;
    this.describedStreams.add(group);
    const input = { logGroupName: group, orderBy: "LastEventTime", descending: true, limit: 1 };
    await run(
      this.ctx,
      regionalCall(this.ctx, this.region, "cloudwatch-logs", "DescribeLogStreams", input, [12, group]),
    );
  }
}

/**
 * Where logs may go besides the managed groups: account-scoped resource policies (HTTP API access logs need a grant
 * for `delivery.logs.amazonaws.com`) and CloudWatch Logs deliveries (execution logs routed elsewhere), whose
 * destinations `logs` then looks at (of one API's stages when `apiId` is given).
 */
export function collectLogRouting(ctx: ScanContext, region: string, logs?: RegionLogs, apiId?: string): void {
  const listings = [
    "DescribeResourcePolicies",
    "DescribeDeliverySources",
    "DescribeDeliveries",
    "DescribeDeliveryDestinations",
  ];
  const pages = listings.map((operation, index) =>
    runPages(ctx, regionalCall(ctx, region, "cloudwatch-logs", operation, {}, [13 + index]), pageTokens.logs),
  );
  logs?.deliveries(Promise.all(pages.slice(1)), apiId);
}
