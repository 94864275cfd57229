import { it } from "vitest";
import { accessDenied, capture } from "../../testing/capture-builder";
import check from "./stage-execution-delivery-destination-missing";
import { type Case, describeCheck, expectFindings, findingsOf } from "./testing/findings";

const rest = { api: "a1", stage: "prod" };
const stageArn = "arn:aws:apigateway:us-east-1::/restapis/a1/stages/prod";
const group = "/custom/exec-logs";
const groupArn = `arn:aws:logs:us-east-1:123456789012:log-group:${group}`;
const streamArn = "arn:aws:firehose:us-east-1:123456789012:deliverystream/exec-stream";
const toGroup = [
  { id: "d1", logType: "EXECUTION_LOGS", resourceArn: stageArn, destinationArn: groupArn, destinationType: "CWL" },
];
const toStream = [
  { id: "d2", logType: "EXECUTION_LOGS", resourceArn: stageArn, destinationArn: streamArn, destinationType: "FH" },
];
const restStage = () => capture().restApi("a1", { name: "pets" }).stage("prod");

export const cases: Case[] = [
  {
    name: "the delivery's log group is listed → pass",
    capture: () => restStage().deliveries("us-east-1", toGroup).logGroups("us-east-1", group, [group]),
    expected: [{ ...rest, status: "pass", evidence: [{ call: "cloudwatch-logs:DescribeLogGroups", value: group }] }],
  },
  {
    name: "the delivery's Firehose stream is described → pass",
    capture: () => restStage().deliveries("us-east-1", toStream).firehoseStream("us-east-1", "exec-stream", "ACTIVE"),
    expected: [{ ...rest, status: "pass", evidence: [{ call: "firehose:DescribeDeliveryStream", value: "ACTIVE" }] }],
  },
  {
    name: "the delivery's log group is not in a listing that covers it → fail",
    capture: () => restStage().deliveries("us-east-1", toGroup).logGroups("us-east-1", group, []),
    expected: [
      {
        ...rest,
        status: "fail",
        says: [groupArn, "does not exist", "API-Gateway-Execution-Logs_a1/prod"],
        evidence: [{ field: `logGroups (prefix "${group}")`, value: `no ${group}` }],
        cli: [`aws logs create-log-group --region us-east-1 --log-group-name ${group}`],
        console: ["aws logs delete-delivery --region us-east-1 --id d1"],
      },
    ],
  },
  {
    name: "Firehose says the stream does not exist → fail",
    capture: () =>
      restStage().deliveries("us-east-1", toStream).firehoseStream("us-east-1", "exec-stream", {
        name: "ResourceNotFoundException",
        message: "Firehose exec-stream not found.",
      }),
    expected: [
      { ...rest, status: "fail", says: [streamArn], cli: ["aws logs delete-delivery --region us-east-1 --id d2"] },
    ],
  },
  {
    name: "a WebSocket stage's delivery to a deleted group → fail",
    capture: () =>
      capture()
        .webSocketApi("w1")
        .stage("live")
        .deliveries("us-east-1", [{ ...toGroup[0], resourceArn: "arn:aws:apigateway:us-east-1::/apis/w1/stages/live" }])
        .logGroups("us-east-1", "", []),
    expected: [{ api: "w1", stage: "live", status: "fail" }],
  },
  {
    name: "the log-group listing was not collected → unknown",
    capture: () => restStage().deliveries("us-east-1", toGroup),
    expected: [
      {
        ...rest,
        status: "unknown",
        says: ["not collected"],
        evidence: [{ call: "cloudwatch-logs:DescribeLogGroups", value: "not collected" }],
      },
    ],
  },
  {
    name: "DescribeDeliveryStream denied → unknown",
    capture: () =>
      restStage()
        .deliveries("us-east-1", toStream)
        .firehoseStream("us-east-1", "exec-stream", accessDenied("firehose:DescribeDeliveryStream")),
    expected: [{ ...rest, status: "unknown", says: ["AccessDeniedException"] }],
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
  {
    name: "no execution-log delivery, or one to S3 (not checked) → no finding",
    capture: () =>
      restStage().deliveries("us-east-1", [
        { id: "d3", logType: "EXECUTION_LOGS", resourceArn: stageArn, destinationArn: "arn:aws:s3:::central-logs" },
      ]),
    expected: [],
  },
  {
    name: "an access-log delivery to a missing group is not this check's → no finding",
    capture: () =>
      restStage()
        .deliveries("us-east-1", [{ ...toGroup[0], logType: "ACCESS_LOGS" }])
        .logGroups("us-east-1", "", []),
    expected: [],
  },
];

describeCheck(check, () => {
  it.each(cases)("$name", ({ capture, expected }) => {
    expectFindings(findingsOf(check, capture()), expected);
  });
});
