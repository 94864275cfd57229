import { it } from "vitest";
import { accessDenied, capture } from "../../testing/capture-builder";
import check from "./method-logging-lower";
import { type Case, describeCheck, expectFindings, findingsOf } from "./testing/findings";

const rest = { api: "a1", stage: "prod" };

/** Why no case can be unknown (catalog.test.ts accepts this only for a check without `inputs`). */
export const noUnknownCase =
  "the check reads only GetStages, whose failure is reported once by stage.execution-logging-off.";
export const cases: Case[] = [
  {
    name: "overrides at INFO under an INFO stage → pass",
    capture: () =>
      capture()
        .restApi("a1")
        .stage("prod", { overrides: { "~1pets/GET": { loggingLevel: "INFO" } } }),
    expected: [{ ...rest, status: "pass", says: ["INFO"] }],
  },
  {
    name: "an override OFF is method.logging-off's → pass here",
    capture: () =>
      capture()
        .restApi("a1")
        .stage("prod", { overrides: { "~1pets/GET": { loggingLevel: "OFF" } } }),
    expected: [{ ...rest, status: "pass" }],
  },
  {
    name: "REST override ERROR under an INFO stage → warn, target the method",
    capture: () =>
      capture()
        .restApi("a1", { name: "pets" })
        .stage("prod", { overrides: { "~1pets~1{id}/PUT": { loggingLevel: "ERROR" } } }),
    expected: [
      {
        ...rest,
        target: "PUT /pets/{id}",
        status: "warn",
        says: ["method override PUT /pets/{id}", "stage prod of pets", "ERROR while the stage logs at INFO"],
        evidence: [
          { field: 'methodSettings["~1pets~1{id}/PUT"].loggingLevel', value: "ERROR" },
          { field: 'methodSettings["*/*"].loggingLevel', value: "INFO" },
        ],
        cli: [
          "--rest-api-id a1 --stage-name prod --patch-operations 'op=replace,path=/~1pets~1{id}/PUT/logging/loglevel,value=INFO'",
        ],
      },
    ],
  },
  {
    name: "WebSocket route sendMessage ERROR under an INFO stage → warn",
    capture: () =>
      capture()
        .webSocketApi("w1")
        .stage("live", { overrides: { sendMessage: { loggingLevel: "ERROR" } } }),
    expected: [
      {
        api: "w1",
        stage: "live",
        target: "sendMessage",
        status: "warn",
        evidence: [
          { call: "apigatewayv2:GetStages", field: 'RouteSettings["sendMessage"].LoggingLevel', value: "ERROR" },
        ],
        cli: [`--api-id w1 --stage-name live --route-settings '{"sendMessage":{"LoggingLevel":"INFO"}}'`],
      },
    ],
  },
  {
    name: "an ERROR override under an ERROR stage lowers nothing → no finding",
    capture: () =>
      capture()
        .restApi("a1")
        .stage("prod", { loggingLevel: "ERROR", overrides: { "~1pets/GET": { loggingLevel: "ERROR" } } }),
    expected: [],
  },
  {
    name: "stage level off → no finding",
    capture: () =>
      capture()
        .restApi("a1")
        .stage("prod", { loggingLevel: "OFF", overrides: { "~1pets/GET": { loggingLevel: "ERROR" } } }),
    expected: [],
  },
  {
    name: "GetStages denied → no finding here",
    capture: () => capture().webSocketApi("w1", { stagesError: accessDenied() }),
    expected: [],
  },
];

describeCheck(check, () => {
  it.each(cases)("$name", ({ capture, expected }) => {
    expectFindings(findingsOf(check, capture()), expected);
  });
});
