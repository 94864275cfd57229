import { it } from "vitest";
import { capture } from "../../testing/capture-builder";
import check from "./symptom-unmapped-domain-4xx";
import { type Case, describeCheck, expectFindings, findingsOf, nothingCollected } from "./testing/findings";

const explained = { region: null, status: "info" as const, says: ["no API mapping", "no API's logs contain them"] };
const named = ["unmapped-domain-4xx"];

// no-unknown-case: symptom checks read no AWS input they depend on; they only explain a symptom the user names.
export const cases: Case[] = [
  {
    name: "named, with an unmapped domain in the capture → info naming it",
    capture: () =>
      capture()
        .domain("us-east-1", "old.example.com", { rest: [] })
        .domain("us-east-1", "api.example.com", { rest: [{ restApiId: "a1", stage: "prod" }] }),
    symptoms: named,
    expected: [
      {
        ...explained,
        says: [...explained.says, "In this capture: old.example.com (us-east-1) has no mapping"],
        evidence: [{ call: "apigateway:GetBasePathMappings", field: "items (domain old.example.com)", value: 0 }],
      },
    ],
  },
  {
    name: "named, an unmapped domain only v2 lists → its evidence names GetApiMappings",
    capture: () => capture().domain("us-east-1", "ws.example.com", { v2: [] }),
    symptoms: named,
    expected: [
      {
        ...explained,
        says: ["ws.example.com (us-east-1)"],
        evidence: [{ call: "apigatewayv2:GetApiMappings", field: "items (domain ws.example.com)", value: 0 }],
      },
    ],
  },
  {
    name: "named, every domain mapped → info that says to check the base path",
    capture: () => capture().domain("us-east-1", "api.example.com", { v2: [{ ApiId: "h1", Stage: "$default" }] }),
    symptoms: named,
    expected: [{ ...explained, says: ["No unmapped domain was found", "base path"] }],
  },
  {
    name: "named, a domain routed by rules only (no mapping by design) is not named as unmapped",
    capture: () => capture().domain("us-east-1", "rules.example.com", { v2: [], routingMode: "ROUTING_RULE_ONLY" }),
    symptoms: named,
    expected: [{ ...explained, says: ["No unmapped domain was found"] }],
  },
  {
    name: "named, a rules-then-mappings domain with neither rules nor mappings → named, as domain.no-api-mapping warns",
    capture: () =>
      capture().domain("us-east-1", "empty.example.com", {
        v2: [],
        routingMode: "ROUTING_RULE_THEN_API_MAPPING",
        routingRules: [],
      }),
    symptoms: named,
    expected: [
      {
        ...explained,
        says: ["empty.example.com (us-east-1) has no mapping"],
        evidence: [
          { call: "apigatewayv2:GetApiMappings", value: 0 },
          { call: "apigatewayv2:GetDomainNames", value: "ROUTING_RULE_THEN_API_MAPPING" },
          { call: "apigatewayv2:ListRoutingRules", value: 0 },
        ],
      },
    ],
  },
  {
    name: "not named → no finding",
    capture: () => capture().domain("us-east-1", "old.example.com", { rest: [] }),
    expected: [],
  },
  { name: "only another symptom named → no finding", capture: () => capture(), symptoms: ["413"], expected: [] },
  {
    name: "named, with every AWS input missing → still info, never pass or unknown",
    capture: nothingCollected,
    symptoms: named,
    expected: [explained],
  },
];

describeCheck(check, () => {
  it.each(cases)("$name", ({ capture, symptoms, expected }) => {
    expectFindings(findingsOf(check, capture(), symptoms), expected);
  });
});
