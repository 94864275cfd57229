import type { Domain } from "../model/types";
import { defineCheck, type Outcome } from "../engine/define-check";
import { awsCli } from "./support/fixes/shell";
import { domainsAndUnreadableListings } from "../engine/scopes";

export default defineCheck({
  id: "domain.no-api-mapping",
  title: "Every custom domain is mapped to an API",
  severity: "medium",
  reads: ["apigateway:GetDomainNames", "apigateway:GetBasePathMappings", "apigatewayv2:GetDomainNames", "apigatewayv2:GetApiMappings"],
  docs: "https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-mappings.html",
  section: "unlogged",
  label: "A custom domain has no API mapping",
  // A region whose domains could not be listed gets one unknown: its unmapped domains would go unseen.
  scope: domainsAndUnreadableListings,
  inputs: (subject) => (subject.kind === "listing" ? subject.listings : []),
  evaluate: (subject) => (subject.kind === "domain" ? evaluateDomain(subject.domain) : null),
});

export function evaluateDomain(domain: Domain): Outcome {
  const read = domain.mappings.filter((m) => m.source.state === "collected");
  const mapped = read.filter((m) => m.source.state === "collected" && m.source.value.length > 0);
  const failedListing = domain.mappings.find((m) => m.source.state === "error");
  const evidence = domain.mappings.map((m) => ({
    call: m.source.call,
    field: `items (domain ${domain.name})`,
    value: m.source.state === "collected" ? m.source.value.length : m.source.state,
  }));
  if (mapped.length > 0) {
    const count = mapped.reduce((n, m) => n + (m.source.state === "collected" ? m.source.value.length : 0), 0);
    return { status: "pass", message: `The custom domain ${domain.name} has ${count} API mapping${count === 1 ? "" : "s"}.`, evidence };
  }
  if (failedListing && failedListing.source.state === "error") {
    const { call, error } = failedListing.source;
    return { status: "unknown", message: `Could not check the mappings of ${domain.name}: ${call} failed with ${error.name}: ${error.message}.`, evidence };
  }
  if (read.length === 0) {
    return { status: "unknown", message: `Could not check the mappings of ${domain.name}: no mapping listing was collected.`, evidence };
  }
  return {
    status: "warn",
    message: `The custom domain ${domain.name} in ${domain.region} has no API mapping: every request to it gets a 4xx (403/404) that API Gateway never logs, in any API's logs.`,
    evidence,
    fix: {
      summary: `Map ${domain.name} to an API stage, or delete the domain (and its DNS record) if it is unused.`,
      cli: awsCli("apigatewayv2", "create-api-mapping", { region: domain.region, "domain-name": domain.name, "api-id": "<api-id>", stage: "<stage>" }),
      console: [`Open the API Gateway console in ${domain.region} → Custom domain names → ${domain.name} → API mappings → Configure API mappings.`, "Add a mapping to the API and stage the domain should serve."],
      cloudformation: ["Type: AWS::ApiGatewayV2::ApiMapping", "Properties:", `  DomainName: ${JSON.stringify(domain.name)}`, "  ApiId: <api-id>", "  Stage: <stage>"].join("\n"),
    },
  };
}
