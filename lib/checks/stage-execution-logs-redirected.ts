import { defineCheck } from "../engine/define-check";
import { stages } from "../engine/scopes";
import { regionOf } from "./facts/region-of";
import { executionDeliveries } from "./facts/stage-destinations";

export default defineCheck({
  id: "stage.execution-logs-redirected",
  title: "Execution logs go to the managed log group (no delivery routes them elsewhere)",
  severity: "info",
  reads: [
    "cloudwatch-logs:DescribeDeliveries",
    "cloudwatch-logs:DescribeDeliverySources",
    "cloudwatch-logs:DescribeDeliveryDestinations",
  ],
  // AWS: a delivery (source → delivery → destination) routes a REST stage's execution logs away from the managed group.
  docs: "https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-create-log-delivery.html",
  section: "stage",
  label: "Execution logs go to another destination",
  scope: stages("REST", "WEBSOCKET"),
  inputs: (stage, { model }) => [regionOf(model, stage.region).deliveries],
  evaluate: (stage, { model }) => {
    const matching = executionDeliveries(regionOf(model, stage.region), stage);
    if (matching === null) return null;
    if (matching.length === 0) {
      return {
        status: "pass",
        message: `No CloudWatch Logs delivery routes the execution logs of stage ${stage.name} elsewhere.`,
        evidence: [],
      };
    }
    const destinations = matching.map(
      (d) => `${d.destinationType ?? "destination"} ${d.destinationArn ?? "(unknown)"}`,
    );
    return {
      status: "info",
      message: `Execution logs of stage ${stage.name} of ${stage.api.name} are delivered to ${destinations.join(", ")}, not to the managed log group API-Gateway-Execution-Logs_${stage.api.id}/${stage.name}: look for them there.`,
      evidence: matching.map((d) => ({
        call: "cloudwatch-logs:DescribeDeliveries",
        field: `deliveries[id=${d.id}].deliveryDestinationArn`,
        value: d.destinationArn,
      })),
    };
  },
});
