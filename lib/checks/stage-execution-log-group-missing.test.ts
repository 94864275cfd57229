import { it } from "vitest";
import { accessDenied, capture } from "../../testing/capture-builder";
import check from "./stage-execution-log-group-missing";
import { type Case, describeCheck, expectFindings, findingsOf } from "./testing/findings";

const rest = { api: "a1", stage: "prod" };
const group = "API-Gateway-Execution-Logs_a1/prod";
const prefix = "API-Gateway-Execution-Logs_";
const restStage = (options = {}) => capture().restApi("a1").stage("prod", options);

export const cases: Case[] = [
  {
    name: "the execution log group is listed → pass",
    capture: () => restStage().logGroups("us-east-1", prefix, [group, "API-Gateway-Execution-Logs_zz/dev"]),
    expected: [
      {
        ...rest,
        status: "pass",
        says: [group],
        evidence: [{ call: "cloudwatch-logs:DescribeLogGroups", value: group }],
      },
    ],
  },
  {
    name: "a listing by a covering prefix without the group → warn",
    capture: () => restStage().logGroups("us-east-1", prefix, ["API-Gateway-Execution-Logs_zz/dev"]),
    expected: [
      {
        ...rest,
        status: "warn",
        says: [group, "does not exist in us-east-1"],
        evidence: [{ field: `logGroups (prefix "${prefix}")`, value: `no ${group}` }],
        cli: [
          `aws logs delete-log-group --region us-east-1 --log-group-name ${group}`,
          "aws apigateway create-deployment --region us-east-1 --rest-api-id a1 --stage-name prod",
        ],
      },
    ],
  },
  {
    name: "an unprefixed listing (every group) covers it too → warn",
    capture: () => restStage().logGroups("us-east-1", "", ["/aws/apigateway/a1/prod"]),
    expected: [{ ...rest, status: "warn", evidence: [{ field: 'logGroups (prefix "")' }] }],
  },
  {
    name: "WebSocket stage whose group is missing → warn",
    capture: () => capture().webSocketApi("w1").stage("live").logGroups("us-east-1", prefix, []),
    expected: [
      {
        api: "w1",
        stage: "live",
        status: "warn",
        says: ["API-Gateway-Execution-Logs_w1/live"],
        cli: ["aws apigatewayv2 create-deployment --region us-east-1 --api-id w1 --stage-name live"],
      },
    ],
  },
  {
    name: "stage OFF but an override logs → execution logging is on → checked (warn)",
    capture: () =>
      restStage({ loggingLevel: "OFF", overrides: { "~1pets/GET": { loggingLevel: "ERROR" } } }).logGroups(
        "us-east-1",
        prefix,
        [],
      ),
    expected: [{ ...rest, status: "warn" }],
  },
  {
    name: "deliveries read, none for this stage → warn, the evidence says so",
    capture: () => restStage().logGroups("us-east-1", prefix, []).deliveries("us-east-1", []),
    expected: [{ ...rest, status: "warn", evidence: [{ call: "cloudwatch-logs:DescribeDeliveries", value: [] }] }],
  },
  {
    name: "deliveries not collected count as none → warn, saying they were not read",
    capture: () => restStage().logGroups("us-east-1", prefix, []),
    expected: [
      {
        ...rest,
        status: "warn",
        says: ["Deliveries were not read"],
        evidence: [{ call: "cloudwatch-logs:DescribeDeliveries", value: "not collected" }],
      },
    ],
  },
  {
    name: "an execution-log delivery routes the logs elsewhere → no finding (API Gateway does not write the group)",
    capture: () =>
      restStage()
        .logGroups("us-east-1", prefix, [])
        .deliveries("us-east-1", [
          {
            id: "d1",
            logType: "EXECUTION_LOGS",
            resourceArn: "arn:aws:apigateway:us-east-1::/restapis/a1/stages/prod",
            destinationArn: "arn:aws:logs:us-east-1:123456789012:log-group:/custom/exec",
            destinationType: "CWL",
          },
        ]),
    expected: [],
  },
  {
    name: "execution logging off → no finding",
    capture: () => restStage({ loggingLevel: "OFF" }).logGroups("us-east-1", prefix, []),
    expected: [],
  },
  {
    name: "only a listing whose prefix does not cover the group → unknown",
    capture: () => restStage().logGroups("us-east-1", "/aws/apigateway/", []),
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
    name: "DescribeLogGroups denied → unknown",
    capture: () => restStage().logGroups("us-east-1", prefix, accessDenied("logs:DescribeLogGroups")),
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
    name: "a listing of another region does not count → unknown",
    capture: () => restStage().logGroups("eu-west-1", prefix, [group]),
    expected: [{ ...rest, status: "unknown" }],
  },
];

describeCheck(check, () => {
  it.each(cases)("$name", ({ capture, expected }) => {
    expectFindings(findingsOf(check, capture()), expected);
  });
});
