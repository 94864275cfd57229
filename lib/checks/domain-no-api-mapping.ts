import type { Evidence } from "../diagnosis/types";
import { describeMissing, notCollected } from "../model/source";
import type { Domain } from "../model/types";
import { defineCheck, type Outcome } from "../engine/define-check";
import { awsCli } from "./fixes/shell";
import { domainsAndUnreadableListings } from "../engine/scopes";

export default defineCheck({
  id: "domain.no-api-mapping",
  title: "Every custom domain is mapped to an API",
  severity: "medium",
  reads: [
    "apigateway:GetDomainNames",
    "apigateway:GetBasePathMappings",
    "apigatewayv2:GetDomainNames",
    "apigatewayv2:GetApiMappings",
    "apigatewayv2:ListRoutingRules",
  ],
  // The page on routing modes: mappings, routing rules, or rules then mappings (API_MAPPING_ONLY is the default).
  docs: "https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-routing-mode.html",
  section: "unlogged",
  label: "A custom domain has no API mapping",
  // A region whose domains could not be listed gets one unknown: its unmapped domains would go unseen.
  scope: domainsAndUnreadableListings,
  inputs: (subject) => (subject.kind === "listing" ? subject.listings : []),
  evaluate: (subject) => (subject.kind === "domain" ? evaluateDomain(subject.domain) : null),
});

/** A domain's outcome, or null when it routes by routing rules only (it has no mappings by design). */
export function evaluateDomain(domain: Domain): Outcome | null {
  const mode = domain.routingMode ?? null;
  if (mode === "ROUTING_RULE_ONLY") return null;
  const byRules = mode !== null && mode.startsWith("ROUTING_RULE_THEN_");
  const read = domain.mappings.filter((m) => m.source.state === "collected");
  const mapped = read.filter((m) => m.source.state === "collected" && m.source.value.length > 0);
  const failedListing = domain.mappings.find((m) => m.source.state === "error");
  const evidence: Evidence[] = domain.mappings.map((m) => ({
    call: m.source.call,
    field: `items (domain ${domain.name})`,
    value: m.source.state === "collected" ? m.source.value.length : m.source.state,
  }));
  if (mapped.length > 0) {
    const count = mapped.reduce((n, m) => n + (m.source.state === "collected" ? m.source.value.length : 0), 0);
    return {
      status: "pass",
      message: `The custom domain ${domain.name} has ${count} API mapping${count === 1 ? "" : "s"}.`,
      evidence,
    };
  }
  if (byRules) {
    const rules = domain.routingRules ?? notCollected("apigatewayv2:ListRoutingRules");
    const listedBy = domain.mappings[0]?.version === "v2" ? "apigatewayv2:GetDomainNames" : "apigateway:GetDomainNames";
    evidence.push({ call: listedBy, field: `routingMode (domain ${domain.name})`, value: mode });
    evidence.push({
      call: rules.call,
      field: `RoutingRules (domain ${domain.name})`,
      value: rules.state === "collected" ? rules.value.length : rules.state,
    });
    if (rules.state === "collected" && rules.value.length > 0) {
      const count = rules.value.length;
      return {
        status: "pass",
        message: `The custom domain ${domain.name} routes by ${count} routing rule${count === 1 ? "" : "s"} (routing mode ${mode}).`,
        evidence,
      };
    }
    if (rules.state !== "collected") {
      return {
        status: "unknown",
        message: `Could not check how ${domain.name} routes: its routing mode is ${mode} and its routing rules were not read (${describeMissing(rules)}).`,
        evidence,
      };
    }
  }
  if (failedListing && failedListing.source.state === "error") {
    const { call, error } = failedListing.source;
    return {
      status: "unknown",
      message: `Could not check the mappings of ${domain.name}: ${call} failed with ${error.name}: ${error.message}.`,
      evidence,
    };
  }
  if (read.length === 0) {
    return {
      status: "unknown",
      message: `Could not check the mappings of ${domain.name}: no mapping listing was collected.`,
      evidence,
    };
  }
  return {
    status: "warn",
    message: `The custom domain ${domain.name} in ${domain.region} has no API mapping${byRules ? " and no routing rule" : ""}: every request to it gets a 4xx (403/404) that API Gateway never logs, in any API's logs.`,
    evidence,
    fix: {
      summary: `Map ${domain.name} to an API stage, or delete the domain (and its DNS record) if it is unused.`,
      cli: awsCli("apigatewayv2", "create-api-mapping", {
        region: domain.region,
        "domain-name": domain.name,
        "api-id": "<api-id>",
        stage: "<stage>",
      }),
      console: [
        `Open the API Gateway console in ${domain.region} → Custom domain names → ${domain.name} → API mappings → Configure API mappings.`,
        "Add a mapping to the API and stage the domain should serve.",
      ],
      cloudformation: [
        "Type: AWS::ApiGatewayV2::ApiMapping",
        "Properties:",
        `  DomainName: ${JSON.stringify(domain.name)}`,
        "  ApiId: <api-id>",
        "  Stage: <stage>",
      ].join("\n"),
    },
  };
}
