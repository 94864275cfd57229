import { it } from "vitest";
import { capture } from "../../testing/capture-builder";
import check from "./stage-access-log-destination-invalid";
import { type Case, describeCheck, expectFindings, findingsOf } from "./testing/findings";

const rest = { api: "a1", stage: "prod" };
const http = { api: "h1", stage: "prod" };
const group = "arn:aws:logs:us-east-1:123456789012:log-group:/aws/apigateway/a1/prod";
const firehose = (name: string) => `arn:aws:firehose:us-east-1:123456789012:deliverystream/${name}`;
const format = "$context.requestId";
const restTo = (destinationArn: string) => () =>
  capture().restApi("a1").stage("prod", { access: { destinationArn, format } });
const httpTo = (destinationArn: string) => () =>
  capture().httpApi("h1").stage("prod", { access: { destinationArn, format } });
const suggested = "arn:aws:logs:us-east-1:123456789012:log-group:/aws/apigateway/a1/prod/access";

export const cases: Case[] = [
  {
    name: "a log group ARN of the stage's region and account → pass",
    capture: restTo(group),
    expected: [
      {
        ...rest,
        status: "pass",
        evidence: [{ call: "apigateway:GetStages", field: "accessLogSettings.destinationArn", value: group }],
      },
    ],
  },
  {
    name: "REST: a Firehose stream named amazon-apigateway-… → pass",
    capture: restTo(firehose("amazon-apigateway-pets")),
    expected: [{ ...rest, status: "pass" }],
  },
  {
    name: "REST: a Firehose stream without the amazon-apigateway- prefix → fail",
    capture: restTo(firehose("pets-logs")),
    expected: [
      {
        ...rest,
        status: "fail",
        says: ['"pets-logs" must start with "amazon-apigateway-"'],
        cli: ["--rest-api-id a1 --stage-name prod", suggested],
      },
    ],
  },
  {
    name: "HTTP: a Firehose stream (REST only) → fail",
    capture: httpTo(firehose("amazon-apigateway-orders")),
    expected: [
      {
        ...http,
        status: "fail",
        says: ["REST APIs only"],
        cli: ["aws apigatewayv2 update-stage --region us-east-1 --api-id h1 --stage-name prod"],
      },
    ],
  },
  {
    name: "WebSocket: a Firehose stream → fail",
    capture: () =>
      capture()
        .webSocketApi("w1")
        .stage("live", { access: { destinationArn: firehose("amazon-apigateway-chat"), format } }),
    expected: [{ api: "w1", stage: "live", status: "fail", says: ["REST APIs only"] }],
  },
  {
    name: "REST: an S3 bucket ARN → fail",
    capture: restTo("arn:aws:s3:::my-logs"),
    expected: [
      {
        ...rest,
        status: "fail",
        says: ['"arn:aws:s3:::my-logs"', "neither a CloudWatch Logs log group ARN nor a Firehose"],
      },
    ],
  },
  {
    name: "HTTP: a bare log group name → fail",
    capture: httpTo("/aws/vendedlogs/orders"),
    expected: [{ ...http, status: "fail", says: ["not a CloudWatch Logs log group ARN"] }],
  },
  {
    name: "a log group in another region → fail",
    capture: restTo("arn:aws:logs:eu-west-1:123456789012:log-group:/aws/apigateway/a1/prod"),
    expected: [{ ...rest, status: "fail", says: ["in eu-west-1", "own region us-east-1"], cli: [suggested] }],
  },
  {
    name: "a log group in another account → fail",
    capture: restTo("arn:aws:logs:us-east-1:999999999999:log-group:/central"),
    expected: [{ ...rest, status: "fail", says: ["account 999999999999", "123456789012"] }],
  },
  {
    name: "a Firehose stream in another region → fail",
    capture: restTo("arn:aws:firehose:us-west-2:123456789012:deliverystream/amazon-apigateway-pets"),
    expected: [{ ...rest, status: "fail", says: ["in us-west-2"] }],
  },
  {
    name: "a log group of another partition → fail",
    capture: restTo("arn:aws-cn:logs:us-east-1:123456789012:log-group:/x"),
    expected: [{ ...rest, status: "fail", says: ["partition aws-cn"] }],
  },
  {
    name: "a log group ARN ending in :* is accepted (AWS stores it without the suffix) → pass",
    capture: restTo(`${group}:*`),
    expected: [{ ...rest, status: "pass" }],
  },
  {
    name: "no destination → no finding (stage.access-logging-off reports it)",
    capture: () => capture().restApi("a1").stage("prod", { access: null }),
    expected: [],
  },
  {
    name: "GetCallerIdentity not collected: the account cannot be compared → unknown",
    capture: () => restTo(group)().without("sts", "GetCallerIdentity"),
    expected: [{ ...rest, status: "unknown", evidence: [{ call: "sts:GetCallerIdentity", value: "not collected" }] }],
  },
  {
    name: "GetCallerIdentity not collected does not hide another region → fail",
    capture: () => restTo("arn:aws:logs:eu-west-1:123456789012:log-group:/x")().without("sts", "GetCallerIdentity"),
    expected: [{ ...rest, status: "fail", says: ["in eu-west-1"] }],
  },
];

describeCheck(check, () => {
  it.each(cases)("$name", ({ capture, expected }) => {
    expectFindings(findingsOf(check, capture()), expected);
  });
});
