import { parseLogGroupArn, type LogGroupArn } from "../../aws-names/log-group-arn";
import type { Delivery, Region, Stage } from "../../model/types";
import { executionLogGroupName } from "./stage-facts";

const firehoseArn = /^arn:[a-z-]+:firehose:[a-z0-9-]+:\d{12}:deliverystream\/(.+)$/;

/**
 * The stage's execution-log deliveries (log type EXECUTION_LOGS whose source reads this stage's ARN,
 * `…:/restapis/<id>/stages/<stage>` or `…:/apis/<id>/stages/<stage>`), or null when the region's deliveries were not read.
 */
export function executionDeliveries(region: Region, stage: Stage): Delivery[] | null {
  if (region.deliveries.state !== "collected") return null;
  const path =
    stage.api.type === "REST"
      ? `/restapis/${stage.api.id}/stages/${stage.name}`
      : `/apis/${stage.api.id}/stages/${stage.name}`;
  return region.deliveries.value.filter(
    (d) => d.logType === "EXECUTION_LOGS" && d.resourceArns.some((arn) => arn.endsWith(path)),
  );
}

/** The CloudWatch Logs group a delivery writes to, when its destination is one. */
export function deliveryLogGroup(delivery: Delivery): LogGroupArn | null {
  return delivery.destinationArn ? parseLogGroupArn(delivery.destinationArn) : null;
}

/** The Firehose stream name of a destination ARN (an access-log destination or a delivery's), else null. */
export function firehoseStreamName(arn: string | null): string | null {
  const match = arn ? firehoseArn.exec(arn) : null;
  return match ? match[1] : null;
}

/**
 * The log groups of the stage's region that its execution logs go to: its deliveries' CloudWatch Logs groups when it
 * has an execution-log delivery (API Gateway does not write the managed group then), else the managed group.
 */
export function executionLogGroups(region: Region, stage: Stage): string[] {
  if (stage.api.type === "HTTP") return [];
  const deliveries = executionDeliveries(region, stage) ?? [];
  if (deliveries.length === 0) return [executionLogGroupName(stage)];
  return deliveries.flatMap((d) => {
    const group = deliveryLogGroup(d);
    return group && group.region === region.name ? [group.name] : [];
  });
}

/** The access-log destination group of the stage when it is a CloudWatch Logs group of the stage's own region. */
export function accessLogGroup(stage: Stage): string | null {
  const group = stage.accessLog.logGroup;
  return group && group.region === stage.region ? group.name : null;
}
