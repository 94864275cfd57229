import { defineCheck } from "../engine/define-check";
import { stages } from "../engine/scopes";
import { regionOf } from "./support/region-of";

export default defineCheck({
  id: "stage.execution-logs-redirected",
  title: "Execution logs go to the managed log group (no delivery routes them elsewhere)",
  severity: "info",
  reads: ["cloudwatch-logs:DescribeDeliveries", "cloudwatch-logs:DescribeDeliverySources", "cloudwatch-logs:DescribeDeliveryDestinations"],
  docs: "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/AWS-logs-and-resource-policy.html",
  section: "stage",
  label: "Execution logs go to another destination",
  scope: stages("REST", "WEBSOCKET"),
  inputs: (stage, { model }) => [regionOf(model, stage.region).deliveries],
  evaluate: (stage, { model }) => {
    const deliveries = regionOf(model, stage.region).deliveries;
    if (deliveries.state !== "collected") return null;
    const path = stage.api.type === "REST" ? `/restapis/${stage.api.id}/stages/${stage.name}` : `/apis/${stage.api.id}/stages/${stage.name}`;
    const matching = deliveries.value.filter(
      (d) => d.logType === "EXECUTION_LOGS" && d.resourceArns.some((arn) => arn.endsWith(`::${path}`) || arn.endsWith(path)),
    );
    if (matching.length === 0) {
      return { status: "pass", message: `No CloudWatch Logs delivery routes the execution logs of stage ${stage.name} elsewhere.`, evidence: [] };
    }
    const destinations = matching.map((d) => `${d.destinationType ?? "destination"} ${d.destinationArn ?? "(unknown)"}`);
    return {
      status: "info",
      message: `Execution logs of stage ${stage.name} of ${stage.api.name} are delivered to ${destinations.join(", ")}, not to the managed log group API-Gateway-Execution-Logs_${stage.api.id}/${stage.name}: look for them there.`,
      evidence: matching.map((d) => ({ call: "cloudwatch-logs:DescribeDeliveries", field: `deliveries[id=${d.id}].deliveryDestinationArn`, value: d.destinationArn })),
    };
  },
});
