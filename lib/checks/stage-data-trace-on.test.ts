import { it } from "vitest";
import { accessDenied, capture } from "../../testing/capture-builder";
import check from "./stage-data-trace-on";
import { type Case, describeCheck, expectFindings, findingsOf } from "./testing/findings";

const rest = { api: "a1", stage: "prod" };
const ws = { api: "w1", stage: "live" };

/** Why no case can be unknown (catalog.test.ts accepts this only for a check without `inputs`). */
export const noUnknownCase =
  "the check reads only GetStages, whose failure is reported once by stage.execution-logging-off.";
export const cases: Case[] = [
  {
    name: "data tracing off → pass",
    capture: () => capture().restApi("a1").stage("prod", { dataTrace: false }),
    expected: [{ ...rest, status: "pass" }],
  },
  {
    name: "REST stage-level data tracing on → warn",
    capture: () => capture().restApi("a1", { name: "pets" }).stage("prod", { dataTrace: true }),
    expected: [
      {
        ...rest,
        status: "warn",
        says: ["Stage prod of pets", "the whole stage", "sensitive data"],
        evidence: [{ call: "apigateway:GetStages", field: 'methodSettings["*/*"].dataTraceEnabled', value: true }],
        cli: [
          "aws apigateway update-stage --region us-east-1 --rest-api-id a1 --stage-name prod --patch-operations 'op=replace,path=/*/*/logging/dataTrace,value=false'",
        ],
      },
    ],
  },
  {
    name: "a REST method override with data tracing → warn, and the fix turns off that override",
    capture: () =>
      capture()
        .restApi("a1")
        .stage("prod", { overrides: { "~1pets~1{id}/GET": { loggingLevel: "INFO", dataTrace: true } } }),
    expected: [
      {
        ...rest,
        status: "warn",
        says: ["GET /pets/{id}"],
        evidence: [{ field: 'methodSettings["~1pets~1{id}/GET"].dataTraceEnabled', value: true }],
        cli: ["--rest-api-id a1 --stage-name prod", "/~1pets~1{id}/GET/logging/dataTrace"],
      },
    ],
  },
  {
    name: "stage level and an override both trace → one warn whose fix turns off both",
    capture: () =>
      capture()
        .restApi("a1")
        .stage("prod", { dataTrace: true, overrides: { "~1pets/POST": { dataTrace: true } } }),
    expected: [
      {
        ...rest,
        status: "warn",
        says: ["the whole stage, POST /pets"],
        cli: [
          `--patch-operations '[{"op":"replace","path":"/*/*/logging/dataTrace","value":"false"},{"op":"replace","path":"/~1pets/POST/logging/dataTrace","value":"false"}]'`,
        ],
      },
    ],
  },
  {
    name: "WebSocket DefaultRouteSettings DataTraceEnabled → warn",
    capture: () => capture().webSocketApi("w1").stage("live", { dataTrace: true }),
    expected: [
      {
        ...ws,
        status: "warn",
        evidence: [{ call: "apigatewayv2:GetStages", field: "DefaultRouteSettings.DataTraceEnabled", value: true }],
        cli: [
          "aws apigatewayv2 update-stage --region us-east-1 --api-id w1 --stage-name live --default-route-settings DataTraceEnabled=false",
        ],
      },
    ],
  },
  {
    name: "a WebSocket route with data tracing → warn, and the fix turns off that route",
    capture: () =>
      capture()
        .webSocketApi("w1")
        .stage("live", { overrides: { $connect: { dataTrace: true } } }),
    expected: [
      {
        ...ws,
        status: "warn",
        says: ["$connect"],
        cli: [`--route-settings '{"$connect":{"DataTraceEnabled":false}}'`],
      },
    ],
  },
  {
    name: "HTTP APIs have no data tracing to check → no finding",
    capture: () => capture().httpApi("h1").stage("$default", { dataTrace: true }),
    expected: [],
  },
  {
    name: "GetStages denied → no finding here (the API's one unknown is stage.execution-logging-off's)",
    capture: () => capture().restApi("a1", { stagesError: accessDenied() }),
    expected: [],
  },
];

describeCheck(check, () => {
  it.each(cases)("$name", ({ capture, expected }) => {
    expectFindings(findingsOf(check, capture()), expected);
  });
});
