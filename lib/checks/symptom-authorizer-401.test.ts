import { it } from "vitest";
import { accessDenied, capture } from "../../testing/capture-builder";
import check from "./symptom-authorizer-401";
import { type Case, describeCheck, expectFindings, findingsOf, nothingCollected } from "./testing/findings";

const explained = {
  region: null,
  status: "info" as const,
  says: ["is not logged to CloudWatch", "knowledge-center article", "$context.authorizer.error"],
};
const named = ["authorizer-401"];
const authorizers = (items: unknown[] | ReturnType<typeof accessDenied>) => ({
  service: "apigateway",
  region: "us-east-1",
  operation: "GetAuthorizers",
  input: { restApiId: "a1" },
  ...(Array.isArray(items) ? { output: { items } } : { error: items }),
});
const tokenAuthorizer = {
  id: "au1",
  name: "jwt-check",
  type: "TOKEN",
  identitySource: "method.request.header.Authorization",
  identityValidationExpression: "^Bearer [-0-9a-zA-Z._]*$",
};
const requestAuthorizer = {
  id: "au2",
  name: "tenant",
  type: "REQUEST",
  identitySource: "method.request.header.X-Tenant, method.request.querystring.key",
};

// no-unknown-case: symptom checks only explain a symptom the user names; what was not read is said in the message.
export const cases: Case[] = [
  {
    name: "named, authorizers read → names each one with its identity source and validation expression",
    capture: () =>
      capture()
        .restApi("a1", { name: "pets" })
        .stage("prod")
        .call(authorizers([tokenAuthorizer, requestAuthorizer])),
    symptoms: named,
    expected: [
      {
        ...explained,
        says: [
          "authorizer jwt-check of pets (a1, us-east-1): TOKEN, identity source method.request.header.Authorization, validation expression ^Bearer [-0-9a-zA-Z._]*$",
          "authorizer tenant of pets (a1, us-east-1): REQUEST, identity source method.request.header.X-Tenant, method.request.querystring.key, no validation expression",
        ],
        evidence: [
          {
            call: "apigateway:GetAuthorizers",
            field: "items[name=jwt-check] (API a1)",
            value: {
              type: "TOKEN",
              identitySource: "method.request.header.Authorization",
              identityValidationExpression: "^Bearer [-0-9a-zA-Z._]*$",
            },
          },
          { call: "apigateway:GetAuthorizers", field: "items[name=tenant] (API a1)" },
        ],
      },
    ],
  },
  {
    name: "named, authorizers read and the API has none → says the 401 comes from elsewhere",
    capture: () => capture().restApi("a1").stage("prod").call(authorizers([])),
    symptoms: named,
    expected: [{ ...explained, says: ["have none", "comes from elsewhere"] }],
  },
  {
    name: "named, GetAuthorizers denied → says they were not read, still info",
    capture: () =>
      capture()
        .restApi("a1")
        .stage("prod")
        .call(authorizers(accessDenied("apigateway:GET"))),
    symptoms: named,
    expected: [{ ...explained, says: ["The authorizers were not read"] }],
  },
  {
    name: "named, authorizers not collected → says how to read them",
    capture: () => capture().restApi("a1").stage("prod"),
    symptoms: named,
    expected: [{ ...explained, says: ["one-API diagnosis", "Authorizers page"] }],
  },
  {
    name: "not named → no finding",
    capture: () =>
      capture()
        .restApi("a1")
        .stage("prod")
        .call(authorizers([tokenAuthorizer])),
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
