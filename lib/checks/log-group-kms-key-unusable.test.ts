import { it } from "vitest";
import { accessDenied, capture } from "../../testing/capture-builder";
import check from "./log-group-kms-key-unusable";
import { type Case, describeCheck, expectFindings, findingsOf } from "./testing/findings";

const prefix = "API-Gateway-Execution-Logs_";
const group = "API-Gateway-Execution-Logs_a1/prod";
const key = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
const target = { target: group };
/** A REST stage (no access logs) whose execution group is encrypted with `key`. */
const encrypted = () =>
  capture()
    .restApi("a1")
    .stage("prod", { access: null })
    .logGroupDetails("us-east-1", prefix, [{ name: group, kmsKeyId: key }]);

export const cases: Case[] = [
  {
    name: "the key is Enabled → pass",
    capture: () => encrypted().kmsKey("us-east-1", key, "Enabled"),
    expected: [
      {
        ...target,
        status: "pass",
        evidence: [{ call: "kms:DescribeKey", field: "KeyMetadata.KeyState", value: "Enabled" }],
      },
    ],
  },
  {
    name: "the key is Disabled → warn, fixed by enabling it",
    capture: () => encrypted().kmsKey("us-east-1", key, "Disabled"),
    expected: [
      {
        ...target,
        status: "warn",
        says: [group, "is Disabled"],
        cli: [`aws kms enable-key --region us-east-1 --key-id ${key}`],
      },
    ],
  },
  {
    name: "the key is PendingDeletion → warn, fixed by cancelling the deletion",
    capture: () => encrypted().kmsKey("us-east-1", key, "PendingDeletion"),
    expected: [{ ...target, status: "warn", cli: ["aws kms cancel-key-deletion --region us-east-1"] }],
  },
  {
    name: "KMS says the key does not exist → warn",
    capture: () => encrypted().kmsKey("us-east-1", key, { name: "NotFoundException", message: "Key not found" }),
    expected: [
      {
        ...target,
        status: "warn",
        says: ["does not exist"],
        cli: [`aws logs disassociate-kms-key --region us-east-1 --log-group-name ${group}`],
      },
    ],
  },
  {
    name: "an access-log destination group and an execution group share one finding per group",
    capture: () =>
      capture()
        .restApi("a1")
        .stage("prod", {
          access: {
            destinationArn: "arn:aws:logs:us-east-1:123456789012:log-group:/access",
            format: "$context.requestId",
          },
        })
        .logGroupDetails("us-east-1", "", [
          { name: group, kmsKeyId: key },
          { name: "/access", kmsKeyId: key },
        ])
        .kmsKey("us-east-1", key, "Disabled"),
    expected: [
      { target: "/access", status: "warn" },
      { ...target, status: "warn" },
    ],
  },
  {
    name: "DescribeKey denied → unknown",
    capture: () => encrypted().kmsKey("us-east-1", key, accessDenied("kms:DescribeKey")),
    expected: [
      {
        ...target,
        status: "unknown",
        says: ["AccessDeniedException"],
        evidence: [{ call: "kms:DescribeKey", field: "error" }],
      },
    ],
  },
  {
    name: "DescribeKey not collected → unknown",
    capture: encrypted,
    expected: [{ ...target, status: "unknown", evidence: [{ call: "kms:DescribeKey", value: "not collected" }] }],
  },
  {
    name: "a group without a key, or not listed → no finding",
    capture: () =>
      capture()
        .restApi("a1")
        .stage("prod", { access: null })
        .logGroupDetails("us-east-1", prefix, [{ name: group }])
        .restApi("a2")
        .stage("dev", { access: null }),
    expected: [],
  },
];

describeCheck(check, () => {
  it.each(cases)("$name", ({ capture, expected }) => {
    expectFindings(findingsOf(check, capture()), expected);
  });
});
