import { defineSymptom } from "../engine/define-symptom";

export default defineSymptom({
  symptom: "413",
  title: "413 Request Entity Too Large is not logged",
  explain: () => ({
    message:
      "API Gateway rejects a request whose payload is over its limit (10 MB for REST and HTTP APIs; 128 KB per WebSocket message, 32 KB frames) with 413 Request Entity Too Large before any logging happens: it is in neither execution nor access logs.",
    fix: {
      summary:
        "Look at the client's own logs or a CDN/load balancer in front of the API; send large payloads to S3 with a presigned URL instead of through API Gateway.",
      console: ["Check the 4XXError metric of the stage in CloudWatch: rejected requests may still be counted there."],
    },
  }),
});
