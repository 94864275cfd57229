import { defineSymptom } from "../engine/define-symptom";
import { evaluateDomain } from "./domain-no-api-mapping";

export default defineSymptom({
  symptom: "unmapped-domain-4xx",
  title: "4xx from a custom domain with no API mapping are not logged",
  docs: "https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-mappings.html",
  reads: [
    "apigateway:GetDomainNames",
    "apigateway:GetBasePathMappings",
    "apigatewayv2:GetDomainNames",
    "apigatewayv2:GetApiMappings",
    "apigatewayv2:ListRoutingRules",
  ],
  explain: ({ model }) => {
    const unmapped = model.regions.flatMap((r) => r.domains).filter((d) => evaluateDomain(d)?.status === "warn");
    const found =
      unmapped.length > 0
        ? ` In this capture: ${unmapped.map((d) => `${d.name} (${d.region})`).join(", ")} ${unmapped.length === 1 ? "has" : "have"} no mapping.`
        : " No unmapped domain was found in this capture; also check that the request's base path matches a mapping.";
    return {
      message: `Requests to a custom domain that has no API mapping (or no mapping for the requested base path) get a 4xx from API Gateway before any API is chosen, so no API's logs contain them.${found}`,
      evidence: unmapped.flatMap((d) => evaluateDomain(d)?.evidence ?? []),
      fix: {
        summary:
          "Map the domain (and the base path clients use) to the API stage, or remove the DNS record of an unused domain.",
      },
    };
  },
});
