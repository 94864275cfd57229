import { it } from "vitest";
import { accessDenied, capture } from "../../testing/capture-builder";
import check from "./method-logging-unset";
import { type Case, describeCheck, expectFindings, findingsOf } from "./testing/findings";

const rest = { api: "a1", stage: "prod" };

/** Why no case can be unknown (catalog.test.ts accepts this only for a check without `inputs`). */
export const noUnknownCase =
  "the check reads only GetStages, whose failure is reported once by stage.execution-logging-off.";
export const cases: Case[] = [
  {
    name: "every override states its level → pass",
    capture: () =>
      capture()
        .restApi("a1")
        .stage("prod", { overrides: { "~1pets/GET": { loggingLevel: "ERROR" } } }),
    expected: [{ ...rest, status: "pass", evidence: [{ field: "methodSettings", value: 1 }] }],
  },
  {
    name: "a REST override with metrics only (no loggingLevel) under an INFO stage → warn",
    capture: () =>
      capture()
        .restApi("a1", { name: "pets" })
        .stage("prod", { overrides: { "~1pets/GET": { dataTrace: false } } }),
    expected: [
      {
        ...rest,
        target: "GET /pets",
        status: "warn",
        says: ["method override GET /pets", "sets no logging level", "INFO"],
        evidence: [{ field: 'methodSettings["~1pets/GET"].loggingLevel', value: null }],
        cli: [
          "--rest-api-id a1 --stage-name prod --patch-operations 'op=replace,path=/~1pets/GET/logging/loglevel,value=INFO'",
        ],
      },
    ],
  },
  {
    name: "under an ERROR stage the fix states ERROR",
    capture: () =>
      capture()
        .restApi("a1")
        .stage("prod", { loggingLevel: "ERROR", overrides: { "~1pets/GET": {} } }),
    expected: [{ ...rest, target: "GET /pets", status: "warn", says: ["ERROR"], cli: ["value=ERROR'"] }],
  },
  {
    name: "a WebSocket route entry without LoggingLevel → warn, target the route key",
    capture: () =>
      capture()
        .webSocketApi("w1")
        .stage("live", { overrides: { $disconnect: { dataTrace: false } } }),
    expected: [
      {
        api: "w1",
        stage: "live",
        target: "$disconnect",
        status: "warn",
        cli: [`--route-settings '{"$disconnect":{"LoggingLevel":"INFO"}}'`],
      },
    ],
  },
  {
    name: "stage level off → no finding (nothing to inherit)",
    capture: () =>
      capture()
        .restApi("a1")
        .stage("prod", { loggingLevel: "OFF", overrides: { "~1pets/GET": {} } }),
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
