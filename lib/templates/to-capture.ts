import type { Capture, CaptureCall } from "../capture/schema";
import type { Inventory, InventoryAccount, InventoryRole } from "./inventory";
import { firstUnknown } from "./stage-shapes";
import { isUnknown, placeholderAccount } from "./types";

/**
 * Why a synthetic Capture and not a second model reader: the capture is the documented seam (docs/spec/capture.md)
 * that every reader of the model already honours — pages joined, REST and v2 stages normalised, policies decoded,
 * "absent call = not collected = unknown". Writing the calls a template implies keeps one engine: the same
 * readModel, the same checks, and any change to the model reaches templates without touching this code.
 *
 * Only what the input declares is recorded. An account setting no stack sets, a role or log group made elsewhere,
 * resource policies, STS, CloudTrail: no call, so the checks that need them say `unknown`. A value that only a deploy
 * knows makes its call an error (`TemplateValueUnknown`), which the checks also report as `unknown`.
 */
export const capturedAt = "1970-01-01T00:00:00Z";
export const unknownErrorName = "TemplateValueUnknown";

export function toCapture(inventories: readonly Inventory[]): Capture {
  const regions = [...new Set(inventories.map((i) => i.region))];
  const calls: CaptureCall[] = [];
  const call = (
    service: string,
    region: string | undefined,
    operation: string,
    input: Record<string, unknown>,
    result: { output: unknown } | { error: { name: string; message: string } },
  ) => calls.push({ service, ...(region ? { region } : {}), operation, input, ...result } as CaptureCall);

  for (const region of regions) {
    const here = inventories.filter((i) => i.region === region);
    const apis = here.flatMap((i) => i.apis);
    call(
      "apigateway",
      region,
      "GetRestApis",
      {},
      { output: { items: apis.filter((a) => a.type === "REST").map((a) => ({ id: a.id, name: a.name })) } },
    );
    call(
      "apigatewayv2",
      region,
      "GetApis",
      {},
      {
        output: {
          Items: apis
            .filter((a) => a.type !== "REST")
            .map((a) => ({ ApiId: a.id, Name: a.name, ProtocolType: a.type === "HTTP" ? "HTTP" : "WEBSOCKET" })),
        },
      },
    );
    for (const api of apis) {
      const rest = api.type === "REST";
      const input = rest ? { restApiId: api.id } : { ApiId: api.id };
      const unknown = api.stages.find((s) => s.unknown);
      if (unknown?.unknown) {
        call(rest ? "apigateway" : "apigatewayv2", region, "GetStages", input, {
          error: { name: unknownErrorName, message: `stage ${unknown.name} of ${api.id}: ${unknown.unknown.reason}` },
        });
      } else {
        const items = api.stages.map((s) => storedAsAwsDoes(s.raw));
        call(rest ? "apigateway" : "apigatewayv2", region, "GetStages", input, {
          output: rest ? { item: items } : { Items: items },
        });
      }
    }
    const account = accountCall(here.flatMap((i) => i.accounts));
    if (account) call("apigateway", region, "GetAccount", {}, account);
    const policies = here.flatMap((i) => i.logResourcePolicies);
    // Only when the input declares some, and only the account-scoped listing: the check then finds a grant the input
    // makes, while no grant stays unknown, because the group's own policy is never recorded as read (others may exist).
    if (policies.length > 0) {
      const unknownPolicy = policies.find((p) => isUnknown(p.document));
      call(
        "cloudwatch-logs",
        region,
        "DescribeResourcePolicies",
        {},
        unknownPolicy && isUnknown(unknownPolicy.document)
          ? {
              error: {
                name: unknownErrorName,
                message: `resource policy ${unknownPolicy.name}: ${unknownPolicy.document.reason}`,
              },
            }
          : { output: { resourcePolicies: policies.map((p) => ({ policyName: p.name, policyDocument: p.document })) } },
      );
    }
    for (const group of here.flatMap((i) => i.logGroups)) {
      // A listing by the group's own name: it answers for that group (and, by the prefix rule, names that extend it).
      call(
        "cloudwatch-logs",
        region,
        "DescribeLogGroups",
        { logGroupNamePrefix: group.name },
        {
          output: {
            logGroups: [
              {
                logGroupName: group.name,
                arn: `arn:aws:logs:${region}:${placeholderAccount}:log-group:${group.name}:*`,
              },
            ],
          },
        },
      );
    }
  }
  const seen = new Set<string>();
  for (const role of inventories.flatMap((i) => i.roles)) {
    if (seen.has(role.arn)) continue;
    seen.add(role.arn);
    roleCalls(role, (operation, input, result) => call("iam", undefined, operation, input, result));
  }
  return { kind: "log-doctor/capture", version: 1, capturedAt, partition: "aws", regions, calls };
}

/** The region's account setting: set by exactly one value, ambiguous, unknown, or (no stack sets it) not collected. */
function accountCall(
  accounts: InventoryAccount[],
): { output: unknown } | { error: { name: string; message: string } } | null {
  if (accounts.length === 0) return null;
  const unknown = accounts.find((a) => isUnknown(a.roleArn));
  if (unknown && isUnknown(unknown.roleArn))
    return { error: { name: unknownErrorName, message: `CloudWatchRoleArn: ${unknown.roleArn.reason}` } };
  const values = [...new Set(accounts.map((a) => a.roleArn as string | null))];
  if (values.length > 1) {
    return {
      error: {
        name: "TemplateAmbiguous",
        message: `${accounts.length} resources set the region's logging role to different roles; the last deploy wins`,
      },
    };
  }
  return { output: values[0] ? { cloudwatchRoleArn: values[0] } : {} };
}

type Result = { output: unknown } | { error: { name: string; message: string } };

function roleCalls(
  role: InventoryRole,
  call: (operation: string, input: Record<string, unknown>, result: Result) => void,
) {
  const RoleName = role.name;
  const boundary = role.boundaryArn
    ? { PermissionsBoundary: { PermissionsBoundaryArn: role.boundaryArn, PermissionsBoundaryType: "Policy" } }
    : {};
  call(
    "GetRole",
    { RoleName },
    { output: { Role: { Arn: role.arn, RoleName, AssumeRolePolicyDocument: role.trust, ...boundary } } },
  );
  call("ListRolePolicies", { RoleName }, { output: { PolicyNames: role.inline.map((p) => p.name) } });
  for (const policy of role.inline) {
    const unknown = firstUnknown(policy.document);
    call(
      "GetRolePolicy",
      { RoleName, PolicyName: policy.name },
      unknown
        ? { error: { name: unknownErrorName, message: `policy ${policy.name}: ${unknown.reason}` } }
        : { output: { RoleName, PolicyName: policy.name, PolicyDocument: policy.document } },
    );
  }
  call(
    "ListAttachedRolePolicies",
    { RoleName },
    {
      output: {
        AttachedPolicies: role.attached.map((p) => ({
          PolicyArn: p.arn,
          PolicyName: p.arn.slice(p.arn.lastIndexOf("/") + 1),
        })),
      },
    },
  );
  // Only documents the input or AWS's published reference gives: others stay uncollected, so permissions are unknown.
  for (const policy of role.attached) {
    if (policy.document === null || firstUnknown(policy.document)) continue;
    call("GetPolicy", { PolicyArn: policy.arn }, { output: { Policy: { Arn: policy.arn, DefaultVersionId: "v1" } } });
    call(
      "GetPolicyVersion",
      { PolicyArn: policy.arn, VersionId: "v1" },
      { output: { PolicyVersion: { Document: policy.document, VersionId: "v1", IsDefaultVersion: true } } },
    );
  }
}

/**
 * API Gateway stores a log-group destination without the trailing `:*` that CloudFormation's `LogGroup.Arn` returns,
 * so GetStages would show it without (https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html).
 */
function storedAsAwsDoes(raw: Record<string, unknown>): Record<string, unknown> {
  const out = { ...raw };
  for (const [key, member] of [
    ["accessLogSettings", "destinationArn"],
    ["AccessLogSettings", "DestinationArn"],
  ] as const) {
    const settings = out[key] as Record<string, unknown> | undefined;
    const arn = settings?.[member];
    if (typeof arn === "string" && arn.startsWith("arn:") && arn.includes(":log-group:"))
      out[key] = { ...settings, [member]: arn.replace(/:\*$/, "") };
  }
  return out;
}
