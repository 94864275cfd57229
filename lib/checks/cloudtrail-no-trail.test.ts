import { it } from "vitest";
import { accessDenied, capture, type TrailOptions } from "../../testing/capture-builder";
import check from "./cloudtrail-no-trail";
import { type Case, describeCheck, expectFindings, findingsOf } from "./testing/findings";

const withTrails =
  (...trails: TrailOptions[]) =>
  () =>
    capture().trails("us-east-1", trails);
const createTrail = [
  "aws cloudtrail create-trail --region us-east-1 --name management-events --s3-bucket-name aws-cloudtrail-logs-123456789012-management --is-multi-region-trail",
];
const advancedSelectors = (readOnly: string[] | null) => ({
  service: "cloudtrail",
  region: "us-east-1",
  operation: "GetEventSelectors",
  input: { TrailName: "arn:aws:cloudtrail:us-east-1:123456789012:trail/adv" },
  output: {
    AdvancedEventSelectors: [
      {
        Name: "management",
        FieldSelectors: [
          { Field: "eventCategory", Equals: ["Management"] },
          ...(readOnly ? [{ Field: "readOnly", Equals: readOnly }] : []),
        ],
      },
    ],
  },
});

export const cases: Case[] = [
  {
    name: "a trail of the region, logging all management events → pass",
    capture: withTrails({ name: "main" }),
    expected: [
      {
        status: "pass",
        says: ["The trail main", "us-east-1"],
        evidence: [
          { call: "cloudtrail:DescribeTrails", value: "arn:aws:cloudtrail:us-east-1:123456789012:trail/main" },
        ],
      },
    ],
  },
  {
    name: "a multi-region trail homed in another region covers this one → pass",
    capture: withTrails({ name: "org-wide", homeRegion: "eu-west-1", multiRegion: true }),
    expected: [{ status: "pass", says: ["org-wide"] }],
  },
  {
    name: "advanced selectors recording Management events (reads and writes) → pass",
    capture: () => withTrails({ name: "adv", selectors: null })().call(advancedSelectors(null)),
    expected: [{ status: "pass", says: ["adv"] }],
  },
  {
    name: "no trail → warn, with a multi-region trail to create",
    capture: withTrails(),
    expected: [
      {
        status: "warn",
        says: ["No trail covers us-east-1", "90 days"],
        evidence: [{ field: "trailList", value: [] }],
        cli: createTrail,
      },
    ],
  },
  {
    name: "a single-region trail of another region does not cover this one → warn",
    capture: withTrails({ name: "eu-only", homeRegion: "eu-west-1" }),
    expected: [{ status: "warn", says: ["No trail covers us-east-1"] }],
  },
  {
    name: "the only trail is not logging (StopLogging) → warn naming it",
    capture: withTrails({ name: "main", logging: false }),
    expected: [
      { status: "warn", says: ["both logging and recording write management events (main)"], cli: createTrail },
    ],
  },
  {
    name: "the only trail records ReadOnly management events → warn",
    capture: withTrails({ name: "reads", selectors: "ReadOnly" }),
    expected: [{ status: "warn", says: ["(reads)"] }],
  },
  {
    name: "advanced selectors with readOnly = true → warn",
    capture: () => withTrails({ name: "adv", selectors: null })().call(advancedSelectors(["true"])),
    expected: [{ status: "warn", says: ["(adv)"] }],
  },
  {
    name: "one good trail beside one not logging → pass",
    capture: withTrails({ name: "stopped", logging: false }, { name: "main" }),
    expected: [{ status: "pass", says: ["main"] }],
  },
  {
    name: "the covering trail's status was not collected → unknown",
    capture: withTrails({ name: "main", logging: null }),
    expected: [
      {
        status: "unknown",
        says: ["trail main", "cloudtrail:GetTrailStatus was not collected"],
        evidence: [{ call: "cloudtrail:GetTrailStatus", field: "(call)", value: "not collected" }],
      },
    ],
  },
  {
    name: "GetEventSelectors denied → unknown",
    capture: withTrails({ name: "main", selectors: accessDenied("cloudtrail:GetEventSelectors") }),
    expected: [
      {
        status: "unknown",
        says: ["cloudtrail:GetEventSelectors failed with AccessDeniedException"],
        evidence: [
          {
            call: "cloudtrail:GetEventSelectors",
            field: "error",
            value: "AccessDeniedException: User is not authorized to perform cloudtrail:GetEventSelectors",
          },
        ],
      },
    ],
  },
  {
    name: "DescribeTrails denied → unknown",
    capture: () => capture().trails("us-east-1", accessDenied("cloudtrail:DescribeTrails")),
    expected: [{ status: "unknown", evidence: [{ call: "cloudtrail:DescribeTrails", field: "error" }] }],
  },
  {
    name: "DescribeTrails not collected → unknown",
    capture: () => capture(),
    expected: [{ status: "unknown", evidence: [{ call: "cloudtrail:DescribeTrails", value: "not collected" }] }],
  },
  {
    name: "one finding per region: covered in us-east-1, no trail in eu-west-1",
    capture: () => withTrails({ name: "main" })().region("eu-west-1").trails("eu-west-1", []),
    expected: [
      { status: "pass" },
      { status: "warn", region: "eu-west-1", says: ["eu-west-1"], cli: ["--region eu-west-1"] },
    ],
  },
];

describeCheck(check, () => {
  it.each(cases)("$name", ({ capture, expected }) => {
    expectFindings(findingsOf(check, capture()), expected);
  });
});
