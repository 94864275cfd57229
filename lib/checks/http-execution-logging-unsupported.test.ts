import { it } from "vitest";
import { accessDenied, capture } from "../../testing/capture-builder";
import check from "./http-execution-logging-unsupported";
import { type Case, describeCheck, expectFindings, findingsOf } from "./testing/findings";

const http = { api: "h1", stage: "$default" };

/** Why no case can be unknown (catalog.test.ts accepts this only for a check without `inputs`). */
export const noUnknownCase =
  "the check reads only GetStages, whose failure is reported once by stage.execution-logging-off.";
export const cases: Case[] = [
  {
    name: "an HTTP stage with no execution logging options → pass",
    capture: () => capture().httpApi("h1").stage("$default"),
    expected: [{ ...http, status: "pass" }],
  },
  {
    name: "DefaultRouteSettings.LoggingLevel INFO on an HTTP stage → info",
    capture: () => capture().httpApi("h1", { name: "orders" }).stage("$default", { loggingLevel: "INFO" }),
    expected: [
      {
        ...http,
        status: "info",
        says: ["HTTP API stage $default of orders", "only access logs"],
        evidence: [{ call: "apigatewayv2:GetStages", field: "DefaultRouteSettings.LoggingLevel", value: "INFO" }],
      },
    ],
  },
  {
    name: "a route's DataTraceEnabled on an HTTP stage → info",
    capture: () =>
      capture()
        .httpApi("h1")
        .stage("$default", { overrides: { "GET /orders": { dataTrace: true } } }),
    expected: [
      { ...http, status: "info", evidence: [{ field: 'RouteSettings["GET /orders"].DataTraceEnabled', value: true }] },
    ],
  },
  {
    name: "REST and WebSocket stages do have execution logs → no finding",
    capture: () => capture().restApi("a1").stage("prod").webSocketApi("w1").stage("live"),
    expected: [],
  },
  {
    name: "GetStages denied → no finding here",
    capture: () => capture().httpApi("h1", { stagesError: accessDenied() }),
    expected: [],
  },
];

describeCheck(check, () => {
  it.each(cases)("$name", ({ capture, expected }) => {
    expectFindings(findingsOf(check, capture()), expected);
  });
});
