import { itemsOf, pageTokens } from "./paginate";
import { probeSts, readAccountSetting } from "./region-account";
import { collectLogRouting, RegionLogs } from "./region-logs";
import { collectTrails, lookupApiGatewayEvents, lookupLogsEvents } from "./region-trails";
import { readAuthorizers } from "./api-authorizers";
import { regionalCall, run, runPages, type ScanContext } from "./scan-context";
import {
  executionLogGroupPrefix,
  restStagesOf,
  simulationResourceArns,
  v2StagesOf,
  type StageRef,
} from "./stage-log-targets";

/**
 * Everything a full diagnosis reads in one region (capture.md, "Which calls a full diagnosis needs"): exactly one
 * `GetStages` per API and no per-resource fan-out, because API Gateway's control plane allows only 10 requests a
 * second per account and region.
 */
export async function scanRegion(ctx: ScanContext, region: string): Promise<void> {
  probeSts(ctx, region);
  const roleArn = ctx.tasks.add(readAccountSetting(ctx, region));
  const logs = new RegionLogs(ctx, region, executionLogGroupPrefix);
  const stages = ctx.tasks.add(
    Promise.all([restStages(ctx, region, logs), v2Stages(ctx, region, logs)]).then((both) => both.flat()),
  );
  collectDomains(ctx, region);
  collectLogRouting(ctx, region, logs);
  collectTrails(ctx, region);
  lookupApiGatewayEvents(ctx, region);
  lookupLogsEvents(ctx, region);

  const role = await roleArn;
  if (role !== undefined) {
    const regionStages = await stages;
    ctx.roles.simulate(role, region, (identity) =>
      simulationResourceArns(regionStages, { partition: identity.partition, region, account: identity.account ?? "*" }),
    );
  }
  await stages;
}

async function restStages(ctx: ScanContext, region: string, logs: RegionLogs): Promise<StageRef[]> {
  const listing = await runPages(
    ctx,
    regionalCall(ctx, region, "apigateway", "GetRestApis", { limit: 500 }, [2]),
    pageTokens.apigateway,
  );
  const apis = itemsOf(listing, "items").filter((api) => typeof api.id === "string");
  const perApi = apis.map(async (api, index) => {
    const restApiId = api.id as string;
    const outcome = await run(ctx, regionalCall(ctx, region, "apigateway", "GetStages", { restApiId }, [3, index]));
    if (ctx.authorizers) readAuthorizers(ctx, region, restApiId);
    const stages = outcome.output ? restStagesOf(restApiId, outcome.output) : [];
    stages.forEach((stage) => logs.stage(stage));
    return stages;
  });
  return (await Promise.all(perApi)).flat();
}

async function v2Stages(ctx: ScanContext, region: string, logs: RegionLogs): Promise<StageRef[]> {
  const listing = await runPages(
    ctx,
    regionalCall(ctx, region, "apigatewayv2", "GetApis", {}, [6]),
    pageTokens.apigatewayv2,
  );
  const apis = itemsOf(listing, "Items").filter((api) => typeof api.ApiId === "string");
  const perApi = apis.map(async (api, index) => {
    const ApiId = api.ApiId as string;
    const spec = regionalCall(ctx, region, "apigatewayv2", "GetStages", { ApiId }, [7, index]);
    const pages = await runPages(ctx, spec, pageTokens.apigatewayv2);
    const stages = v2StagesOf(ApiId, api.ProtocolType, itemsOf(pages, "Items"));
    stages.forEach((stage) => logs.stage(stage));
    return stages;
  });
  return (await Promise.all(perApi)).flat();
}

/** Custom domains and their mappings, in both APIs (a domain can map REST, HTTP and WebSocket APIs). */
function collectDomains(ctx: ScanContext, region: string): void {
  const routingRules = routingRulesOnce(ctx, region);
  void ctx.tasks.spawn(async () => {
    const spec = regionalCall(ctx, region, "apigateway", "GetDomainNames", { limit: 500 }, [4]);
    const domains = itemsOf(await runPages(ctx, spec, pageTokens.apigateway), "items");
    domains.forEach((domain, index) => {
      if (typeof domain.domainName !== "string") return;
      const input = { domainName: domain.domainName, limit: 500 };
      void runPages(
        ctx,
        regionalCall(ctx, region, "apigateway", "GetBasePathMappings", input, [5, index]),
        pageTokens.apigateway,
      );
      routingRules(domain.domainName, domain.routingMode);
    });
  });
  void ctx.tasks.spawn(async () => {
    const spec = regionalCall(ctx, region, "apigatewayv2", "GetDomainNames", {}, [8]);
    const domains = itemsOf(await runPages(ctx, spec, pageTokens.apigatewayv2), "Items");
    domains.forEach((domain, index) => {
      if (typeof domain.DomainName !== "string") return;
      const input = { DomainName: domain.DomainName };
      void runPages(
        ctx,
        regionalCall(ctx, region, "apigatewayv2", "GetApiMappings", input, [9, index]),
        pageTokens.apigatewayv2,
      );
      routingRules(domain.DomainName, domain.RoutingMode);
    });
  });
}

/**
 * A domain that routes by rules before mappings (`ROUTING_RULE_THEN_API_MAPPING`, v1 `…_THEN_BASE_PATH_MAPPING`) is
 * reachable through its rules even with no mapping, so its rules are listed; once per domain, though both APIs list it.
 * `ROUTING_RULE_ONLY` domains need no listing: they have no mappings by design.
 */
function routingRulesOnce(ctx: ScanContext, region: string): (domainName: string, routingMode: unknown) => void {
  const asked = new Set<string>();
  return (domainName, routingMode) => {
    if (typeof routingMode !== "string" || !routingMode.startsWith("ROUTING_RULE_THEN_") || asked.has(domainName))
      return;
    asked.add(domainName);
    const spec = regionalCall(ctx, region, "apigatewayv2", "ListRoutingRules", { DomainName: domainName }, [
      9,
      "routing-rules",
      domainName,
    ]);
    void runPages(ctx, spec, pageTokens.apigatewayv2);
  };
}
