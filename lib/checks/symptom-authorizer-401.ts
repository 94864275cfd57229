import type { Evidence } from "../diagnosis/types";
import type { Api, Authorizer, Model } from "../model/types";
import { defineSymptom } from "../engine/define-symptom";

// The developer guide page that says the 401 is not logged; a 2020 knowledge-center article
// (https://repost.aws/knowledge-center/api-gateway-401-error-lambda-authorizer) shows such 401s in execution logs.
const docs =
  "https://docs.aws.amazon.com/apigateway/latest/developerguide/call-api-with-api-gateway-lambda-authorization.html";

export default defineSymptom({
  symptom: "authorizer-401",
  title: "401 from a Lambda authorizer's identity check may never reach the execution log",
  docs,
  reads: ["apigateway:GetAuthorizers"],
  explain: ({ model }) => {
    const read = readAuthorizers(model);
    const named = read.flatMap(({ api, authorizers }) => authorizers.map((authorizer) => ({ api, authorizer })));
    const found =
      named.length > 0
        ? ` In this capture: ${named.map(({ api, authorizer }) => describe(api, authorizer)).join("; ")}.`
        : read.length > 0
          ? " The REST APIs whose authorizers were read have none, so a 401 there comes from elsewhere (IAM authorization or an API key)."
          : " The authorizers were not read (apigateway:GetAuthorizers is collected for a one-API diagnosis, or when this symptom is named for a live scan): open the API's Authorizers page to see the identity source and validation expression.";
    return {
      message:
        "AWS's developer guide says a REST call is not logged to CloudWatch when a TOKEN authorizer's token is missing, null or fails its token validation expression, or a REQUEST authorizer's identity sources are missing, null or empty: API Gateway answers 401 Unauthorized without calling the authorizer. An AWS knowledge-center article (2020, https://repost.aws/knowledge-center/api-gateway-401-error-lambda-authorizer) shows execution-log lines for such 401s, so do not rely on either: an access log with $context.status, $context.authorizer.error and $context.authorizer.status shows every one of them." +
        found,
      evidence: named.map(({ api, authorizer }) => evidenceOf(api, authorizer)),
      fix: {
        summary:
          "Send the identity source the authorizer expects (the header named in its token source, or every REQUEST identity source), matching its validation expression, and log $context.authorizer.error in the access log.",
        console: [
          "Open the API Gateway console → your API → Authorizers: read the token source / identity sources and the token validation expression, then call the stage with exactly that header.",
        ],
      },
    };
  },
});

function readAuthorizers(model: Model): { api: Api; authorizers: Authorizer[] }[] {
  return model.regions.flatMap((region) =>
    region.apis.flatMap((api) =>
      api.type === "REST" && api.authorizers?.state === "collected"
        ? [{ api, authorizers: api.authorizers.value }]
        : [],
    ),
  );
}

function describe(api: Api, authorizer: Authorizer): string {
  const parts = [
    authorizer.type ?? "type unknown",
    `identity source ${authorizer.identitySource ?? "(none)"}`,
    authorizer.identityValidationExpression
      ? `validation expression ${authorizer.identityValidationExpression}`
      : "no validation expression",
  ];
  return `authorizer ${authorizer.name} of ${api.name} (${api.id}, ${api.region}): ${parts.join(", ")}`;
}

function evidenceOf(api: Api, authorizer: Authorizer): Evidence {
  return {
    call: "apigateway:GetAuthorizers",
    field: `items[name=${authorizer.name}] (API ${api.id})`,
    value: {
      type: authorizer.type,
      identitySource: authorizer.identitySource,
      identityValidationExpression: authorizer.identityValidationExpression,
    },
  };
}
