import { asArray, asRecord, asString, type CallIndex } from "./call-index";
import type { Source } from "./source";
import type { Domain, DomainMapping, RoutingRule } from "./types";

/**
 * Custom domains are shared by REST, HTTP and WebSocket APIs: v1 lists them with base path mappings, v2 with API
 * mappings. A domain gets one mapping listing per version whose domain listing names it.
 */
export function readDomains(
  calls: CallIndex,
  region: string,
): { domains: Domain[]; listings: { rest: Source<unknown>; v2: Source<unknown> } } {
  const restNames = calls.listing("apigateway", region, "GetDomainNames", (output) =>
    asArray(output.items ?? output.item),
  );
  const v2Names = calls.listing("apigatewayv2", region, "GetDomainNames", (output) => asArray(output.Items));

  const domains = new Map<string, Domain>();
  const domainFor = (name: string) => {
    let domain = domains.get(name);
    if (!domain) domains.set(name, (domain = { region, name, mappings: [] }));
    return domain;
  };

  if (restNames.state === "collected") {
    for (const raw of restNames.value) {
      const name = asString(asRecord(raw).domainName);
      if (!name) continue;
      const source = calls.listing(
        "apigateway",
        region,
        "GetBasePathMappings",
        (output) => asArray(output.items ?? output.item).map((item) => restMapping(asRecord(item))),
        (input) => input.domainName === name,
      );
      const domain = domainFor(name);
      domain.mappings.push({ version: "rest", source });
      domain.routingMode ??= asString(asRecord(raw).routingMode);
    }
  }
  if (v2Names.state === "collected") {
    for (const raw of v2Names.value) {
      const name = asString(asRecord(raw).DomainName);
      if (!name) continue;
      const source = calls.listing(
        "apigatewayv2",
        region,
        "GetApiMappings",
        (output) => asArray(output.Items).map((item) => v2Mapping(asRecord(item))),
        (input) => input.DomainName === name,
      );
      const domain = domainFor(name);
      domain.mappings.push({ version: "v2", source });
      domain.routingMode ??= asString(asRecord(raw).RoutingMode);
    }
  }
  for (const domain of domains.values()) {
    domain.routingMode ??= null;
    domain.routingRules = calls.listing(
      "apigatewayv2",
      region,
      "ListRoutingRules",
      (output) => asArray(output.RoutingRules).map((item) => routingRule(asRecord(item))),
      (input) => input.DomainName === domain.name,
    );
  }
  return { domains: [...domains.values()], listings: { rest: restNames, v2: v2Names } };
}

function restMapping(raw: Record<string, unknown>): DomainMapping {
  return { apiId: asString(raw.restApiId), stage: asString(raw.stage), path: asString(raw.basePath) };
}

function v2Mapping(raw: Record<string, unknown>): DomainMapping {
  return { apiId: asString(raw.ApiId), stage: asString(raw.Stage), path: asString(raw.ApiMappingKey) };
}

function routingRule(raw: Record<string, unknown>): RoutingRule {
  const invoke = asArray(raw.Actions)
    .map((action) => asRecord(asRecord(action).InvokeApi))
    .find((target) => asString(target.ApiId));
  return {
    id: asString(raw.RoutingRuleId),
    priority: typeof raw.Priority === "number" ? raw.Priority : null,
    apiId: invoke ? asString(invoke.ApiId) : null,
    stage: invoke ? asString(invoke.Stage) : null,
  };
}
