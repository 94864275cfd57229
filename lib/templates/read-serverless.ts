import type { IntrinsicResolver } from "./intrinsics";
import type { InventoryApi } from "./inventory";
import { firstUnknown, restStageRaw, v2StageRaw } from "./stage-shapes";
import type { CfnResource, Where } from "./types";

type Props = Record<string, unknown>;
const record = (value: unknown): Props =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Props) : {};

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
  const globalsOf = (isRest: boolean) => record(resolver.resolve(globals[isRest ? "Api" : "HttpApi"] ?? {}));
  const apis: InventoryApi[] = [];
  for (const [id, resource] of Object.entries(resources)) {
    const isRest = resource.Type === "AWS::Serverless::Api";
    if (!isRest && resource.Type !== "AWS::Serverless::HttpApi") continue;
    // Globals apply under the resource's own properties (SAM merges deeper; a resource's key wins here).
    apis.push(
      samApi(id, isRest, { ...globalsOf(isRest), ...record(resolver.resolve(record(resource.Properties))) }, where(id)),
    );
  }
  // Functions with Api/HttpApi events and no RestApiId/ApiId get SAM's implicit API: ServerlessRestApi (stage Prod)
  // or ServerlessHttpApi ($default), configured by Globals only.
  // https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-api.html
  for (const [eventType, idKey, implicitId, stageName] of [
    ["Api", "RestApiId", "ServerlessRestApi", "Prod"],
    ["HttpApi", "ApiId", "ServerlessHttpApi", "$default"],
  ] as const) {
    if (resources[implicitId]) continue;
    const user = Object.entries(resources).find(
      ([, r]) =>
        r.Type === "AWS::Serverless::Function" &&
        Object.values(record(record(r.Properties).Events)).some(
          (e) => record(e).Type === eventType && record(record(e).Properties)[idKey] === undefined,
        ),
    );
    if (user)
      apis.push(
        samApi(
          implicitId,
          eventType === "Api",
          { StageName: stageName, ...globalsOf(eventType === "Api") },
          where(user[0], "Properties", "Events"),
        ),
      );
  }
  return apis;
}

function samApi(id: string, isRest: boolean, merged: Props, at: Where): InventoryApi {
  const stageValue = merged.StageName ?? (isRest ? undefined : "$default");
  const name = typeof stageValue === "string" ? stageValue : "(unknown stage)";
  const raw = isRest ? restStageRaw(name, merged) : v2StageRaw(name, merged);
  return {
    id,
    name: typeof merged.Name === "string" ? merged.Name : id,
    type: isRest ? "REST" : "HTTP",
    where: at,
    stages: [{ name, where: at, raw, unknown: firstUnknown(stageValue) ?? firstUnknown(raw) }],
  };
}
