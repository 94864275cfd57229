import { defineCheck } from "../engine/define-check";
import { setAccountRole } from "./fixes/account";
import { regions } from "../engine/scopes";
import { allRoleUsersKnown, roleUsers } from "./facts/stage-facts";

export default defineCheck({
  id: "account.role-unset",
  title: "The region's account setting names a CloudWatch logging role",
  severity: "critical",
  reads: ["apigateway:GetAccount", "apigateway:GetStages", "apigatewayv2:GetStages", "iam:GetRole"],
  docs: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html#set-up-access-logging-permissions",
  section: "account",
  label: "No CloudWatch logging role set for the region",
  verdict: { log: "region", effect: "missing", unreadable: true },
  scope: regions,
  inputs: (region) => [region.accountSettings],
  evaluate: (region, { model }) => {
    if (region.accountSettings.state !== "collected") return null;
    const arn = region.accountSettings.value.cloudwatchRoleArn;
    const evidence = [{ call: region.accountSettings.call, field: "cloudwatchRoleArn", value: arn }];
    if (arn)
      return { status: "pass", message: `The account setting in ${region.name} names the role ${arn}.`, evidence };

    const users = roleUsers(region);
    // IAM roles are global: a role another region already logs with is reused, not created a second time (create-role
    // of a name that exists stops a pasted script with EntityAlreadyExists).
    const existing = [...model.roles.values()].find(
      (role) => role.role.state === "collected" && role.role.value !== null,
    );
    const fix = existing
      ? setAccountRole(
          region.name,
          model.partition,
          model.account,
          existing.arn,
          `Set cloudwatchRoleArn in ${region.name} to ${existing.name}, the logging role other regions of this account already use.`,
        )
      : setAccountRole(
          region.name,
          model.partition,
          model.account,
          null,
          `Set cloudwatchRoleArn in ${region.name} to a role API Gateway can assume.`,
        );
    if (users.length > 0) {
      const named = users
        .slice(0, 5)
        .map((s) => `${s.api.name}/${s.name}`)
        .join(", ");
      return {
        status: "fail",
        message: `The account setting cloudwatchRoleArn is not set in ${region.name} (it is per region), so API Gateway writes no execution or CloudWatch access logs for ${users.length} stage${users.length === 1 ? "" : "s"} there (${named}${users.length > 5 ? ", …" : ""}).`,
        evidence,
        fix,
      };
    }
    const unsure = allRoleUsersKnown(region)
      ? ""
      : " (some APIs or stages could not be read, so one of them may need it)";
    return {
      status: "info",
      message: `The account setting cloudwatchRoleArn is not set in ${region.name}; no REST or WebSocket stage there logs to CloudWatch yet${unsure}, but one that does will need it.`,
      evidence,
      fix,
    };
  },
});
