import { it } from "vitest";
import { accessDenied, capture } from "../../testing/capture-builder";
import check from "./method-logging-on-stage-off";
import { type Case, describeCheck, expectFindings, findingsOf } from "./testing/findings";

const rest = { api: "a1", stage: "prod" };

/** Why no case can be unknown (catalog.test.ts accepts this only for a check without `inputs`). */
export const noUnknownCase =
  "the check reads only GetStages, whose failure is reported once by stage.execution-logging-off.";
export const cases: Case[] = [
  {
    name: "stage off and no override logs → pass",
    capture: () =>
      capture()
        .restApi("a1")
        .stage("prod", { loggingLevel: "OFF", overrides: { "~1pets/GET": { loggingLevel: "OFF" } } }),
    expected: [{ ...rest, status: "pass" }],
  },
  {
    name: "stage OFF, override ~1pets/GET at INFO → info: only that method logs",
    capture: () =>
      capture()
        .restApi("a1", { name: "pets" })
        .stage("prod", { loggingLevel: "OFF", overrides: { "~1pets/GET": { loggingLevel: "INFO" } } }),
    expected: [
      {
        ...rest,
        target: "GET /pets",
        status: "info",
        says: ["method override GET /pets", "stage prod of pets", "INFO", "only the overridden methods"],
        evidence: [
          { field: 'methodSettings["~1pets/GET"].loggingLevel', value: "INFO" },
          { field: 'methodSettings["*/*"].loggingLevel', value: "OFF" },
        ],
        cli: [
          "--rest-api-id a1 --stage-name prod --patch-operations 'op=replace,path=/*/*/logging/loglevel,value=INFO'",
        ],
      },
    ],
  },
  {
    name: "stage level absent, override at ERROR → info",
    capture: () =>
      capture()
        .restApi("a1")
        .stage("prod", { loggingLevel: null, overrides: { "~1/ANY": { loggingLevel: "ERROR" } } }),
    expected: [{ ...rest, target: "ANY /", status: "info", says: ["ERROR"] }],
  },
  {
    name: "WebSocket stage OFF, route $default at INFO → info, target the route key",
    capture: () =>
      capture()
        .webSocketApi("w1")
        .stage("live", { loggingLevel: "OFF", overrides: { $default: { loggingLevel: "INFO" } } }),
    expected: [
      {
        api: "w1",
        stage: "live",
        target: "$default",
        status: "info",
        says: ["route override $default"],
        cli: ["--default-route-settings LoggingLevel=INFO"],
      },
    ],
  },
  {
    name: "stage level on → no finding",
    capture: () =>
      capture()
        .restApi("a1")
        .stage("prod", { overrides: { "~1pets/GET": { loggingLevel: "INFO" } } }),
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
