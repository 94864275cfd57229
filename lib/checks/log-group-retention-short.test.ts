import { it } from "vitest";
import { accessDenied, capture } from "../../testing/capture-builder";
import check from "./log-group-retention-short";
import { type Case, describeCheck, expectFindings, findingsOf } from "./testing/findings";

const prefix = "API-Gateway-Execution-Logs_";
const group = "API-Gateway-Execution-Logs_a1/prod";
const target = { target: group };
const stage = () => capture().restApi("a1").stage("prod", { access: null });

export const cases: Case[] = [
  {
    name: "no retention (events never expire) → pass",
    capture: () => stage().logGroupDetails("us-east-1", prefix, [{ name: group }]),
    expected: [{ ...target, status: "pass", says: ["forever"] }],
  },
  {
    name: "14 days → pass",
    capture: () =>
      stage().logGroupDetails("us-east-1", prefix, [{ name: group, retentionInDays: 14, logGroupClass: "STANDARD" }]),
    expected: [{ ...target, status: "pass" }],
  },
  {
    name: "7 days → info",
    capture: () => stage().logGroupDetails("us-east-1", prefix, [{ name: group, retentionInDays: 7 }]),
    expected: [
      {
        ...target,
        status: "info",
        says: ["keeps events 7 days", "gone by design"],
        evidence: [{ field: `logGroups[logGroupName=${group}].retentionInDays`, value: 7 }],
        cli: ["put-retention-policy --region us-east-1"],
      },
    ],
  },
  {
    name: "a DELIVERY-class group keeps events one day → info",
    capture: () => stage().logGroupDetails("us-east-1", prefix, [{ name: group, logGroupClass: "DELIVERY" }]),
    expected: [{ ...target, status: "info", says: ["one day (log class DELIVERY)"] }],
  },
  {
    name: "a delivery's destination group is checked instead of the managed group",
    capture: () =>
      stage()
        .deliveries("us-east-1", [
          {
            id: "d1",
            logType: "EXECUTION_LOGS",
            resourceArn: "arn:aws:apigateway:us-east-1::/restapis/a1/stages/prod",
            destinationArn: "arn:aws:logs:us-east-1:123456789012:log-group:/exec",
            destinationType: "CWL",
          },
        ])
        .logGroupDetails("us-east-1", "", [{ name: "/exec", retentionInDays: 1 }]),
    expected: [{ target: "/exec", status: "info", says: ["1 day:"] }],
  },
  {
    name: "DescribeLogGroups denied → unknown",
    capture: () => stage().logGroups("us-east-1", prefix, accessDenied("logs:DescribeLogGroups")),
    expected: [
      { ...target, status: "unknown", evidence: [{ call: "cloudwatch-logs:DescribeLogGroups", field: "error" }] },
    ],
  },
  {
    name: "DescribeLogGroups not collected → unknown",
    capture: stage,
    expected: [{ ...target, status: "unknown", evidence: [{ value: "not collected" }] }],
  },
  {
    name: "the group does not exist (another check's finding) or logging is off → no finding",
    capture: () =>
      stage().logGroups("us-east-1", prefix, []).restApi("a2").stage("dev", { loggingLevel: "OFF", access: null }),
    expected: [],
  },
];

describeCheck(check, () => {
  it.each(cases)("$name", ({ capture, expected }) => {
    expectFindings(findingsOf(check, capture()), expected);
  });
});
