import { defineCheck } from "../engine/define-check";
import { setAccountRole } from "./fixes/account";
import { roles } from "../engine/scopes";

export default defineCheck({
  id: "role.not-found",
  title: "The logging role exists",
  severity: "critical",
  reads: ["iam:GetRole"],
  docs: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html#set-up-access-logging-permissions",
  section: "role",
  label: "The logging role was deleted",
  verdict: { log: "region", effect: "missing", unreadable: true },
  scope: roles,
  inputs: ({ role }) => [role.role],
  evaluate: ({ region, role }, { model }) => {
    if (role.role.state !== "collected") return null;
    if (role.role.value === null) {
      return {
        status: "fail",
        message: `The account setting in ${region.name} names the role ${role.arn}, but IAM has no role named ${role.name} (GetRole: NoSuchEntity) — it was deleted, for example with the stack that created it — so API Gateway cannot write logs.`,
        evidence: [{ call: "iam:GetRole", field: "error.name", value: "NoSuchEntityException" }],
        fix: setAccountRole(
          region.name,
          model.partition,
          model.account,
          null,
          `Recreate a logging role and point cloudwatchRoleArn in ${region.name} at it (keep it outside short-lived stacks).`,
        ),
      };
    }
    return {
      status: "pass",
      message: `The role ${role.role.value.arn} exists.`,
      evidence: [{ call: "iam:GetRole", field: "Role.Arn", value: role.role.value.arn }],
    };
  },
});
