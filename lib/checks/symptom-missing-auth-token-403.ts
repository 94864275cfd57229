import { defineSymptom } from "../engine/define-symptom";

export default defineSymptom({
  symptom: "missing-auth-token-403",
  title: "403 Missing Authentication Token is not in execution logs",
  docs: "https://repost.aws/knowledge-center/api-gateway-authentication-token-errors",
  explain: () => ({
    message:
      'A REST API answers 403 "Missing Authentication Token" when the request names a resource path, stage or method that does not exist (or the API is not deployed to that stage). The request never reaches a method, so it is not in execution logs; it is in access logs.',
    fix: {
      summary:
        "Turn on access logging with $context.resourcePath, $context.httpMethod and $context.status, and check the URL: stage name, resource path and method must match a deployed method.",
      console: [
        "Compare the request URL with the stage's Invoke URL and resource tree in the API Gateway console; redeploy if the method was added after the last deployment.",
      ],
    },
  }),
});
