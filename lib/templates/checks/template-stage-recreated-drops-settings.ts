import { templateFinding, type TemplateCheck } from "./template-check";

/**
 * Terraform: `aws_api_gateway_deployment` with `stage_name` deletes and re-creates its stage when the deployment is
 * replaced, and a stage replaced in the plan comes back without the `aws_api_gateway_method_settings` that depend on
 * it (hashicorp/terraform-provider-aws#14100, the maintainers' explanation). API Gateway: a new stage starts without
 * method settings. https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html
 */
const check: TemplateCheck = {
  id: "template.stage-recreated-drops-settings",
  title: "A re-created stage loses its method settings",
  severity: "medium",
  docs: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html",
  run: (inventories) =>
    inventories.flatMap((inventory) =>
      inventory.stageReplacements.map((replacement) =>
        templateFinding(check, {
          status: "warn",
          region: inventory.region,
          target: replacement.address,
          where: replacement.where,
          message:
            replacement.kind === "deployment-stage-name"
              ? `${replacement.address} sets stage_name: each new deployment deletes and re-creates stage ${replacement.stage ?? ""}, dropping its method settings (logging level)${replacement.methodSettings.length ? ` from ${replacement.methodSettings.join(", ")}` : ""} until another apply (hashicorp/terraform-provider-aws#14100).`
              : `The plan replaces ${replacement.address}; ${replacement.methodSettings.length ? replacement.methodSettings.join(", ") : "its method settings"} will not be re-applied to the new stage in the same apply (hashicorp/terraform-provider-aws#14100).`,
          evidence: [
            {
              call: "template",
              field: `${replacement.address}.${replacement.kind === "deployment-stage-name" ? "stage_name" : "change.actions"}`,
              value: replacement.kind === "deployment-stage-name" ? replacement.stage : ["delete", "create"],
            },
          ],
          fix: {
            summary:
              "Use an aws_api_gateway_stage resource (no stage_name on the deployment), give the deployment lifecycle { create_before_destroy = true }, and make method settings reference the stage.",
            terraform:
              'resource "aws_api_gateway_stage" "prod" {\n  rest_api_id   = aws_api_gateway_rest_api.api.id\n  deployment_id = aws_api_gateway_deployment.api.id\n  stage_name    = "prod"\n}',
          },
        }),
      ),
    ),
};
export default check;
