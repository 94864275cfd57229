import { it } from "vitest";
import { accessDenied, capture } from "../../testing/capture-builder";
import check from "./stage-execution-logs-redirected";
import { type Case, describeCheck, expectFindings, findingsOf } from "./testing/findings";

const rest = { api: "a1", stage: "prod" };
const stageArn = "arn:aws:apigateway:us-east-1::/restapis/a1/stages/prod";
const bucket = "arn:aws:s3:::central-api-logs";
const restStage = () => capture().restApi("a1").stage("prod");

export const cases: Case[] = [
  {
    name: "no delivery in the region → pass",
    capture: () => restStage().deliveries("us-east-1", []),
    expected: [{ ...rest, status: "pass" }],
  },
  {
    name: "an EXECUTION_LOGS delivery of the stage → info naming its destination",
    capture: () =>
      restStage().deliveries("us-east-1", [
        { id: "d1", logType: "EXECUTION_LOGS", resourceArn: stageArn, destinationArn: bucket },
      ]),
    expected: [
      {
        ...rest,
        status: "info",
        says: [`S3 ${bucket}`, "not to the managed log group API-Gateway-Execution-Logs_a1/prod"],
        evidence: [
          {
            call: "cloudwatch-logs:DescribeDeliveries",
            field: "deliveries[id=d1].deliveryDestinationArn",
            value: bucket,
          },
        ],
      },
    ],
  },
  {
    name: "a WebSocket stage's delivery (/apis/<id>/stages/<stage>) → info",
    capture: () =>
      capture()
        .webSocketApi("w1")
        .stage("live")
        .deliveries("us-east-1", [
          {
            id: "d2",
            logType: "EXECUTION_LOGS",
            resourceArn: "arn:aws:apigateway:us-east-1::/apis/w1/stages/live",
            destinationArn: bucket,
          },
        ]),
    expected: [{ api: "w1", stage: "live", status: "info" }],
  },
  {
    name: "a delivery of access logs only → pass",
    capture: () =>
      restStage().deliveries("us-east-1", [
        { id: "d1", logType: "ACCESS_LOGS", resourceArn: stageArn, destinationArn: bucket },
      ]),
    expected: [{ ...rest, status: "pass" }],
  },
  {
    name: "a delivery of another stage of the API → pass",
    capture: () =>
      restStage().deliveries("us-east-1", [
        {
          id: "d1",
          logType: "EXECUTION_LOGS",
          resourceArn: "arn:aws:apigateway:us-east-1::/restapis/a1/stages/prod2",
          destinationArn: bucket,
        },
      ]),
    expected: [{ ...rest, status: "pass" }],
  },
  {
    name: "DescribeDeliveries denied → unknown",
    capture: () => restStage().deliveries("us-east-1", accessDenied("logs:DescribeDeliveries")),
    expected: [
      { ...rest, status: "unknown", evidence: [{ call: "cloudwatch-logs:DescribeDeliveries", field: "error" }] },
    ],
  },
  {
    name: "deliveries listed but their sources not collected → unknown",
    capture: () => restStage().deliveries("us-east-1", []).without("cloudwatch-logs", "DescribeDeliverySources"),
    expected: [
      {
        ...rest,
        status: "unknown",
        evidence: [{ call: "cloudwatch-logs:DescribeDeliverySources", value: "not collected" }],
      },
    ],
  },
  {
    name: "deliveries not collected → unknown",
    capture: restStage,
    expected: [
      {
        ...rest,
        status: "unknown",
        evidence: [{ call: "cloudwatch-logs:DescribeDeliveries", value: "not collected" }],
      },
    ],
  },
];

describeCheck(check, () => {
  it.each(cases)("$name", ({ capture, expected }) => {
    expectFindings(findingsOf(check, capture()), expected);
  });
});
