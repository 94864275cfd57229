import { defineSymptom } from "../engine/define-symptom";

export default defineSymptom({
  symptom: "test-invoke",
  title: "The console's Test button never writes logs",
  docs: "https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-test-method.html",
  explain: () => ({
    message:
      "A method test in the API Gateway console (TestInvokeMethod) runs outside any stage: its log is shown in the console only, and nothing is written to the stage's execution or access logs (CloudTrail does not record the test calls either).",
    fix: {
      summary: "Call the deployed stage URL (curl, Postman) to produce real log entries.",
      console: ["Deploy the API to a stage, then call the stage's Invoke URL."],
    },
  }),
});
