import { parseRoleArn } from "../aws-names/role-arn";
import { loggingRoleActions } from "../iam-policy/published-policies";
import type { CallSpec } from "./call-runner";
import type { CallOrder } from "./capture-recorder";
import { itemsOf, pageTokens } from "./paginate";
import { lookupRoleEvents } from "./region-trails";
import {
  iamEventsRegion,
  run,
  runPages,
  type CallerIdentity,
  type RoleRegistry,
  type ScanContext,
} from "./scan-context";

/** The actions of checks.md **Permissions** (one list, shared with the checks that read the simulation). */
export const simulatedActions: string[] = [...loggingRoleActions];

/**
 * Reads each logging role once, whichever regions name it: the role (trust policy, boundary), its attached and
 * inline policies with their default versions, and the boundary policy. Roles of another account, or values
 * that are not role ARNs, are left to the checks: reading them by name would read a different role.
 */
export class RoleCollector implements RoleRegistry {
  private readonly roles = new Map<string, Promise<boolean>>();
  private readonly policies = new Set<string>();
  private readonly lookedUpNames = new Set<string>();

  constructor(private readonly ctx: ScanContext) {}

  use(roleArn: string): void {
    if (this.roles.has(roleArn)) return;
    this.roles.set(
      roleArn,
      this.ctx.tasks.spawn(() => this.read(roleArn)),
    );
  }

  simulate(roleArn: string, region: string, resourceArns: (identity: CallerIdentity) => string[]): void {
    const ctx = this.ctx;
    void ctx.tasks.spawn(async () => {
      const readable = await (this.roles.get(roleArn) ?? Promise.resolve(false));
      if (!readable) return;
      const input = {
        PolicySourceArn: roleArn,
        ActionNames: simulatedActions,
        ResourceArns: resourceArns(await ctx.identity),
        MaxItems: 1000,
      };
      await runPages(ctx, this.iamCall("SimulatePrincipalPolicy", input, [roleArn, 6, region]), pageTokens.iam);
    });
  }

  /** Resolves to whether the role exists and is ours, i.e. whether simulating it makes sense. */
  private async read(roleArn: string): Promise<boolean> {
    const ctx = this.ctx;
    const role = parseRoleArn(roleArn);
    const identity = await ctx.identity;
    if (!role || role.partition !== identity.partition) return false;
    if (identity.account !== undefined && role.account !== identity.account) return false;

    if (!this.lookedUpNames.has(role.name)) {
      this.lookedUpNames.add(role.name);
      lookupRoleEvents(ctx, iamEventsRegion(identity.partition), role.name);
    }

    const RoleName = role.name;
    const got = await run(ctx, this.iamCall("GetRole", { RoleName }, [roleArn, 0]));
    if (got.error?.name === "NoSuchEntityException") return false;
    const boundary = (got.output?.Role as { PermissionsBoundary?: { PermissionsBoundaryArn?: unknown } } | undefined)
      ?.PermissionsBoundary?.PermissionsBoundaryArn;
    if (typeof boundary === "string") this.readPolicy(boundary);

    const attached = runPages(
      ctx,
      this.iamCall("ListAttachedRolePolicies", { RoleName }, [roleArn, 1]),
      pageTokens.iam,
    );
    const inline = runPages(ctx, this.iamCall("ListRolePolicies", { RoleName }, [roleArn, 2]), pageTokens.iam);
    for (const policy of itemsOf(await attached, "AttachedPolicies")) {
      if (typeof policy.PolicyArn === "string") this.readPolicy(policy.PolicyArn);
    }
    for (const output of (await inline).outputs) {
      const names = Array.isArray(output.PolicyNames) ? output.PolicyNames : [];
      for (const PolicyName of names.filter((n): n is string => typeof n === "string")) {
        void run(ctx, this.iamCall("GetRolePolicy", { RoleName, PolicyName }, [roleArn, 3, PolicyName]));
      }
    }
    return got.output !== undefined;
  }

  /** A managed policy and its default version, once per policy however many roles attach it. */
  private readPolicy(PolicyArn: string): void {
    if (this.policies.has(PolicyArn)) return;
    this.policies.add(PolicyArn);
    const ctx = this.ctx;
    void ctx.tasks.spawn(async () => {
      const got = await run(ctx, this.iamCall("GetPolicy", { PolicyArn }, ["~policy", PolicyArn, 0]));
      const VersionId = (got.output?.Policy as { DefaultVersionId?: unknown } | undefined)?.DefaultVersionId;
      if (typeof VersionId !== "string") return;
      await run(ctx, this.iamCall("GetPolicyVersion", { PolicyArn, VersionId }, ["~policy", PolicyArn, 1]));
    });
  }

  private iamCall(operation: string, input: Record<string, unknown>, order: CallOrder): CallSpec {
    const ctx = this.ctx;
    return { service: "iam", clientRegion: ctx.homeRegion, operation, input, order: [9999, ...order] };
  }
}
