import { it } from "vitest";
import { accessDenied, capture } from "../../testing/capture-builder";
import check from "./stage-access-log-destination-missing";
import { type Case, describeCheck, expectFindings, findingsOf } from "./testing/findings";

const rest = { api: "a1", stage: "prod" };
const firehose = "arn:aws:firehose:us-east-1:123456789012:deliverystream/amazon-apigateway-x";
const arnOf = (name: string, region = "us-east-1", account = "123456789012") =>
  `arn:aws:logs:${region}:${account}:log-group:${name}`;
const restTo = (destinationArn: string) =>
  capture()
    .restApi("a1")
    .stage("prod", { access: { destinationArn, format: "$context.requestId" } });

export const cases: Case[] = [
  {
    name: "the destination group is listed → pass",
    capture: () =>
      capture().restApi("a1").stage("prod").logGroups("us-east-1", "/aws/apigateway/", ["/aws/apigateway/a1/prod"]),
    expected: [
      {
        ...rest,
        status: "pass",
        evidence: [{ call: "cloudwatch-logs:DescribeLogGroups", value: "/aws/apigateway/a1/prod" }],
      },
    ],
  },
  {
    name: "a destination ending in :* is looked up by its group name → pass",
    capture: () => restTo(`${arnOf("/pets/access")}:*`).logGroups("us-east-1", "/pets", ["/pets/access"]),
    expected: [{ ...rest, status: "pass" }],
  },
  {
    name: "a listing whose prefix covers the group, without it → fail",
    capture: () =>
      capture()
        .restApi("a1", { name: "pets" })
        .stage("prod")
        .logGroups("us-east-1", "/aws/", ["/aws/apigateway/a1/dev"]),
    expected: [
      {
        ...rest,
        status: "fail",
        says: ["Stage prod of pets", "/aws/apigateway/a1/prod, which does not exist in us-east-1"],
        evidence: [
          { call: "apigateway:GetStages", value: arnOf("/aws/apigateway/a1/prod") },
          { field: 'logGroups (prefix "/aws/")', value: "no /aws/apigateway/a1/prod" },
        ],
        cli: [
          "aws logs create-log-group --region us-east-1 --log-group-name /aws/apigateway/a1/prod\n",
          "--rest-api-id a1 --stage-name prod",
        ],
      },
    ],
  },
  {
    name: "a group name the shell must quote is quoted in the fix → fail",
    capture: () => restTo(arnOf("/logs/#pets")).logGroups("us-east-1", "/logs/", []),
    expected: [{ ...rest, status: "fail", cli: ["--log-group-name '/logs/#pets'"] }],
  },
  {
    name: "HTTP stage whose vended-logs group is missing → fail",
    capture: () => capture().httpApi("h1").stage("$default").logGroups("us-east-1", "", []),
    expected: [{ api: "h1", stage: "$default", status: "fail", cli: ["--api-id h1 --stage-name '$default'"] }],
  },
  {
    name: "the covering listing failed → unknown",
    capture: () =>
      capture()
        .restApi("a1")
        .stage("prod")
        .logGroups("us-east-1", "/aws/apigateway/", accessDenied("logs:DescribeLogGroups")),
    expected: [
      {
        ...rest,
        status: "unknown",
        says: ["AccessDeniedException"],
        evidence: [{ call: "cloudwatch-logs:DescribeLogGroups", field: "error" }],
      },
    ],
  },
  {
    name: "no listing covers the group's name → unknown",
    capture: () => capture().restApi("a1").stage("prod").logGroups("us-east-1", "API-Gateway-Execution-Logs_", []),
    expected: [
      { ...rest, status: "unknown", evidence: [{ call: "cloudwatch-logs:DescribeLogGroups", value: "not collected" }] },
    ],
  },
  {
    name: "a destination in another region → no finding (destination-invalid fails it)",
    capture: () => restTo(arnOf("/x", "eu-west-1")).logGroups("us-east-1", "", []),
    expected: [],
  },
  {
    name: "a destination in another account → no finding: this account's listing cannot tell",
    capture: () => restTo(arnOf("/central", "us-east-1", "999999999999")).logGroups("us-east-1", "", []),
    expected: [],
  },
  {
    name: "a Firehose destination whose stream is described → pass",
    capture: () => restTo(firehose).firehoseStream("us-east-1", "amazon-apigateway-x", "ACTIVE"),
    expected: [{ ...rest, status: "pass", evidence: [{ call: "firehose:DescribeDeliveryStream", value: "ACTIVE" }] }],
  },
  {
    name: "a Firehose destination whose stream Firehose does not find (ResourceNotFoundException) → fail",
    capture: () =>
      restTo(firehose).firehoseStream("us-east-1", "amazon-apigateway-x", {
        name: "ResourceNotFoundException",
        message: "Firehose amazon-apigateway-x under account 123456789012 not found.",
      }),
    expected: [
      { ...rest, status: "fail", says: ["amazon-apigateway-x", "does not exist"], console: ["amazon-apigateway-x"] },
    ],
  },
  {
    name: "a Firehose destination whose stream was not described → unknown (the verdict stays expected)",
    capture: () => restTo(firehose).logGroups("us-east-1", "", []),
    expected: [
      { ...rest, status: "unknown", evidence: [{ call: "firehose:DescribeDeliveryStream", value: "not collected" }] },
    ],
  },
  {
    name: "DescribeDeliveryStream denied → unknown",
    capture: () =>
      restTo(firehose).firehoseStream("us-east-1", "amazon-apigateway-x", {
        name: "AccessDeniedException",
        message: "denied",
      }),
    expected: [{ ...rest, status: "unknown", evidence: [{ call: "firehose:DescribeDeliveryStream", field: "error" }] }],
  },
  {
    name: "a Firehose destination in another region → no finding (destination-invalid fails it)",
    capture: () => restTo("arn:aws:firehose:eu-west-1:123456789012:deliverystream/amazon-apigateway-x"),
    expected: [],
  },
  {
    name: "no destination → no finding",
    capture: () => capture().restApi("a1").stage("prod", { access: null }).logGroups("us-east-1", "", []),
    expected: [],
  },
];

describeCheck(check, () => {
  it.each(cases)("$name", ({ capture, expected }) => {
    expectFindings(findingsOf(check, capture()), expected);
  });
});
