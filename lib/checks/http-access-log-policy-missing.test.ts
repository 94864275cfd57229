import { it } from "vitest";
import { accessDenied, capture } from "../../testing/capture-builder";
import check from "./http-access-log-policy-missing";
import { type Case, describeCheck, expectFindings, findingsOf } from "./testing/findings";

const http = { api: "h1", stage: "prod" };
const groupName = "/aws/vendedlogs/orders";
const groupArn = `arn:aws:logs:us-east-1:123456789012:log-group:${groupName}`;
const delivery = (Resource: unknown, extra: Record<string, unknown> = {}) => ({
  Version: "2012-10-17",
  Statement: [
    {
      Effect: "Allow",
      Principal: { Service: "delivery.logs.amazonaws.com" },
      Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
      Resource,
      ...extra,
    },
  ],
});
const httpStage = (destinationArn = groupArn) =>
  capture()
    .httpApi("h1", { name: "orders" })
    .stage("prod", { access: { destinationArn, format: "$context.requestId" } });
const policies = (...documents: unknown[]) => documents.map((document, i) => ({ name: `policy-${i}`, document }));
/** Account-scoped policies, and the group's own (undefined: that call was not collected). */
const withPolicies = (account: unknown[], own?: unknown[]) => () => {
  const built = httpStage().resourcePolicies("us-east-1", policies(...account));
  return own === undefined ? built : built.groupPolicies("us-east-1", groupName, policies(...own));
};
const putPolicy = [
  "aws logs put-resource-policy --region us-east-1 --policy-name AWSLogDeliveryWrite-apigateway",
  `--resource-arn ${groupArn}`,
  `log-group:${groupName}:log-stream:*`,
];
const ownField = `resourcePolicies[].policyName (resourceArn ${groupArn})`;

export const cases: Case[] = [
  {
    name: "an account-scoped policy lets delivery.logs.amazonaws.com write to the group's log-stream:* → pass",
    capture: withPolicies([delivery(`${groupArn}:log-stream:*`)], []),
    expected: [
      {
        ...http,
        status: "pass",
        says: ["An account-scoped resource policy", groupName],
        evidence: [
          {
            call: "cloudwatch-logs:DescribeResourcePolicies",
            field: "resourcePolicies[].policyName",
            value: ["policy-0"],
          },
        ],
      },
    ],
  },
  {
    name: "granted only by the group's own resource-scoped policy → pass",
    capture: withPolicies([], [delivery(`${groupArn}:log-stream:*`)]),
    expected: [
      {
        ...http,
        status: "pass",
        says: ["The log group's own resource policy"],
        evidence: [{ field: ownField, value: ["policy-0"] }],
      },
    ],
  },
  {
    name: "granted only by the group's own policy, the account-scoped ones not collected → pass (one grant is enough)",
    capture: () => httpStage().groupPolicies("us-east-1", groupName, policies(delivery(`${groupArn}:*`))),
    expected: [{ ...http, status: "pass", evidence: [{ field: "(call)", value: "not collected" }] }],
  },
  {
    name: "a destination ARN with a trailing :* reads the group's own policy by the ARN without it → pass",
    capture: () =>
      httpStage(`${groupArn}:*`)
        .resourcePolicies("us-east-1", [])
        .groupPolicies("us-east-1", groupName, policies(delivery(`${groupArn}:log-stream:*`))),
    expected: [{ ...http, status: "pass" }],
  },
  {
    name: "the console's vended-logs policy (/aws/vendedlogs/*, SourceAccount and SourceArn conditions) → pass",
    capture: withPolicies([
      delivery("arn:aws:logs:us-east-1:123456789012:log-group:/aws/vendedlogs/*", {
        Condition: {
          StringEquals: { "aws:SourceAccount": "123456789012" },
          ArnLike: { "aws:SourceArn": "arn:aws:logs:us-east-1:123456789012:*" },
        },
      }),
    ]),
    expected: [{ ...http, status: "pass" }],
  },
  {
    name: "big account-scoped policies are no reason to warn any more (limits are per policy) → pass",
    capture: withPolicies(
      [
        { ...delivery(`${groupArn}:log-stream:*`), Padding: undefined },
        {
          Version: "2012-10-17",
          Statement: [
            {
              Effect: "Allow",
              Principal: { Service: "es.amazonaws.com" },
              Action: "logs:PutLogEvents",
              Resource: `arn:aws:logs:us-east-1:123456789012:log-group:${"x".repeat(4900)}`,
            },
          ],
        },
      ],
      [],
    ),
    expected: [{ ...http, status: "pass" }],
  },
  {
    name: "no policy in either scope → fail, fixed on the group with --resource-arn",
    capture: withPolicies([], []),
    expected: [
      {
        ...http,
        status: "fail",
        says: [
          "delivery.logs.amazonaws.com",
          "logs:CreateLogStream and logs:PutLogEvents",
          groupName,
          "HTTP API stage prod of orders",
        ],
        evidence: [
          { field: "resourcePolicies[].policyName", value: [] },
          { field: ownField, value: [] },
        ],
        cli: putPolicy,
      },
    ],
  },
  {
    name: "a grant scoped to the group ARN without :* does not cover its streams → fail",
    capture: withPolicies([], [delivery(groupArn)]),
    expected: [{ ...http, status: "fail" }],
  },
  {
    name: "policies for another log group and another principal → fail",
    capture: withPolicies(
      [delivery("arn:aws:logs:us-east-1:123456789012:log-group:/aws/vendedlogs/other:*")],
      [
        {
          Version: "2012-10-17",
          Statement: [{ Effect: "Allow", Principal: { Service: "es.amazonaws.com" }, Action: "logs:*", Resource: "*" }],
        },
      ],
    ),
    expected: [{ ...http, status: "fail", cli: putPolicy }],
  },
  {
    name: "PutLogEvents denied explicitly even though the group's own policy was not read → fail naming only it",
    capture: withPolicies([
      delivery("*"),
      {
        Version: "2012-10-17",
        Statement: [{ Effect: "Deny", Principal: "*", Action: "logs:PutLogEvents", Resource: "*" }],
      },
    ]),
    expected: [{ ...http, status: "fail", says: ["delivery.logs.amazonaws.com logs:PutLogEvents on"] }],
  },
  {
    name: "an allow under a condition Log Doctor cannot prove → warn",
    capture: withPolicies([], [delivery("*", { Condition: { IpAddress: { "aws:SourceIp": "10.0.0.0/8" } } })]),
    expected: [{ ...http, status: "warn", says: ["only under conditions"] }],
  },
  {
    name: "not granted by account-scoped policies and the group's own policy not collected → unknown, never fail",
    capture: withPolicies([]),
    expected: [
      {
        ...http,
        status: "unknown",
        says: ["the log group's own policy", "not collected"],
        evidence: [{ field: `(call with resourceArn ${groupArn})`, value: "not collected" }],
      },
    ],
  },
  {
    name: "not granted by account-scoped policies and the group's own policy denied → unknown",
    capture: () =>
      httpStage()
        .resourcePolicies("us-east-1", [])
        .groupPolicies("us-east-1", groupName, accessDenied("logs:DescribeResourcePolicies")),
    expected: [{ ...http, status: "unknown", says: ["AccessDeniedException"] }],
  },
  {
    name: "the group's own policy read without a grant, account-scoped ones denied → unknown",
    capture: () =>
      httpStage()
        .resourcePolicies("us-east-1", accessDenied("logs:DescribeResourcePolicies"))
        .groupPolicies("us-east-1", groupName, []),
    expected: [{ ...http, status: "unknown", says: ["the account-scoped policies"] }],
  },
  {
    name: "nothing collected → unknown",
    capture: () => httpStage(),
    expected: [
      {
        ...http,
        status: "unknown",
        evidence: [{ call: "cloudwatch-logs:DescribeResourcePolicies", value: "not collected" }],
      },
    ],
  },
  {
    name: "in another partition the fix's policy names that partition → fail",
    capture: () => {
      const cn = capture({ region: "cn-north-1" })
        .httpApi("h1")
        .stage("prod", {
          access: {
            destinationArn: "arn:aws-cn:logs:cn-north-1:123456789012:log-group:/orders",
            format: "$context.requestId",
          },
        })
        .resourcePolicies("cn-north-1", [])
        .groupPolicies("cn-north-1", "/orders", [])
        .build();
      return { ...cn, partition: "aws-cn" };
    },
    expected: [
      {
        ...http,
        region: "cn-north-1",
        status: "fail",
        cli: ['"Resource":"arn:aws-cn:logs:cn-north-1:123456789012:log-group:/orders:log-stream:*"'],
      },
    ],
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
