import type { ApiType } from "../diagnosis/types";
import { asArray, asRecord, asString, type CallIndex } from "./call-index";
import { toEpochMs } from "../capture/time";
import { collected, mapSource, notCollected, type Source } from "./source";
import { restAccessLog, restLogging, v2AccessLog, v2Logging } from "./stage-logging";
import type { Api, Authorizer, Stage } from "./types";

/** The API as findings name it: one object per API, shared by its stages and every finding about it. */
interface ApiHeader {
  id: string;
  type: ApiType;
  name: string;
}

/** REST APIs (GetRestApis, or GetRestApi for a one-API scan) and v2 APIs (GetApis / GetApi) of a region. */
export function readApis(
  calls: CallIndex,
  region: string,
): { apis: Api[]; listings: { rest: Source<unknown>; v2: Source<unknown> } } {
  const restList = apiList(
    calls,
    region,
    "apigateway",
    "GetRestApis",
    "GetRestApi",
    (output) => asArray(output.items ?? output.item),
    restHeader,
  );
  const v2List = apiList(
    calls,
    region,
    "apigatewayv2",
    "GetApis",
    "GetApi",
    (output) => asArray(output.Items),
    v2Header,
  );
  // A one-API scan (runbook link) looks the API up by id instead of listing the region: its listings are complete
  // for what was asked, not missing.
  const scoped =
    calls.calls("apigateway", region, "GetRestApi").length + calls.calls("apigatewayv2", region, "GetApi").length > 0;
  if (scoped) {
    if (restList.source.state === "not-collected") restList.source = collected("apigateway:GetRestApi", null);
    if (v2List.source.state === "not-collected") v2List.source = collected("apigatewayv2:GetApi", null);
  }

  const restStages = stagesById(calls, region, "apigateway", "restApiId", (output) =>
    asArray(output.item ?? output.items),
  );
  const v2Stages = stagesById(calls, region, "apigatewayv2", "ApiId", (output) => asArray(output.Items));

  const apis: Api[] = [];
  for (const header of restList.value) {
    const stages = restStages.get(header.id) ?? notCollected<unknown[]>("apigateway:GetStages");
    apis.push({
      region,
      ...header,
      ref: header,
      stages: mapSource(stages, (items) => items.map((raw) => restStage(region, header, asRecord(raw)))),
      authorizers: calls.listing(
        "apigateway",
        region,
        "GetAuthorizers",
        (output) => asArray(output.items ?? output.item).map((item) => authorizer(asRecord(item))),
        (input) => input.restApiId === header.id,
      ),
    });
  }
  for (const header of v2List.value) {
    const stages = v2Stages.get(header.id) ?? notCollected<unknown[]>("apigatewayv2:GetStages");
    apis.push({
      region,
      ...header,
      ref: header,
      stages: mapSource(stages, (items) => items.map((raw) => v2Stage(region, header, asRecord(raw)))),
    });
  }
  return { apis, listings: { rest: restList.source, v2: v2List.source } };
}

function apiList(
  calls: CallIndex,
  region: string,
  service: string,
  listOperation: string,
  getOperation: string,
  items: (output: Record<string, unknown>) => unknown[],
  header: (raw: Record<string, unknown>) => ApiHeader | null,
): { source: Source<unknown>; value: ApiHeader[] } {
  const listing = calls.listing(service, region, listOperation, items);
  const headers = new Map<string, ApiHeader>();
  if (listing.state === "collected") {
    for (const raw of listing.value) {
      const api = header(asRecord(raw));
      if (api) headers.set(api.id, api);
    }
  }
  // A one-API scan (runbook) asks for that API alone: each successful GetRestApi/GetApi is one known API.
  const singles = calls.calls(service, region, getOperation);
  for (const { call } of singles) {
    if (call.error) continue;
    const api = header(asRecord(call.output));
    if (api && !headers.has(api.id)) headers.set(api.id, api);
  }
  return { source: listing, value: [...headers.values()] };
}

function restHeader(raw: Record<string, unknown>): ApiHeader | null {
  const id = asString(raw.id);
  return id ? { id, type: "REST", name: asString(raw.name) ?? id } : null;
}

function v2Header(raw: Record<string, unknown>): ApiHeader | null {
  const id = asString(raw.ApiId);
  if (!id) return null;
  const protocol = asString(raw.ProtocolType)?.toUpperCase();
  return { id, type: protocol === "WEBSOCKET" ? "WEBSOCKET" : "HTTP", name: asString(raw.Name) ?? id };
}

function stagesById(
  calls: CallIndex,
  region: string,
  service: string,
  idKey: string,
  items: (output: Record<string, unknown>) => unknown[],
): Map<string, Source<unknown[]>> {
  const byId = new Map<string, Source<unknown[]>>();
  for (const { input, source } of calls.listingsByInput(service, region, "GetStages", items)) {
    const id = asString(input[idKey]);
    if (id) byId.set(id, source);
  }
  return byId;
}

function restStage(region: string, api: ApiHeader, raw: Record<string, unknown>): Stage {
  const { execution, overrides } = restLogging(raw);
  return {
    region,
    api,
    name: asString(raw.stageName) ?? "",
    call: "apigateway:GetStages",
    execution,
    overrides,
    accessLog: restAccessLog(raw),
    canarySettings: canaryOf(raw.canarySettings),
    createdDateMs: toEpochMs(raw.createdDate),
    webAclArn: asString(raw.webAclArn),
  };
}

function v2Stage(region: string, api: ApiHeader, raw: Record<string, unknown>): Stage {
  const { execution, overrides } = v2Logging(raw);
  return {
    region,
    api,
    name: asString(raw.StageName) ?? "",
    call: "apigatewayv2:GetStages",
    execution,
    overrides,
    accessLog: v2AccessLog(raw),
    canarySettings: null,
    createdDateMs: toEpochMs(raw.CreatedDate),
  };
}

function canaryOf(value: unknown): Record<string, unknown> | null {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function authorizer(raw: Record<string, unknown>): Authorizer {
  return {
    id: asString(raw.id),
    name: asString(raw.name) ?? asString(raw.id) ?? "(unnamed)",
    type: asString(raw.type),
    identitySource: asString(raw.identitySource),
    identityValidationExpression: asString(raw.identityValidationExpression),
  };
}
