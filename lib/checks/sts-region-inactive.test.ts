import { expect, it } from "vitest";
import { accessDenied, capture, HOUR } from "../../testing/capture-builder";
import check from "./sts-region-inactive";
import { type Case, describeCheck, expectFindings, findingsOf } from "./testing/findings";

const execGroup = "API-Gateway-Execution-Logs_a1/prod";
const noProbe = () => capture().restApi("a1").stage("prod").without("sts", "GetSessionToken");

export const cases: Case[] = [
  {
    name: "GetSessionToken at the regional endpoint succeeded → pass",
    capture: () => capture(),
    expected: [
      { status: "pass", says: ["GetSessionToken"], evidence: [{ call: "sts:GetSessionToken", value: "succeeded" }] },
    ],
  },
  {
    name: "AssumeRole (a chained scan) succeeded → pass",
    capture: () =>
      noProbe().call({
        service: "sts",
        region: "us-east-1",
        operation: "AssumeRole",
        input: { RoleArn: "arn:aws:iam::123456789012:role/scan", RoleSessionName: "log-doctor" },
        output: {},
      }),
    expected: [{ status: "pass", says: ["AssumeRole"], evidence: [{ call: "sts:AssumeRole" }] }],
  },
  {
    name: "RegionDisabledException → fail, with the IAM console steps",
    capture: () => capture({ sts: "disabled" }),
    expected: [
      {
        status: "fail",
        says: ["not activated in us-east-1", "RegionDisabledException"],
        evidence: [{ call: "sts:GetSessionToken", field: "error.name", value: "RegionDisabledException" }],
        console: ["us-east-1", "Activate"],
      },
    ],
  },
  {
    name: "an AssumeRole that was throttled does not hide a RegionDisabledException → fail",
    capture: () =>
      noProbe()
        .call({
          service: "sts",
          region: "us-east-1",
          operation: "GetSessionToken",
          input: {},
          error: { name: "ThrottlingException", message: "Rate exceeded" },
        })
        .call({
          service: "sts",
          region: "us-east-1",
          operation: "AssumeRole",
          input: {},
          error: { name: "RegionDisabledException", message: "STS is not activated" },
        }),
    expected: [{ status: "fail", evidence: [{ call: "sts:AssumeRole", value: "RegionDisabledException" }] }],
  },
  {
    name: "no probe, but ListRegions says the region is opt-in (ENABLED) → pass",
    capture: () => noProbe().optInRegions({ "us-east-1": "ENABLED", "eu-west-1": "ENABLED_BY_DEFAULT" }),
    expected: [
      { status: "pass", says: ["opt-in region"], evidence: [{ call: "account:ListRegions", value: "ENABLED" }] },
    ],
  },
  {
    name: "probe errored, but an execution log group got an event 1 hour before capturedAt → pass",
    capture: () =>
      capture({ sts: accessDenied("sts:GetSessionToken") })
        .restApi("a1")
        .stage("prod")
        .newestEvent("us-east-1", execGroup, HOUR),
    expected: [
      {
        status: "pass",
        says: [execGroup],
        evidence: [
          {
            call: "cloudwatch-logs:DescribeLogStreams",
            field: `${execGroup}.lastEventTimestamp`,
            value: "2026-11-22T09:00:00.000Z",
          },
        ],
      },
    ],
  },
  {
    // The capture's time is taken when collection starts; streams are read minutes later.
    name: "an execution log event 5 minutes after capturedAt still counts → pass",
    capture: () => noProbe().newestEvent("us-east-1", execGroup, -5 * 60 * 1000),
    expected: [{ status: "pass", says: [execGroup] }],
  },
  {
    name: "no probe, region enabled by default, newest execution log event 25 hours old → unknown",
    capture: () =>
      noProbe()
        .optInRegions({ "us-east-1": "ENABLED_BY_DEFAULT" })
        .newestEvent("us-east-1", execGroup, 25 * HOUR),
    expected: [
      {
        status: "unknown",
        says: ["no STS probe", "IAM console", "Security Token Service"],
        evidence: [{ call: "sts:GetSessionToken", value: "not collected" }],
      },
    ],
  },
  {
    name: "a recent event in an access log group is no evidence of STS → unknown",
    capture: () => noProbe().newestEvent("us-east-1", "/aws/apigateway/a1/prod", HOUR),
    expected: [{ status: "unknown" }],
  },
  {
    name: "probe denied (AccessDenied) and nothing else → unknown naming the error",
    capture: () => capture({ sts: accessDenied("sts:GetSessionToken") }),
    expected: [
      {
        status: "unknown",
        says: ["AccessDeniedException"],
        evidence: [{ call: "sts:GetSessionToken", field: "error" }],
      },
    ],
  },
  {
    name: "GetCallerIdentity alone is not a probe → unknown",
    capture: () => noProbe(),
    expected: [{ status: "unknown", says: ["GetCallerIdentity is not a reliable probe"] }],
  },
  {
    name: "one finding per region: active in us-east-1, disabled in ap-south-2",
    capture: () => capture().region("ap-south-2", { sts: "disabled" }),
    expected: [
      { status: "pass" },
      { status: "fail", region: "ap-south-2", says: ["ap-south-2"], console: ["ap-south-2"] },
    ],
  },
];

describeCheck(check, () => {
  it.each(cases)("$name", ({ capture, expected }) => {
    expectFindings(findingsOf(check, capture()), expected);
  });

  it("has target null and no api or stage (a region-wide finding)", () => {
    const [finding] = findingsOf(check, capture({ sts: "disabled" }).restApi("a1").stage("prod"));
    expect([finding.api, finding.stage, finding.target]).toEqual([null, null, null]);
  });
});
