import accountRoleDeletedWithStack from "./template-account-role-deleted-with-stack";
import accountSetBySeveral from "./template-account-set-by-several";
import stageRecreatedDropsSettings from "./template-stage-recreated-drops-settings";
import type { TemplateCheck } from "./template-check";

/** Template-only checks, run after the shared checks on template input only (docs/spec/template-checks.md). */
export const templateChecks = [
  accountRoleDeletedWithStack,
  accountSetBySeveral,
  stageRecreatedDropsSettings,
] as const satisfies readonly TemplateCheck[];
