import { templateFinding, type TemplateCheck } from "./template-check";

/**
 * The region-wide account setting names a role the same stack (or Terraform module) creates and would delete with it:
 * deleting the stack leaves API Gateway pointing at a deleted role, and every API of the region stops logging.
 * CloudFormation keeps the setting after the stack is deleted (AWS::ApiGateway::Account). CDK's RestApi makes this pair
 * whenever `cloudWatchRole` is true, its default unless the app sets the feature flag
 * `@aws-cdk/aws-apigateway:disableCloudWatchRole` (added in 2.38.0; `cdk init` projects since then set it). CDK v1 and
 * v2 before 2.38.0 deleted the role with the stack (aws-cdk#10878, #12769); 2.38.0 made the role and the Account
 * RETAIN (aws-cdk#22020); `cloudWatchRoleRemovalPolicy: DESTROY` (aws-cdk#26836, 2023) brings the deletion back.
 */
const check: TemplateCheck = {
  id: "template.account-role-deleted-with-stack",
  title: "The region's logging role is deleted with this stack",
  severity: "high",
  docs: "https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-apigateway-account.html",
  run: (inventories) =>
    inventories.flatMap((inventory) =>
      inventory.accounts.flatMap((account) => {
        if (!account.ownRole) return [];
        const { id, retained, where } = account.ownRole;
        const base = { region: inventory.region, target: typeof account.roleArn === "string" ? account.roleArn : id };
        // Terraform addresses (aws_iam_role.x, module.m.aws_iam_role.x) against CloudFormation logical ids.
        const terraform = /(^|\.)aws_iam_role\./.test(id);
        if (retained) {
          return [
            templateFinding(check, {
              ...base,
              status: "pass",
              where: account.where,
              message: `${inventory.owner} sets the account's logging role to ${id}, which it retains on delete.`,
            }),
          ];
        }
        return [
          templateFinding(check, {
            ...base,
            status: "warn",
            where: account.where,
            message: `${inventory.owner} sets the region-wide API Gateway logging role to ${id}, which it also creates and would delete with the ${terraform ? "module on destroy" : "stack"}: every REST and WebSocket API of ${inventory.region} would then stop writing execution logs.`,
            evidence: [{ call: "template", field: `${where.resource}.DeletionPolicy`, value: "Delete (default)" }],
            fix: {
              summary: terraform
                ? "Move aws_api_gateway_account and its role to one long-lived root module (Terraform has no retain-on-destroy; lifecycle prevent_destroy refuses to destroy them), and set the account nowhere else."
                : "Keep the role when the stack goes (DeletionPolicy: Retain; CDK: cloudWatchRoleRemovalPolicy RETAIN, the default since 2.38.0), or own the account setting and its role in one long-lived stack and set cloudWatchRole: false elsewhere.",
              cloudformation: `${where.resource}:\n  Type: AWS::IAM::Role\n  DeletionPolicy: Retain\n  UpdateReplacePolicy: Retain`,
              terraform:
                "# Move aws_api_gateway_account and its aws_iam_role to a long-lived root module, with\nlifecycle {\n  prevent_destroy = true\n}",
            },
          }),
        ];
      }),
    ),
};
export default check;
