import { defineCheck, unknownOutcome } from "../engine/define-check";
import { setAccountRole } from "./fixes/account";
import { arnAccount, isIamRoleArn } from "../aws-names/role-arn";
import { regions } from "../engine/scopes";

const title = "The account setting's role ARN is a valid IAM role ARN of this account";

export default defineCheck({
  id: "account.role-arn-invalid",
  title,
  severity: "critical",
  reads: ["apigateway:GetAccount", "sts:GetCallerIdentity"],
  docs: "https://docs.aws.amazon.com/apigateway/latest/api/API_Account.html",
  section: "account",
  label: "The region's logging role ARN is invalid",
  verdict: { log: "region", effect: "missing" },
  scope: regions,
  inputs: (region) => [region.accountSettings],
  evaluate: (region, { model }) => {
    if (region.accountSettings.state !== "collected") return null;
    const arn = region.accountSettings.value.cloudwatchRoleArn;
    if (!arn) return null;
    const where = { target: arn };
    const evidence = [{ call: region.accountSettings.call, field: "cloudwatchRoleArn", value: arn }];
    if (!isIamRoleArn(arn, model.partition)) {
      return {
        ...where,
        status: "fail",
        message: `The account setting cloudwatchRoleArn in ${region.name} is ${JSON.stringify(arn)}, which is not an IAM role ARN of the ${model.partition} partition (arn:${model.partition}:iam::<12-digit account>:role/<name>), so API Gateway cannot assume it.`,
        evidence,
        fix: setAccountRole(
          region.name,
          model.partition,
          model.account,
          null,
          `Set cloudwatchRoleArn in ${region.name} to the ARN of an IAM role in this account.`,
        ),
      };
    }
    // Without the scanned account, "of this account" cannot be confirmed: never a pass on a missing input.
    if (model.callerIdentity.state !== "collected")
      return { ...where, ...unknownOutcome({ title }, model.callerIdentity) };
    const account = arnAccount(arn);
    if (model.account && account !== model.account) {
      return {
        ...where,
        status: "warn",
        message: `The account setting in ${region.name} names a role in account ${account}, not the scanned account ${model.account}: Log Doctor cannot inspect it, and API Gateway only uses it if that role trusts this account's API Gateway.`,
        evidence: [...evidence, { call: "sts:GetCallerIdentity", field: "Account", value: model.account }],
        fix: setAccountRole(
          region.name,
          model.partition,
          model.account,
          null,
          `Use a logging role in account ${model.account}.`,
        ),
      };
    }
    return { ...where, status: "pass", message: `${arn} is a valid IAM role ARN of this account.`, evidence };
  },
});
