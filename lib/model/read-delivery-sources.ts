import { asArray, asRecord, asString, type CallIndex } from "./call-index";
import { mapSource, type Source } from "./source";
import type { DeliverySource } from "./types";

/**
 * DescribeDeliverySources as listed: a source outlives its deliveries, so a deleted delivery (CloudTrail
 * DeleteDelivery) can still be traced to the stage it read through the source its CreateDelivery named.
 */
export function readDeliverySources(calls: CallIndex, region: string): Source<DeliverySource[]> {
  const listing = calls.listing("cloudwatch-logs", region, "DescribeDeliverySources", (output) =>
    asArray(output.deliverySources),
  );
  return mapSource(listing, (sources) =>
    sources.map((raw) => {
      const source = asRecord(raw);
      return {
        name: asString(source.name) ?? "",
        logType: asString(source.logType),
        resourceArns: asArray(source.resourceArns).filter((arn): arn is string => typeof arn === "string"),
      };
    }),
  );
}
