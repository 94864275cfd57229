import { it } from "vitest";
import { capture } from "../../testing/capture-builder";
import check from "./symptom-waf-403";
import { type Case, describeCheck, expectFindings, findingsOf, nothingCollected } from "./testing/findings";

const explained = {
  region: null,
  status: "info" as const,
  says: ["evaluated before everything else", "$context.waf.status", "web ACL's own logs"],
};
const named = ["waf-403"];
const webAcl = "arn:aws:wafv2:us-east-1:123456789012:regional/webacl/edge-rules/0a1b2c3d";

// no-unknown-case: symptom checks only explain a symptom the user names.
export const cases: Case[] = [
  {
    name: "named, a stage with a web ACL → names the stage and its webAclArn",
    capture: () =>
      capture()
        .restApi("a1", { name: "pets" })
        .stage("prod", { extra: { webAclArn: webAcl } })
        .stage("dev"),
    symptoms: named,
    expected: [
      {
        ...explained,
        says: [`stage prod of pets (a1, us-east-1) uses web ACL ${webAcl}`],
        evidence: [{ call: "apigateway:GetStages", field: "webAclArn (stage prod of a1)", value: webAcl }],
      },
    ],
  },
  {
    name: "named, no stage has a web ACL → says the 403 comes from elsewhere",
    capture: () => capture().restApi("a1").stage("prod"),
    symptoms: named,
    expected: [{ ...explained, says: ["No scanned stage has a web ACL"] }],
  },
  {
    name: "not named → no finding",
    capture: () =>
      capture()
        .restApi("a1")
        .stage("prod", { extra: { webAclArn: webAcl } }),
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
