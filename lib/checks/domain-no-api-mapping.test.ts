import { it } from "vitest";
import { accessDenied, capture } from "../../testing/capture-builder";
import check from "./domain-no-api-mapping";
import { type Case, describeCheck, expectFindings, findingsOf } from "./testing/findings";

const domain = "api.example.com";
const onDomain = { target: domain };
const restMapping = { basePath: "(none)", restApiId: "a1", stage: "prod" };
const v2Mapping = { ApiId: "h1", ApiMappingId: "m1", ApiMappingKey: "", Stage: "$default" };
const routingRule = {
  RoutingRuleId: "r1",
  Priority: 100,
  Actions: [{ InvokeApi: { ApiId: "a1", Stage: "prod" } }],
  Conditions: [{ MatchBasePaths: { AnyOf: ["orders"] } }],
};

export const cases: Case[] = [
  {
    name: "a v1 base path mapping → pass",
    capture: () => capture().domain("us-east-1", domain, { rest: [restMapping] }),
    expected: [
      {
        ...onDomain,
        status: "pass",
        says: ["1 API mapping"],
        evidence: [{ call: "apigateway:GetBasePathMappings", value: 1 }],
      },
    ],
  },
  {
    name: "v1 listing empty, v2 listing has a mapping → pass (one listing non-empty is enough)",
    capture: () =>
      capture().domain("us-east-1", domain, { rest: [], v2: [v2Mapping, { ...v2Mapping, ApiMappingKey: "v2" }] }),
    expected: [{ ...onDomain, status: "pass", says: ["2 API mappings"] }],
  },
  {
    name: "v1 and v2 listings both empty → warn: its 4xx are never logged",
    capture: () => capture().domain("us-east-1", domain, { rest: [], v2: [] }),
    expected: [
      {
        ...onDomain,
        status: "warn",
        says: [`${domain} in us-east-1 has no API mapping`, "never logs"],
        evidence: [
          { call: "apigateway:GetBasePathMappings", value: 0 },
          { call: "apigatewayv2:GetApiMappings", value: 0 },
        ],
        cli: [`aws apigatewayv2 create-api-mapping --region us-east-1 --domain-name ${domain} --api-id`],
      },
    ],
  },
  {
    name: "a domain only v2 lists, with no mapping → warn",
    capture: () => capture().domain("us-east-1", domain, { v2: [] }),
    expected: [{ ...onDomain, status: "warn" }],
  },
  {
    name: "v1 listing errored, v2 empty → unknown (the errored one may hold mappings)",
    capture: () => capture().domain("us-east-1", domain, { rest: accessDenied("apigateway:GET"), v2: [] }),
    expected: [
      {
        ...onDomain,
        status: "unknown",
        says: ["apigateway:GetBasePathMappings failed with AccessDeniedException"],
        evidence: [{ call: "apigateway:GetBasePathMappings", value: "error" }],
      },
    ],
  },
  {
    name: "v1 listing errored, v2 has a mapping → pass",
    capture: () => capture().domain("us-east-1", domain, { rest: accessDenied("apigateway:GET"), v2: [v2Mapping] }),
    expected: [{ ...onDomain, status: "pass" }],
  },
  {
    name: "the domain is listed but its mappings were not collected → unknown",
    capture: () => capture().domain("us-east-1", domain, { rest: [] }).without("apigateway", "GetBasePathMappings"),
    expected: [
      {
        ...onDomain,
        status: "unknown",
        says: ["no mapping listing was collected"],
        evidence: [{ call: "apigateway:GetBasePathMappings", value: "not-collected" }],
      },
    ],
  },
  {
    name: "GetDomainNames denied → unknown for the region (its domains could not be listed)",
    capture: () =>
      capture().call({
        service: "apigateway",
        region: "us-east-1",
        operation: "GetDomainNames",
        input: {},
        error: accessDenied("apigateway:GET"),
      }),
    expected: [
      {
        status: "unknown",
        says: ["apigateway:GetDomainNames failed with AccessDeniedException"],
        evidence: [{ call: "apigateway:GetDomainNames", field: "error" }],
      },
    ],
  },
  {
    name: "v1 and v2 GetDomainNames both denied → still one unknown for the region",
    capture: () =>
      capture()
        .call({
          service: "apigateway",
          region: "us-east-1",
          operation: "GetDomainNames",
          input: {},
          error: accessDenied("apigateway:GET"),
        })
        .call({
          service: "apigatewayv2",
          region: "us-east-1",
          operation: "GetDomainNames",
          input: {},
          error: accessDenied("apigateway:GET"),
        }),
    expected: [{ status: "unknown", evidence: [{ call: "apigateway:GetDomainNames" }] }],
  },
  {
    name: "one finding per domain and region",
    capture: () =>
      capture()
        .region("eu-west-1")
        .domain("us-east-1", domain, { rest: [restMapping] })
        .domain("us-east-1", "old.example.com", { rest: [] })
        .domain("eu-west-1", "eu.example.com", { v2: [] }),
    expected: [
      { ...onDomain, status: "pass" },
      { target: "old.example.com", status: "warn" },
      {
        target: "eu.example.com",
        region: "eu-west-1",
        status: "warn",
        cli: ["--region eu-west-1 --domain-name eu.example.com"],
      },
    ],
  },
  {
    name: "routing mode ROUTING_RULE_ONLY with no mapping → no finding (rules route it; mappings cannot be used)",
    capture: () => capture().domain("us-east-1", domain, { v2: [], rest: [], routingMode: "ROUTING_RULE_ONLY" }),
    expected: [],
  },
  {
    name: "ROUTING_RULE_THEN_API_MAPPING, no mapping, one routing rule → pass",
    capture: () =>
      capture().domain("us-east-1", domain, {
        v2: [],
        routingMode: "ROUTING_RULE_THEN_API_MAPPING",
        routingRules: [routingRule],
      }),
    expected: [
      {
        ...onDomain,
        status: "pass",
        says: ["routes by 1 routing rule", "ROUTING_RULE_THEN_API_MAPPING"],
        evidence: [{ call: "apigatewayv2:ListRoutingRules", value: 1 }],
      },
    ],
  },
  {
    name: "v1 spelling ROUTING_RULE_THEN_BASE_PATH_MAPPING, no mapping, no routing rule → warn",
    capture: () =>
      capture().domain("us-east-1", domain, {
        rest: [],
        routingMode: "ROUTING_RULE_THEN_API_MAPPING",
        routingRules: [],
      }),
    expected: [
      {
        ...onDomain,
        status: "warn",
        says: ["no API mapping and no routing rule"],
        evidence: [{ call: "apigatewayv2:ListRoutingRules", value: 0 }],
      },
    ],
  },
  {
    name: "ROUTING_RULE_THEN_API_MAPPING with a mapping → pass without reading the rules",
    capture: () =>
      capture().domain("us-east-1", domain, { v2: [v2Mapping], routingMode: "ROUTING_RULE_THEN_API_MAPPING" }),
    expected: [{ ...onDomain, status: "pass", says: ["1 API mapping"] }],
  },
  {
    name: "ROUTING_RULE_THEN_API_MAPPING, no mapping, ListRoutingRules not collected → unknown",
    capture: () => capture().domain("us-east-1", domain, { v2: [], routingMode: "ROUTING_RULE_THEN_API_MAPPING" }),
    expected: [
      {
        ...onDomain,
        status: "unknown",
        says: ["apigatewayv2:ListRoutingRules was not collected"],
        evidence: [{ call: "apigatewayv2:ListRoutingRules", value: "not-collected" }],
      },
    ],
  },
  {
    name: "ROUTING_RULE_THEN_API_MAPPING, no mapping, ListRoutingRules denied → unknown",
    capture: () =>
      capture().domain("us-east-1", domain, {
        v2: [],
        routingMode: "ROUTING_RULE_THEN_API_MAPPING",
        routingRules: accessDenied("apigateway:ListRoutingRules"),
      }),
    expected: [
      {
        ...onDomain,
        status: "unknown",
        says: ["ListRoutingRules failed with AccessDeniedException"],
        evidence: [{ call: "apigatewayv2:ListRoutingRules", value: "error" }],
      },
    ],
  },
  {
    name: "API_MAPPING_ONLY (the default, spelled out) with no mapping → warn as before",
    capture: () => capture().domain("us-east-1", domain, { v2: [], routingMode: "API_MAPPING_ONLY" }),
    expected: [{ ...onDomain, status: "warn", says: ["has no API mapping:"] }],
  },
  {
    name: "no custom domain → no finding",
    capture: () => capture().restApi("a1").stage("prod"),
    expected: [],
  },
];

describeCheck(check, () => {
  it.each(cases)("$name", ({ capture, expected }) => {
    expectFindings(findingsOf(check, capture()), expected);
  });
});
