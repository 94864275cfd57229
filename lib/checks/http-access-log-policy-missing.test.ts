import { it } from "vitest";
import { accessDenied, capture } from "../testing/capture-builder";
import check from "./http-access-log-policy-missing";
import { type Case, describeCheck, expectFindings, findingsOf } from "./support/testing/findings";

const http = { api: "h1", stage: "prod" };
const groupName = "/aws/vendedlogs/orders";
const groupArn = `arn:aws:logs:us-east-1:123456789012:log-group:${groupName}`;
const delivery = (Resource: unknown, extra: Record<string, unknown> = {}) => ({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Principal: { Service: "delivery.logs.amazonaws.com" }, Action: ["logs:CreateLogStream", "logs:PutLogEvents"], Resource, ...extra }],
});
const httpStage = () => capture().httpApi("h1", { name: "orders" }).stage("prod", { access: { destinationArn: groupArn, format: "$context.requestId" } });
const withPolicies = (...documents: unknown[]) => () => httpStage().resourcePolicies("us-east-1", documents.map((document, i) => ({ name: `policy-${i}`, document })));
/** One policy padded with whitespace to exactly `total` characters. */
const sized = (total: number) => () => {
  const text = JSON.stringify(delivery(`${groupArn}:log-stream:*`));
  return httpStage().resourcePolicies("us-east-1", [{ name: "big", document: text + " ".repeat(total - text.length) }]);
};
const putPolicy = ["aws logs put-resource-policy --region us-east-1 --policy-name AWSLogDeliveryWrite-apigateway --policy-document '{", `log-group:${groupName}:log-stream:*`];

export const cases: Case[] = [
  {
    name: "delivery.logs.amazonaws.com may write to the group's log-stream:* → pass",
    capture: withPolicies(delivery(`${groupArn}:log-stream:*`)),
    expected: [{ ...http, status: "pass", says: [groupName], evidence: [{ call: "cloudwatch-logs:DescribeResourcePolicies", field: "resourcePolicies[].policyName", value: ["policy-0"] }] }],
  },
  {
    name: "the console's vended-logs policy (/aws/vendedlogs/*, SourceAccount and SourceArn conditions) → pass",
    capture: withPolicies(
      delivery("arn:aws:logs:us-east-1:123456789012:log-group:/aws/vendedlogs/*", {
        Condition: { StringEquals: { "aws:SourceAccount": "123456789012" }, ArnLike: { "aws:SourceArn": "arn:aws:logs:us-east-1:123456789012:*" } },
      }),
    ),
    expected: [{ ...http, status: "pass" }],
  },
  {
    name: "no resource policy at all → fail",
    capture: withPolicies(),
    expected: [
      {
        ...http,
        status: "fail",
        says: ["delivery.logs.amazonaws.com", "logs:CreateLogStream and logs:PutLogEvents", groupName, "HTTP API stage prod of orders"],
        evidence: [{ field: "resourcePolicies[].policyName", value: [] }],
        cli: putPolicy,
      },
    ],
  },
  {
    name: "a policy for another log group → fail",
    capture: withPolicies(delivery("arn:aws:logs:us-east-1:123456789012:log-group:/aws/vendedlogs/other:*")),
    expected: [{ ...http, status: "fail", cli: putPolicy }],
  },
  {
    name: "a policy for another service principal → fail",
    capture: withPolicies({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Principal: { Service: "es.amazonaws.com" }, Action: "logs:*", Resource: "*" }] }),
    expected: [{ ...http, status: "fail" }],
  },
  {
    name: "PutLogEvents denied explicitly → fail naming only it",
    capture: withPolicies(delivery("*"), { Version: "2012-10-17", Statement: [{ Effect: "Deny", Principal: "*", Action: "logs:PutLogEvents", Resource: "*" }] }),
    expected: [{ ...http, status: "fail", says: ["delivery.logs.amazonaws.com logs:PutLogEvents on"] }],
  },
  {
    name: "policies total 4608 characters (90 % of 5120) → warn",
    capture: sized(4608),
    expected: [{ ...http, status: "warn", says: ["total 4608 of 5120 characters"], evidence: [{ field: "resourcePolicies[].policyDocument (total length)", value: 4608 }], cli: putPolicy }],
  },
  {
    name: "policies total 4607 characters → pass",
    capture: sized(4607),
    expected: [{ ...http, status: "pass" }],
  },
  {
    name: "an allow under a condition Log Doctor cannot prove → warn",
    capture: withPolicies(delivery("*", { Condition: { IpAddress: { "aws:SourceIp": "10.0.0.0/8" } } })),
    expected: [{ ...http, status: "warn", says: ["only under conditions"] }],
  },
  {
    name: "in another partition the fix's policy names that partition → fail",
    capture: () => {
      const cn = capture({ region: "cn-north-1" })
        .httpApi("h1")
        .stage("prod", { access: { destinationArn: "arn:aws-cn:logs:cn-north-1:123456789012:log-group:/orders", format: "$context.requestId" } })
        .resourcePolicies("cn-north-1", [])
        .build();
      return { ...cn, partition: "aws-cn" };
    },
    expected: [{ ...http, region: "cn-north-1", status: "fail", cli: ['"Resource":"arn:aws-cn:logs:cn-north-1:123456789012:log-group:/orders:log-stream:*"'] }],
  },
  {
    name: "DescribeResourcePolicies denied → unknown",
    capture: () => httpStage().resourcePolicies("us-east-1", accessDenied("logs:DescribeResourcePolicies")),
    expected: [{ ...http, status: "unknown", evidence: [{ call: "cloudwatch-logs:DescribeResourcePolicies", field: "error" }] }],
  },
  {
    name: "DescribeResourcePolicies not collected → unknown",
    capture: httpStage,
    expected: [{ ...http, status: "unknown", evidence: [{ call: "cloudwatch-logs:DescribeResourcePolicies", value: "not collected" }] }],
  },
  {
    name: "HTTP stage without access logging → no finding",
    capture: () => capture().httpApi("h1").stage("prod", { access: null }),
    expected: [],
  },
  {
    name: "REST stages use the account role, not a resource policy → no finding",
    capture: () => capture().restApi("a1").stage("prod").resourcePolicies("us-east-1", []),
    expected: [],
  },
];

describeCheck(check, () => {
  it.each(cases)("$name", ({ capture, expected }) => {
    expectFindings(findingsOf(check, capture()), expected);
  });
});
