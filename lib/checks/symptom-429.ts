import { defineSymptom } from "../engine/define-symptom";

export default defineSymptom({
  symptom: "429",
  title: "Excessive 429 Too Many Requests are not all logged",
  explain: () => ({
    message:
      "When a client is throttled heavily (account, stage, method or usage-plan limits), API Gateway may not log the excess 429 Too Many Requests responses: the logs under-count throttling.",
    fix: {
      summary:
        "Use the stage's Count and 4XXError metrics to measure throttling, and raise or spread the limits that trip.",
      console: [
        "Open CloudWatch metrics → ApiGateway → by stage, and compare Count with 4XXError during the incident.",
        "Check the stage's default method throttling, usage plans and the account-level quota in the region (Service Quotas).",
      ],
    },
  }),
});
