import type { Stage } from "../model/types";
import { defineSymptom } from "../engine/define-symptom";

export default defineSymptom({
  symptom: "waf-403",
  title: "403 from AWS WAF: blocked before API Gateway logs the request",
  // "AWS WAF is your first line of defense": its rules are evaluated before resource policies, IAM and authorizers.
  docs: "https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-aws-waf.html",
  reads: ["apigateway:GetStages"],
  explain: ({ model }) => {
    const protectedStages = model.regions.flatMap((region) =>
      region.apis.flatMap((api) =>
        api.stages.state === "collected" ? api.stages.value.filter((stage) => stage.webAclArn) : [],
      ),
    );
    const found =
      protectedStages.length > 0
        ? ` In this capture: ${protectedStages.map((stage) => `stage ${stage.name} of ${stage.api.name} (${stage.api.id}, ${stage.region}) uses web ACL ${stage.webAclArn}`).join("; ")}.`
        : " No scanned stage has a web ACL (webAclArn), so a 403 there comes from elsewhere (a resource policy, missing authentication token or an authorizer).";
    return {
      message:
        "AWS WAF rules are evaluated before everything else API Gateway does (resource policy, IAM, authorizers): a request the web ACL blocks gets a 403 and never reaches execution logging. It shows in the access log only through $context.waf.status, $context.waf.error, $context.wafResponseCode and $context.webaclArn, and in the web ACL's own logs (AWS WAF logging, sampled requests)." +
        found,
      evidence: protectedStages.map((stage) => evidenceOf(stage)),
      fix: {
        summary:
          "Look at the web ACL's sampled requests or WAF logs for the blocked request, and add the $context.waf* variables to the stage's access-log format.",
        console: [
          "Open the AWS WAF console → Web ACLs → the stage's web ACL → Overview (sampled requests), or turn on logging for the web ACL.",
        ],
      },
    };
  },
});

function evidenceOf(stage: Stage) {
  return { call: stage.call, field: `webAclArn (stage ${stage.name} of ${stage.api.id})`, value: stage.webAclArn };
}
