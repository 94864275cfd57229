import { it } from "vitest";
import { accessDenied, capture } from "../../testing/capture-builder";
import check from "./method-logging-off";
import { type Case, describeCheck, expectFindings, findingsOf } from "./testing/findings";

const rest = { api: "a1", stage: "prod" };
const ws = { api: "w1", stage: "live" };

/** Why no case can be unknown (catalog.test.ts accepts this only for a check without `inputs`). */
export const noUnknownCase =
  "the check reads only GetStages, whose failure is reported once by stage.execution-logging-off.";
export const cases: Case[] = [
  {
    name: "no overrides → pass for the stage",
    capture: () => capture().restApi("a1").stage("prod"),
    expected: [{ ...rest, status: "pass", evidence: [{ field: "methodSettings", value: 0 }] }],
  },
  {
    name: "an override at INFO → pass",
    capture: () =>
      capture()
        .restApi("a1")
        .stage("prod", { overrides: { "~1pets/GET": { loggingLevel: "INFO" } } }),
    expected: [{ ...rest, status: "pass" }],
  },
  {
    name: "REST override ~1pets~1{id}/GET OFF under an INFO stage → fail, target GET /pets/{id}",
    capture: () =>
      capture()
        .restApi("a1", { name: "pets" })
        .stage("prod", { overrides: { "~1pets~1{id}/GET": { loggingLevel: "OFF" } } }),
    expected: [
      {
        ...rest,
        target: "GET /pets/{id}",
        status: "fail",
        says: ["method override GET /pets/{id}", "stage prod of pets", "OFF", "INFO"],
        evidence: [
          { call: "apigateway:GetStages", field: 'methodSettings["~1pets~1{id}/GET"].loggingLevel', value: "OFF" },
          { field: 'methodSettings["*/*"].loggingLevel', value: "INFO" },
        ],
        cli: [
          "--rest-api-id a1 --stage-name prod --patch-operations 'op=replace,path=/~1pets~1{id}/GET/logging/loglevel,value=INFO'",
        ],
      },
    ],
  },
  {
    name: "under an ERROR stage the fix restores ERROR",
    capture: () =>
      capture()
        .restApi("a1")
        .stage("prod", { loggingLevel: "ERROR", overrides: { "~1/POST": { loggingLevel: "OFF" } } }),
    expected: [{ ...rest, target: "POST /", status: "fail", cli: ["path=/~1/POST/logging/loglevel,value=ERROR'"] }],
  },
  {
    name: "two overrides OFF → one finding each",
    capture: () =>
      capture()
        .restApi("a1")
        .stage("prod", {
          overrides: { "~1pets/GET": { loggingLevel: "OFF" }, "~1owners/DELETE": { loggingLevel: "OFF" } },
        }),
    expected: [
      { ...rest, target: "DELETE /owners", status: "fail" },
      { ...rest, target: "GET /pets", status: "fail" },
    ],
  },
  {
    name: "WebSocket route $connect OFF → fail, target the route key",
    capture: () =>
      capture()
        .webSocketApi("w1")
        .stage("live", { overrides: { $connect: { loggingLevel: "OFF" } } }),
    expected: [
      {
        ...ws,
        target: "$connect",
        status: "fail",
        says: ["route override $connect"],
        evidence: [{ call: "apigatewayv2:GetStages", field: 'RouteSettings["$connect"].LoggingLevel', value: "OFF" }],
        cli: [
          `aws apigatewayv2 update-stage --region us-east-1 --api-id w1 --stage-name live --route-settings '{"$connect":{"LoggingLevel":"INFO"}}'`,
        ],
      },
    ],
  },
  {
    name: "stage level off too → no finding (stage.execution-logging-off fails)",
    capture: () =>
      capture()
        .restApi("a1")
        .stage("prod", { loggingLevel: "OFF", overrides: { "~1pets/GET": { loggingLevel: "OFF" } } }),
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
