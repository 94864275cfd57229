import { defineSymptom } from "../engine/define-symptom";

export default defineSymptom({
  symptom: "internal-5xx",
  title: "5xx caused by API Gateway's internal failures are not logged",
  explain: () => ({
    message:
      "500-series errors caused by failures inside API Gateway itself are not logged; 5xx from your integration (Lambda errors, timeouts after 29 s, bad mappings) are, in execution logs and in access logs with $context.integrationErrorMessage.",
    fix: {
      summary:
        "If the 5xx are not in the logs, check the AWS Health Dashboard and the 5XXError metric, and open a support case with the request ids your clients received.",
      console: ["Open CloudWatch metrics → ApiGateway → 5XXError and IntegrationLatency for the stage."],
    },
  }),
});
