import { describe, expect, it } from "vitest";
import type { Capture, CaptureCall } from "../capture/schema";
import { analyze } from "../engine/analyze";
import { readModel } from "../model/read-model";
import { accessDenied, capture, capturedAtMs, HOUR, type CaptureBuilder } from "../../testing/capture-builder";
import { findRequest, plannedSearches, type FindRequestResult } from "./find-request";

const region = "us-east-1";
const apiId = "a1b2c3d4e5";
const id = "3f5c7a2e-1b2c-4d5e-8f90-123456789abc";
const executionGroup = `API-Gateway-Execution-Logs_${apiId}/prod`;
const accessGroup = `/aws/apigateway/${apiId}/prod`;
const accessFormat =
  '{"requestId":"$context.requestId","status":"$context.status","responseType":"$context.error.responseType"}';
const window = { startTime: capturedAtMs - 2 * HOUR, endTime: capturedAtMs };

type Events = Array<{ message: string; stream?: string }>;

/** One recorded FilterLogEvents page of a group for the id: its events, or its error. */
function search(
  group: string,
  events: Events | { name: string; message: string },
  extra: { nextToken?: string; input?: Record<string, unknown> } = {},
): CaptureCall {
  const input = { logGroupName: group, filterPattern: `"${id}"`, ...window, ...extra.input };
  if (!Array.isArray(events))
    return { service: "cloudwatch-logs", region, operation: "FilterLogEvents", input, error: events };
  return {
    service: "cloudwatch-logs",
    region,
    operation: "FilterLogEvents",
    input,
    output: {
      events: events.map((e, i) => ({
        eventId: `${group}-${i}`,
        timestamp: capturedAtMs - HOUR + i,
        logStreamName: e.stream ?? "s1",
        message: e.message,
        ingestionTime: capturedAtMs,
      })),
      searchedLogStreams: [],
      ...(extra.nextToken ? { nextToken: extra.nextToken } : {}),
    },
  };
}

function restStage(options: Parameters<CaptureBuilder["stage"]>[1] = {}, builder = capture()): CaptureBuilder {
  return builder
    .restApi(apiId, { name: "pets" })
    .stage("prod", {
      access: { destinationArn: builder.logGroupArn(region, accessGroup), format: accessFormat },
      ...options,
    })
    .logGroups(region, `API-Gateway-Execution-Logs_${apiId}/prod`, [executionGroup])
    .logGroups(region, accessGroup, [accessGroup]);
}

function run(source: CaptureBuilder | Capture, requestId = { id, form: "request-id" as const }): FindRequestResult {
  const built = "build" in source ? source.build() : source;
  const result = findRequest({
    capture: built,
    model: readModel(built),
    diagnosis: analyze(built).diagnosis,
    region,
    apiId,
    stage: "prod",
    requestId,
  });
  if (!result) throw new Error("stage not found");
  return result;
}

const kind = (result: FindRequestResult, name: string) => result.kinds.find((k) => k.kind === name)!;
const executionLine = { message: `(${id}) Method request path: {}` };
const accessLine = (status: number, responseType = "-") => ({
  message: JSON.stringify({ requestId: id, status: String(status), responseType }),
});

describe("findRequest", () => {
  it("finds a request in both logs and reads the access line into fields", () => {
    const result = run(
      restStage()
        .call(search(executionGroup, [executionLine]))
        .call(search(accessGroup, [accessLine(200)])),
    );
    expect(result.found).toBe(true);
    expect(result.elsewhere).toEqual([]);
    expect(kind(result, "execution")).toMatchObject({
      status: "found",
      lines: [{ message: executionLine.message, stream: "s1", fields: null }],
    });
    const access = kind(result, "access");
    expect(access.status).toBe("found");
    expect(access.lines[0].fields?.find((f) => f.name === "status")).toEqual({
      name: "status",
      variable: "$context.status",
      value: "200",
    });
    expect(result.window).toEqual({ start: window.startTime, end: window.endTime });
  });

  it("explains a 403 MISSING_AUTHENTICATION_TOKEN found only in access logs: execution logs never record these", () => {
    const result = run(
      restStage()
        .call(search(executionGroup, []))
        .call(search(accessGroup, [accessLine(403, "MISSING_AUTHENTICATION_TOKEN")])),
    );
    expect(result.found).toBe(true);
    const execution = kind(result, "execution");
    expect(execution.status).toBe("absent");
    expect(execution.why[0]).toMatch(/403 MISSING_AUTHENTICATION_TOKEN.*execution logs never record these/);
    expect(execution.why.join("\n")).toMatch(/--symptom missing-auth-token-403/);
  });

  it("says what a 403 means when the access format records no error type", () => {
    const builder = capture();
    const format = '{"requestId":"$context.requestId","status":"$context.status"}';
    const result = run(
      restStage({ access: { destinationArn: builder.logGroupArn(region, accessGroup), format } }, builder)
        .call(search(executionGroup, []))
        .call(search(accessGroup, [{ message: JSON.stringify({ requestId: id, status: "403" }) }])),
    );
    expect(kind(result, "execution").why[0]).toMatch(
      /403 but its format has no \$context\.error\.responseType: if the client saw "Missing Authentication Token"/,
    );
  });

  it("explains a successful request found only in access logs of a stage logging at ERROR", () => {
    const result = run(
      restStage({ loggingLevel: "ERROR" })
        .call(search(executionGroup, []))
        .call(search(accessGroup, [accessLine(200)])),
    );
    expect(kind(result, "execution").why.join("\n")).toMatch(
      /at ERROR for stage prod: successful requests are not logged/,
    );
  });

  it("explains a request absent everywhere with the stage's configuration cause (the role was deleted) and what else it may be", () => {
    const builder = restStage({}, capture({ role: { missing: true } }));
    const result = run(builder.call(search(executionGroup, [])).call(search(accessGroup, [])));
    expect(result.found).toBe(false);
    expect(kind(result, "execution").why.join("\n")).toMatch(/execution logs are missing: .*no role named apigw-logs/);
    const elsewhere = result.elsewhere.join("\n");
    expect(elsewhere).toMatch(/another stage, API or region/);
    expect(elsewhere).toMatch(/\$default/);
    expect(elsewhere).toMatch(/--symptom 413/);
    expect(elsewhere).toMatch(/WAF/);
    expect(elsewhere).toMatch(/wait 5 minutes/);
  });

  it("says an access format without $context.requestId cannot be searched by id", () => {
    const format = '{"status":"$context.status"}';
    const builder = capture();
    const result = run(
      restStage({ access: { destinationArn: builder.logGroupArn(region, accessGroup), format } }, builder)
        .call(search(executionGroup, [executionLine]))
        .call(search(accessGroup, [])),
    );
    expect(kind(result, "access").why[0]).toMatch(
      /has no \$context\.requestId, so no access line can be found by this id/,
    );
    expect(kind(result, "access").why.join("\n")).toMatch(/wait 5 minutes/);
  });

  it("wants $context.extendedRequestId in the format for an extended id of a REST API", () => {
    const result = run(restStage().call(search(executionGroup, [])).call(search(accessGroup, [])), {
      id,
      form: "extended" as never,
    });
    expect(kind(result, "access").why[0]).toMatch(/no \$context\.extendedRequestId/);
  });

  it("says a Firehose access-log destination cannot be searched, and HTTP APIs have no execution logs", () => {
    const builder = capture()
      .httpApi(apiId)
      .stage("prod", {
        access: {
          destinationArn: "arn:aws:firehose:us-east-1:123456789012:deliverystream/amazon-apigateway-logs",
          format: accessFormat,
        },
      });
    const result = run(builder);
    expect(kind(result, "access")).toMatchObject({
      status: "not-searchable",
      why: [expect.stringMatching(/Firehose stream amazon-apigateway-logs, which Log Doctor cannot search/)],
    });
    expect(kind(result, "execution")).toMatchObject({
      status: "not-searchable",
      why: [expect.stringMatching(/HTTP APIs write no execution logs/)],
    });
  });

  it("turns AccessDenied into 'could not search' naming the missing permission", () => {
    const denied = accessDenied("logs:FilterLogEvents");
    const result = run(restStage().call(search(executionGroup, denied)).call(search(accessGroup, denied)));
    expect(result.found).toBe(false);
    // Searches that did not run say nothing about where else the request may be.
    expect(result.elsewhere).toEqual([]);
    for (const name of ["execution", "access"]) {
      expect(kind(result, name).status).toBe("could-not-search");
      expect(kind(result, name).why[0]).toMatch(/not allowed logs:FilterLogEvents .*log-doctor policy/);
    }
  });

  it("says a search stopped early when its last page still had a token", () => {
    const result = run(
      restStage()
        .call(search(executionGroup, [], { nextToken: "more" }))
        .call(search(accessGroup, [accessLine(200)])),
    );
    expect(kind(result, "execution")).toMatchObject({ status: "stopped-early", pages: 1 });
    expect(kind(result, "execution").why[0]).toMatch(/Stopped after 1 page .*narrow the window/);
  });

  it("follows the pages of a search and finds the id on a later one", () => {
    const result = run(
      restStage()
        .call(search(executionGroup, [], { nextToken: "p2" }))
        .call(search(executionGroup, [executionLine], { input: { nextToken: "p2" } }))
        .call(search(accessGroup, [])),
    );
    expect(kind(result, "execution")).toMatchObject({ status: "found", pages: 2 });
  });

  it("says the group's retention deleted part of the window", () => {
    const builder = restStage().call({
      service: "cloudwatch-logs",
      region,
      operation: "DescribeLogGroups",
      input: { logGroupNamePrefix: "API-Gateway-Execution-Logs_" },
      output: { logGroups: [{ logGroupName: executionGroup, retentionInDays: 1 }] },
    });
    const old = { startTime: capturedAtMs - 72 * HOUR, endTime: capturedAtMs };
    const result = run(
      builder.call(search(executionGroup, [], { input: old })).call(search(accessGroup, [], { input: old })),
    );
    expect(kind(result, "execution").why.join("\n")).toMatch(
      /keeps events 1 day: anything before 2026-11-21T10:00Z has been deleted/,
    );
  });

  it("searches the CloudWatch group an execution-log delivery routes to, and an existing canary group", () => {
    const builder = restStage()
      .deliveries(region, [
        {
          id: "d1",
          logType: "EXECUTION_LOGS",
          resourceArn: `arn:aws:apigateway:us-east-1::/restapis/${apiId}/stages/prod`,
          destinationArn: "arn:aws:logs:us-east-1:123456789012:log-group:central-exec",
          destinationType: "CWL",
        },
      ])
      .logGroups(region, "central-exec", ["central-exec", "central-exec/Canary"]);
    const built = builder.build();
    const targets = plannedSearches(readModel(built), { region, apiId, stage: "prod" });
    expect(targets).toEqual([
      { kind: "execution", searchable: true, region, logGroupName: "central-exec" },
      { kind: "execution-canary", searchable: true, region, logGroupName: "central-exec/Canary" },
      { kind: "access", searchable: true, region, logGroupName: accessGroup },
    ]);
  });

  it("says a group that does not exist has never been written", () => {
    const result = run(
      restStage()
        .call(
          search(executionGroup, {
            name: "ResourceNotFoundException",
            message: "The specified log group does not exist.",
          }),
        )
        .call(search(accessGroup, [accessLine(200)])),
    );
    expect(kind(result, "execution").status).toBe("absent");
    expect(kind(result, "execution").why[0]).toMatch(/does not exist: API Gateway has never written execution logs/);
  });

  it("returns null for a stage the capture does not hold", () => {
    const built = restStage().build();
    expect(
      findRequest({
        capture: built,
        model: readModel(built),
        diagnosis: analyze(built).diagnosis,
        region,
        apiId,
        stage: "nope",
        requestId: { id, form: "request-id" },
      }),
    ).toBeNull();
  });
});
