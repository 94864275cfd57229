import { it } from "vitest";
import { accessDenied, capture } from "../../testing/capture-builder";
import check from "./stage-execution-logging-errors-only";
import { type Case, describeCheck, expectFindings, findingsOf } from "./testing/findings";

const rest = { api: "a1", stage: "prod" };

/** Why no case can be unknown (catalog.test.ts accepts this only for a check without `inputs`). */
export const noUnknownCase =
  "the check reads only GetStages, whose failure is reported once by stage.execution-logging-off.";
export const cases: Case[] = [
  {
    name: "stage level INFO → pass",
    capture: () => capture().restApi("a1").stage("prod", { loggingLevel: "INFO" }),
    expected: [{ ...rest, status: "pass", evidence: [{ field: 'methodSettings["*/*"].loggingLevel', value: "INFO" }] }],
  },
  {
    name: "REST stage level ERROR → warn: successful requests are not logged",
    capture: () => capture().restApi("a1", { name: "pets" }).stage("prod", { loggingLevel: "ERROR" }),
    expected: [
      {
        ...rest,
        status: "warn",
        says: ["Stage prod of pets", "ERROR only", "successful requests"],
        evidence: [{ call: "apigateway:GetStages", field: 'methodSettings["*/*"].loggingLevel', value: "ERROR" }],
        cli: [
          "aws apigateway update-stage --region us-east-1 --rest-api-id a1 --stage-name prod --patch-operations 'op=replace,path=/*/*/logging/loglevel,value=INFO'",
        ],
      },
    ],
  },
  {
    name: "WebSocket default route level ERROR → warn about messages",
    capture: () => capture().webSocketApi("w1").stage("live", { loggingLevel: "ERROR" }),
    expected: [
      {
        api: "w1",
        stage: "live",
        status: "warn",
        says: ["successful messages"],
        evidence: [{ field: "DefaultRouteSettings.LoggingLevel", value: "ERROR" }],
        cli: [
          "aws apigatewayv2 update-stage --region us-east-1 --api-id w1 --stage-name live --default-route-settings LoggingLevel=INFO",
        ],
      },
    ],
  },
  {
    name: "an override at ERROR under an INFO stage is method.logging-lower's, not this → pass",
    capture: () =>
      capture()
        .restApi("a1")
        .stage("prod", { overrides: { "~1pets/GET": { loggingLevel: "ERROR" } } }),
    expected: [{ ...rest, status: "pass" }],
  },
  {
    name: "stage level OFF → no finding (stage.execution-logging-off fails)",
    capture: () => capture().restApi("a1").stage("prod", { loggingLevel: "OFF" }),
    expected: [],
  },
  {
    name: "stage level absent → no finding",
    capture: () => capture().restApi("a1").stage("prod", { loggingLevel: null }),
    expected: [],
  },
  {
    name: "an HTTP stage at ERROR → no finding (http.execution-logging-unsupported explains it)",
    capture: () => capture().httpApi("h1").stage("$default", { loggingLevel: "ERROR" }),
    expected: [],
  },
  {
    name: "GetStages denied → no finding here",
    capture: () => capture().restApi("a1", { stagesError: accessDenied() }),
    expected: [],
  },
];

describeCheck(check, () => {
  it.each(cases)("$name", ({ capture, expected }) => {
    expectFindings(findingsOf(check, capture()), expected);
  });
});
