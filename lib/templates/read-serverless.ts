import type { IntrinsicResolver } from "./intrinsics";
import type { InventoryApi } from "./inventory";
import type { CfnResource } from "./read-cloudformation";
import { firstUnknown, restStageRaw, v2StageRaw } from "./stage-shapes";
import type { Where } from "./types";

type Props = Record<string, unknown>;
const record = (value: unknown): Props => (value && typeof value === "object" && !Array.isArray(value) ? (value as Props) : {});

/**
 * SAM's `AWS::Serverless::Api` and `AWS::Serverless::HttpApi` with their `Globals`: the stage SAM creates carries the
 * API's StageName, MethodSettings, AccessLogSetting(s), DefaultRouteSettings and RouteSettings.
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-api.html
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-httpapi.html
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-template-anatomy-globals.html
 */
export function readServerless(
  template: Props,
  resources: Record<string, CfnResource>,
  resolver: IntrinsicResolver,
  where: (id: string, ...path: (string | number)[]) => Where,
): InventoryApi[] {
  const globals = record(template.Globals);
  const apis: InventoryApi[] = [];
  for (const [id, resource] of Object.entries(resources)) {
    const isRest = resource.Type === "AWS::Serverless::Api";
    if (!isRest && resource.Type !== "AWS::Serverless::HttpApi") continue;
    // Globals apply under the resource's own properties (a resource's value wins; SAM merges maps and lists, we keep it simple: per key).
    const merged = { ...record(resolver.resolve(globals[isRest ? "Api" : "HttpApi"] ?? {})), ...record(resolver.resolve(record(resource.Properties))) };
    const stageValue = merged.StageName ?? (isRest ? undefined : "$default");
    const name = typeof stageValue === "string" ? stageValue : "(unknown stage)";
    const raw = isRest ? restStageRaw(name, merged) : v2StageRaw(name, merged);
    apis.push({
      id,
      name: typeof merged.Name === "string" ? merged.Name : id,
      type: isRest ? "REST" : "HTTP",
      where: where(id),
      stages: [{ name, where: where(id), raw, unknown: firstUnknown(stageValue) ?? firstUnknown(raw) }],
    });
  }
  return apis;
}
