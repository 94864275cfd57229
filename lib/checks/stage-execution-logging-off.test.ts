import { expect, it } from "vitest";
import { accessDenied, capture } from "../../testing/capture-builder";
import { analyze } from "../engine/analyze";
import check from "./stage-execution-logging-off";
import { type Case, describeCheck, expectFindings, findingsOf } from "./testing/findings";

const rest = { api: "a1", stage: "prod" };
const ws = { api: "w1", stage: "live" };
const restCli = [
  "aws apigateway update-stage --region us-east-1 --rest-api-id a1 --stage-name prod --patch-operations 'op=replace,path=/*/*/logging/loglevel,value=INFO'",
];
const wsCli = [
  "aws apigatewayv2 update-stage --region us-east-1 --api-id w1 --stage-name live --default-route-settings LoggingLevel=INFO",
];
const listingError = (service: "apigateway" | "apigatewayv2", operation: string) => () =>
  capture()
    .restApi("a1")
    .stage("prod")
    .withoutListing(service)
    .call({ service, region: "us-east-1", operation, input: {}, error: accessDenied(`${service}:${operation}`) });

export const cases: Case[] = [
  {
    name: "REST stage level INFO → pass",
    capture: () => capture().restApi("a1").stage("prod", { loggingLevel: "INFO" }),
    expected: [
      {
        ...rest,
        status: "pass",
        says: ["INFO"],
        evidence: [{ call: "apigateway:GetStages", field: 'methodSettings["*/*"].loggingLevel', value: "INFO" }],
      },
    ],
  },
  {
    name: "REST stage level ERROR → pass (errors-only is another check's warn)",
    capture: () => capture().restApi("a1").stage("prod", { loggingLevel: "ERROR" }),
    expected: [{ ...rest, status: "pass" }],
  },
  {
    name: "REST stage level OFF → fail",
    capture: () => capture().restApi("a1", { name: "pets" }).stage("prod", { loggingLevel: "OFF" }),
    expected: [
      {
        ...rest,
        status: "fail",
        says: ["Stage prod of pets", "OFF"],
        evidence: [{ field: 'methodSettings["*/*"].loggingLevel', value: "OFF" }],
        cli: restCli,
      },
    ],
  },
  {
    name: "REST stage with no */* entry (level absent) → fail",
    capture: () => capture().restApi("a1").stage("prod", { loggingLevel: null }),
    expected: [
      {
        ...rest,
        status: "fail",
        says: ["not set (so it is off)"],
        evidence: [{ field: 'methodSettings["*/*"]', value: null }],
        cli: restCli,
      },
    ],
  },
  {
    name: "REST stage OFF with a method override on → still fail, saying only that method logs",
    capture: () =>
      capture()
        .restApi("a1")
        .stage("prod", { loggingLevel: "OFF", overrides: { "~1pets/GET": { loggingLevel: "INFO" } } }),
    expected: [{ ...rest, status: "fail", says: ["Only the methods or routes whose overrides turn it on"] }],
  },
  {
    name: "WebSocket DefaultRouteSettings OFF → fail",
    capture: () => capture().webSocketApi("w1").stage("live", { loggingLevel: "OFF" }),
    expected: [
      {
        ...ws,
        status: "fail",
        evidence: [{ call: "apigatewayv2:GetStages", field: "DefaultRouteSettings.LoggingLevel", value: "OFF" }],
        cli: wsCli,
      },
    ],
  },
  {
    name: "WebSocket level absent → fail",
    capture: () => capture().webSocketApi("w1").stage("live", { loggingLevel: null }),
    expected: [{ ...ws, status: "fail", says: ["not set"], cli: wsCli }],
  },
  {
    name: "one finding per stage",
    capture: () => capture().restApi("a1").stage("prod").stage("dev", { loggingLevel: "OFF" }),
    expected: [
      { ...rest, status: "pass" },
      { api: "a1", stage: "dev", status: "fail", cli: ["--stage-name dev"] },
    ],
  },
  {
    name: "an HTTP API has no execution logs → no finding",
    capture: () => capture().httpApi("h1").stage("$default"),
    expected: [],
  },
  {
    name: "GetStages denied → one unknown for the API, stage null",
    capture: () => capture().restApi("a1", { stagesError: accessDenied("apigateway:GET") }),
    expected: [
      {
        api: "a1",
        stage: null,
        status: "unknown",
        says: ["apigateway:GetStages failed with AccessDeniedException"],
        evidence: [{ call: "apigateway:GetStages", field: "error" }],
      },
    ],
  },
  {
    name: "an HTTP API's unreadable GetStages is reported here too",
    capture: () => capture().httpApi("h1", { stagesError: accessDenied("apigateway:GET") }),
    expected: [{ api: "h1", status: "unknown", evidence: [{ call: "apigatewayv2:GetStages" }] }],
  },
  {
    name: "GetStages not collected → unknown",
    capture: () => capture().restApi("a1").stage("prod").without("apigateway", "GetStages"),
    expected: [{ api: "a1", status: "unknown", evidence: [{ call: "apigateway:GetStages", value: "not collected" }] }],
  },
  {
    name: "GetRestApis denied → one unknown for the region, api null",
    capture: listingError("apigateway", "GetRestApis"),
    expected: [
      {
        status: "unknown",
        says: ["apigateway:GetRestApis failed"],
        evidence: [{ call: "apigateway:GetRestApis", field: "error" }],
      },
    ],
  },
  {
    name: "GetApis denied → one unknown for the region, REST stages still checked",
    capture: listingError("apigatewayv2", "GetApis"),
    expected: [
      { status: "unknown", evidence: [{ call: "apigatewayv2:GetApis" }] },
      { ...rest, status: "pass" },
    ],
  },
  {
    // capture.md: an absent call means "not collected", so the REST APIs of the region are unknown, not absent.
    name: "GetRestApis not collected at all → one unknown for the region",
    capture: () => capture().restApi("a1").stage("prod").withoutListing("apigateway"),
    expected: [{ status: "unknown", evidence: [{ call: "apigateway:GetRestApis", value: "not collected" }] }],
  },
  {
    name: "a one-API scan (GetRestApi by id) is not a missing listing",
    capture: () =>
      capture()
        .call({
          service: "apigateway",
          region: "us-east-1",
          operation: "GetRestApi",
          input: { restApiId: "r1" },
          output: { id: "r1", name: "one" },
        })
        .call({
          service: "apigateway",
          region: "us-east-1",
          operation: "GetStages",
          input: { restApiId: "r1" },
          output: { item: [{ stageName: "prod", methodSettings: { "*/*": { loggingLevel: "INFO" } } }] },
        })
        .withoutListing("apigateway")
        .withoutListing("apigatewayv2"),
    expected: [{ api: "r1", stage: "prod", status: "pass" }],
  },
];

describeCheck(check, () => {
  it.each(cases)("$name", ({ capture, expected }) => {
    expectFindings(findingsOf(check, capture()), expected);
  });

  it("an unreadable GetStages is reported once, by this check, across the whole diagnosis", () => {
    const findings = analyze(
      capture().restApi("a1", { stagesError: accessDenied() }).build(),
    ).diagnosis.findings.filter((f) => f.api?.id === "a1");
    expect(findings.map((f) => `${f.check} ${f.status} ${f.stage}`)).toEqual([
      "stage.execution-logging-off unknown null",
    ]);
  });
});
