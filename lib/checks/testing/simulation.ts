import { logsActionResource } from "../../iam-policy";
import type { RoleOptions } from "../../../testing/capture-builder";
import { permissionActions } from "../facts/role-resources";

type Row = NonNullable<RoleOptions["simulation"]>[number];

/**
 * SimulatePrincipalPolicy results for every action of checks.md **Permissions** on the resource strings of the
 * given groups of us-east-1 (stream name `x`, as the collector asks), each decided by `decide` (default: allowed).
 */
export function simulateAll(
  groups: string[],
  decide: (action: string, resource: string) => Partial<Row> = () => ({}),
  region = "us-east-1",
): Row[] {
  const rows: Row[] = [];
  for (const action of permissionActions) {
    const resources = new Set(
      groups.map((group) =>
        logsActionResource(action, { partition: "aws", region, account: "123456789012", group, stream: "x" }),
      ),
    );
    for (const resource of resources) rows.push({ action, resource, decision: "allowed", ...decide(action, resource) });
  }
  return rows;
}
