import { describe, expect, it } from "vitest";
import type { Capture, CaptureCall } from "../../capture/schema";
import { analyze } from "../../engine/analyze";
import { collectCapture } from "../collect";
import { notRecordedErrorName, startReplayServer } from "./server";

const capturedAt = "2026-11-22T10:00:00Z";
const window = { StartTime: "2026-10-23T10:00:00Z", EndTime: capturedAt, MaxResults: 50 };
const domain = "orders.example.com";
const rulesOnly = "rules.example.com";
const event = (eventName: string, requestParameters: Record<string, unknown>) => {
  const record = {
    eventVersion: "1.09",
    eventTime: "2026-11-20T10:00:00Z",
    eventSource: "logs.amazonaws.com",
    eventName,
    awsRegion: "us-east-1",
    eventID: `e-${eventName}`,
    requestParameters,
    userIdentity: { type: "IAMUser", arn: "arn:aws:iam::123456789012:user/ops" },
  };
  return {
    EventId: record.eventID,
    EventName: eventName,
    EventTime: record.eventTime,
    EventSource: record.eventSource,
    CloudTrailEvent: JSON.stringify(record),
  };
};

/** Every call this branch adds, recorded with the inputs the collector sends, beside the listings that lead to them. */
const calls: CaptureCall[] = [
  {
    service: "apigateway",
    region: "us-east-1",
    operation: "GetRestApis",
    input: { limit: 500 },
    output: { items: [{ id: "a1", name: "pets" }] },
  },
  {
    service: "apigateway",
    region: "us-east-1",
    operation: "GetStages",
    input: { restApiId: "a1" },
    output: {
      item: [
        {
          stageName: "prod",
          methodSettings: { "*/*": { loggingLevel: "INFO" } },
          webAclArn: "arn:aws:wafv2:us-east-1:123456789012:regional/webacl/edge/1",
        },
      ],
    },
  },
  {
    service: "apigateway",
    region: "us-east-1",
    operation: "GetAuthorizers",
    input: { restApiId: "a1" },
    output: {
      items: [
        {
          id: "au1",
          name: "jwt",
          type: "TOKEN",
          identitySource: "method.request.header.Authorization",
          identityValidationExpression: "^Bearer .+$",
        },
      ],
    },
  },
  {
    service: "apigateway",
    region: "us-east-1",
    operation: "GetDomainNames",
    input: { limit: 500 },
    output: { items: [{ domainName: domain, routingMode: "ROUTING_RULE_THEN_BASE_PATH_MAPPING" }] },
  },
  {
    service: "apigateway",
    region: "us-east-1",
    operation: "GetBasePathMappings",
    input: { domainName: domain, limit: 500 },
    output: { items: [] },
  },
  {
    service: "apigatewayv2",
    region: "us-east-1",
    operation: "GetDomainNames",
    input: {},
    output: {
      Items: [
        { DomainName: domain, RoutingMode: "ROUTING_RULE_THEN_API_MAPPING" },
        { DomainName: rulesOnly, RoutingMode: "ROUTING_RULE_ONLY" },
      ],
    },
  },
  {
    service: "apigatewayv2",
    region: "us-east-1",
    operation: "GetApiMappings",
    input: { DomainName: domain },
    output: { Items: [] },
  },
  {
    service: "apigatewayv2",
    region: "us-east-1",
    operation: "GetApiMappings",
    input: { DomainName: rulesOnly },
    output: { Items: [] },
  },
  {
    service: "apigatewayv2",
    region: "us-east-1",
    operation: "ListRoutingRules",
    input: { DomainName: domain },
    output: {
      RoutingRules: [
        {
          RoutingRuleId: "r1",
          Priority: 100,
          Actions: [{ InvokeApi: { ApiId: "a1", Stage: "prod", StripBasePath: false } }],
          Conditions: [],
        },
      ],
      NextToken: "p2",
    },
  },
  {
    service: "apigatewayv2",
    region: "us-east-1",
    operation: "ListRoutingRules",
    input: { DomainName: domain, NextToken: "p2" },
    output: { RoutingRules: [] },
  },
  {
    service: "cloudtrail",
    region: "us-east-1",
    operation: "LookupEvents",
    input: {
      LookupAttributes: [{ AttributeKey: "EventSource", AttributeValue: "apigateway.amazonaws.com" }],
      ...window,
    },
    output: { Events: [] },
  },
  {
    service: "cloudtrail",
    region: "us-east-1",
    operation: "LookupEvents",
    input: { LookupAttributes: [{ AttributeKey: "EventSource", AttributeValue: "logs.amazonaws.com" }], ...window },
    output: { Events: [event("DeleteLogGroup", { logGroupName: "API-Gateway-Execution-Logs_a1/prod" })] },
  },
];
const fixture: Capture = {
  kind: "log-doctor/capture",
  version: 1,
  capturedAt,
  partition: "aws",
  regions: ["us-east-1"],
  calls,
};

describe("replay round trip of the domain, authorizer and CloudWatch Logs history calls", () => {
  it("collects them back through the real SDK, pages included, and diagnoses them like the recording", async () => {
    const server = await startReplayServer({ capture: fixture });
    let collected: Capture;
    try {
      collected = await collectCapture({
        regions: ["us-east-1"],
        lookbackDays: 30,
        authorizers: true,
        now: () => new Date(capturedAt),
        clientOverrides: {
          endpoint: server.url,
          credentials: { accessKeyId: "AKIDREPLAY", secretAccessKey: "replay" },
          maxAttempts: 2,
        },
        tuning: { retryBaseDelayMs: 1, retryMaxDelayMs: 5 },
      });
    } finally {
      await server.stop();
    }
    // Rules are listed once per ROUTING_RULE_THEN_* domain (both APIs list it), never for a ROUTING_RULE_ONLY one.
    expect(
      collected.calls.filter((call) => call.operation === "ListRoutingRules").map((call) => call.input.DomainName),
    ).toEqual([domain, domain]);
    const answered = collected.calls.filter((call) => call.error?.name !== notRecordedErrorName);
    const key = (call: CaptureCall) => JSON.stringify([call.service, call.operation, call.input]);
    expect(answered.map(key).sort()).toEqual(calls.map(key).sort());
    for (const call of calls) {
      expect(answered.find((candidate) => key(candidate) === key(call))?.output).toEqual(call.output);
    }

    const findings = (capture: Capture) =>
      analyze(capture, { symptoms: ["authorizer-401", "waf-403"] })
        .diagnosis.findings.filter((f) =>
          ["domain.no-api-mapping", "symptom.authorizer-401", "symptom.waf-403", "cloudtrail.logging-changed"].includes(
            f.check,
          ),
        )
        .map((f) => [f.check, f.status, f.message]);
    const replayed = findings({ ...collected, calls: answered });
    expect(replayed).toEqual(findings(fixture));
    expect(replayed.map(([check, status]) => [check, status])).toEqual([
      ["domain.no-api-mapping", "pass"],
      ["cloudtrail.logging-changed", "warn"],
      ["symptom.authorizer-401", "info"],
      ["symptom.waf-403", "info"],
    ]);
  });
});
