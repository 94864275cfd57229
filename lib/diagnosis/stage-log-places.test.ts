import { describe, expect, it } from "vitest";
import { readModel } from "../model/read-model";
import { capture, capturedAtMs, HOUR, type CaptureBuilder } from "../../testing/capture-builder";
import {
  consoleEscape,
  logGroupUrl,
  logsInsightsUrl,
  modelLogFacts,
  stageLogPlaces,
  type LogPlace,
  type StageLogFacts,
} from "./stage-log-places";

const region = "us-east-1";
const id = "a1b2c3d4e5";
const exec = `API-Gateway-Execution-Logs_${id}/prod`;
const access = `/aws/apigateway/${id}/prod`;

function placesOf(builder: CaptureBuilder): LogPlace[] {
  const facts = modelLogFacts(readModel(builder.build()));
  expect(facts).toHaveLength(1);
  return stageLogPlaces(facts[0]);
}

const brief = (p: LogPlace) => [p.kind, p.where, p.name, p.summary];

describe("stageLogPlaces", () => {
  it.each<[string, () => CaptureBuilder, unknown[][]]>([
    [
      "REST with both groups and fresh events",
      () =>
        capture()
          .restApi(id)
          .stage("prod")
          .logGroups(region, "API-Gateway-Execution-Logs_", [exec])
          .logGroups(region, "/aws/apigateway/", [access])
          .newestEvent(region, exec, 3 * HOUR)
          .newestEvent(region, access, 4 * 60_000),
      [
        ["execution", "group", exec, "newest event 2026-11-22 07:00:00 UTC (3 h before the capture)"],
        ["access", "group", access, "newest event 2026-11-22 09:56:00 UTC (4 min before the capture)"],
      ],
    ],
    [
      "an execution-log delivery: its destination group, not the managed one",
      () =>
        capture()
          .restApi(id)
          .stage("prod", { access: null })
          .deliveries(region, [
            {
              id: "d1",
              logType: "EXECUTION_LOGS",
              resourceArn: `arn:aws:apigateway:${region}::/restapis/${id}/stages/prod`,
              destinationArn: `arn:aws:logs:${region}:123456789012:log-group:/delivered/exec`,
              destinationType: "CWL",
            },
          ])
          .newestEvent(region, "/delivered/exec", 2 * 86_400_000),
      [
        ["execution", "group", "/delivered/exec", "newest event 2026-11-20 10:00:00 UTC (2 d before the capture)"],
        ["access", "none", null, expect.stringMatching(/^Access logging is off/)],
      ],
    ],
    [
      "HTTP with access logs only",
      () => capture().httpApi(id).stage("prod").newestEvent(region, access, HOUR),
      [
        ["execution", "none", null, expect.stringMatching(/HTTP APIs write no execution logs/)],
        ["access", "group", access, "newest event 2026-11-22 09:00:00 UTC (1 h before the capture)"],
      ],
    ],
    [
      "a Firehose access destination: named, never linked as a group",
      () =>
        capture()
          .restApi(id)
          .stage("prod", {
            access: {
              destinationArn: "arn:aws:firehose:us-east-1:123456789012:deliverystream/amazon-apigateway-logs",
              format: "$context.requestId",
            },
          })
          .newestEvent(region, exec, null),
      [
        ["execution", "group", exec, "no event listed"],
        [
          "access",
          "firehose",
          "amazon-apigateway-logs",
          expect.stringMatching(/^Firehose stream amazon-apigateway-logs: not a log group/),
        ],
      ],
    ],
    [
      "no events listed, or not read at all: never an invented time",
      () => capture().restApi(id).stage("prod").newestEvent(region, exec, null),
      [
        ["execution", "group", exec, "no event listed"],
        ["access", "group", access, "newest event not read by the scan"],
      ],
    ],
  ])("%s", (_, build, expected) => {
    const places = placesOf(build());
    expect(places.map(brief)).toEqual(expected);
    for (const place of places) {
      expect(place.groupUrl === null).toBe(place.where !== "group");
      expect(place.insightsUrl === null).toBe(place.where !== "group");
    }
  });

  it("links a group and a Logs Insights query in the stage's region", () => {
    const [execution] = placesOf(capture().restApi(id).stage("prod").newestEvent(region, exec, HOUR));
    expect(execution.groupUrl).toBe(
      `https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1#logsV2:log-groups/log-group/API-Gateway-Execution-Logs_a1b2c3d4e5$252Fprod`,
    );
    expect(execution.insightsUrl).toBe(
      "https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1#logsV2:logs-insights$3FqueryDetail$3D~(end~0~start~-86400~timeType~'RELATIVE~unit~'seconds~editorString~'fields*20*40timestamp*2C*20*40message*2C*20*40logStream*0A*7C*20sort*20*40timestamp*20desc*0A*7C*20limit*20100~source~(~'API-Gateway-Execution-Logs_a1b2c3d4e5*2Fprod))",
    );
    expect(execution.newestAt).toBe(new Date(capturedAtMs - HOUR).toISOString());
  });

  it("measures age from the capture, not the wall clock", () => {
    const facts: StageLogFacts = {
      region,
      apiId: id,
      stage: "prod",
      partition: "aws",
      capturedAtMs: 1_000_000_000,
      places: [{ kind: "access", place: "group", region, group: "g", newestAtMs: 1_000_000_000 - 90_000, read: true }],
    };
    expect(stageLogPlaces(facts)[0].age).toBe("2 min before the capture");
  });
});

describe("console URLs", () => {
  it.each([
    [
      "aws",
      "eu-west-1",
      "https://eu-west-1.console.aws.amazon.com/cloudwatch/home?region=eu-west-1#logsV2:log-groups/log-group/g",
    ],
    [
      "aws-cn",
      "cn-north-1",
      "https://console.amazonaws.cn/cloudwatch/home?region=cn-north-1#logsV2:log-groups/log-group/g",
    ],
    [
      "aws-us-gov",
      "us-gov-west-1",
      "https://console.amazonaws-us-gov.com/cloudwatch/home?region=us-gov-west-1#logsV2:log-groups/log-group/g",
    ],
    ["aws-iso", "us-iso-east-1", null],
    ["aws", "us-east-1#x", null],
  ])("%s %s", (partition, r, url) => {
    expect(logGroupUrl(partition, r, "g")).toBe(url);
    expect(logsInsightsUrl(partition, r, "g") === null).toBe(url === null);
  });

  it.each([
    ["/aws/apigateway/a/prod", "$252Faws$252Fapigateway$252Fa$252Fprod"],
    ["a#b?c&d=e", "a$2523b$253Fc$2526d$253De"],
    ["x'y(z)~!*", "x$2527y$2528z$2529$257E$2521$252A"],
    ["sp ace\u202Eevil", "sp$2520ace$25E2$2580$25AEevil"],
    ["<script>", "$253Cscript$253E"],
  ])("escapes %j so it cannot leave its segment", (group, escaped) => {
    expect(consoleEscape(group)).toBe(escaped);
    const url = logGroupUrl("aws", region, group)!;
    expect(url.endsWith(`log-group/${escaped}`)).toBe(true);
    expect(url.split("#")).toHaveLength(2);
    expect(url).toMatch(/^[A-Za-z0-9$._~:/?#=&'()!*-]+$/);
    const insights = logsInsightsUrl("aws", region, group)!;
    expect(insights.split("#")).toHaveLength(2);
    expect(insights.split("#")[1]).not.toMatch(/[\s<>"`]/);
  });
});
