import type { Delivery, Region, Stage } from "../../model/types";

/**
 * The CloudWatch Logs deliveries of a stage's execution logs (log type EXECUTION_LOGS, source = the stage's ARN).
 * While one exists API Gateway does not write the managed execution group. Listings not collected count as none.
 */
export function executionDeliveries(region: Region, stage: Stage): Delivery[] {
  if (region.deliveries.state !== "collected") return [];
  const path =
    stage.api.type === "REST"
      ? `/restapis/${stage.api.id}/stages/${stage.name}`
      : `/apis/${stage.api.id}/stages/${stage.name}`;
  return region.deliveries.value.filter(
    (d) => d.logType === "EXECUTION_LOGS" && d.resourceArns.some((arn) => arn.endsWith(path)),
  );
}
