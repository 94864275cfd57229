import { allowedCommands, type AllowedCommand } from "./allowlist";

export interface PolicyStatement {
  Sid: string;
  Effect: "Allow";
  Action: string[];
  Resource: string[];
}

export interface PolicyDocument {
  Version: "2012-10-17";
  Statement: PolicyStatement[];
}

/**
 * The identity policy the collector needs, derived from the allowlist so the two cannot drift apart: actions that
 * touch the same resources share a statement, and patterns already covered by a wider one are left out.
 */
export function leastPrivilegePolicy(
  partition = "aws",
  commands: readonly AllowedCommand[] = allowedCommands,
): PolicyDocument {
  const resourcesByAction = new Map<string, Set<string>>();
  for (const command of commands) {
    const resources = resourcesByAction.get(command.iamAction) ?? new Set<string>();
    for (const pattern of command.resources) resources.add(pattern.replaceAll("{partition}", partition));
    resourcesByAction.set(command.iamAction, resources);
  }

  const actionsByResources = new Map<string, string[]>();
  for (const [action, resources] of resourcesByAction) {
    const key = JSON.stringify(withoutCovered([...resources]).sort());
    actionsByResources.set(key, [...(actionsByResources.get(key) ?? []), action]);
  }

  const statements = [...actionsByResources].map(([key, actions]) => {
    const resources = JSON.parse(key) as string[];
    return {
      Sid: statementId(actions, resources),
      Effect: "Allow" as const,
      Action: actions.sort(),
      Resource: resources,
    };
  });
  return { Version: "2012-10-17", Statement: statements.sort((a, b) => a.Sid.localeCompare(b.Sid)) };
}

function statementId(actions: string[], resources: string[]): string {
  if (resources.includes("*")) return "ReadLogsTrailsRegionsAndIdentity";
  if (resources.some((r) => r.includes(":log-group:"))) return "ReadLogContent";
  if (resources.some((r) => r.includes(":role/"))) return "ReadLoggingRole";
  if (resources.some((r) => r.includes(":policy/"))) return "ReadLoggingRolePolicies";
  if (actions.every((a) => a === "apigateway:GET")) return "ReadApiGatewayConfiguration";
  // Statement ids must be unique in a policy: routing rules have their own action and resource.
  if (actions.every((a) => a === "apigateway:ListRoutingRules")) return "ListCustomDomainRoutingRules";
  return "ReadConfiguration";
}

/** Drops patterns that another pattern of the list already matches (IAM's `*` also spans `/`). */
function withoutCovered(resources: string[]): string[] {
  return resources.filter((resource) => !resources.some((other) => other !== resource && globMatches(other, resource)));
}

function globMatches(pattern: string, text: string): boolean {
  return new RegExp(`^${pattern.split("*").map(escapeRegExp).join(".*")}$`).test(text);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
}
