import { it } from "vitest";
import { capture } from "../../testing/capture-builder";
import check from "./stage-canary-logs-elsewhere";
import { type Case, describeCheck, expectFindings, findingsOf } from "./testing/findings";

const rest = { api: "a1", stage: "prod" };
const canary = { percentTraffic: 10, deploymentId: "d2" };

export const noUnknownCase =
  "the check reads only GetStages, whose failure is reported once by stage.execution-logging-off.";

export const cases: Case[] = [
  {
    name: "a stage without canarySettings → pass",
    capture: () => capture().restApi("a1").stage("prod"),
    expected: [
      { ...rest, status: "pass", evidence: [{ call: "apigateway:GetStages", field: "canarySettings", value: null }] },
    ],
  },
  {
    name: "a canary on a stage with execution and access logs → info naming both /Canary groups",
    capture: () => capture().restApi("a1").stage("prod", { canarySettings: canary }),
    expected: [
      {
        ...rest,
        status: "info",
        says: ["(10% of requests)", "API-Gateway-Execution-Logs_a1/prod/Canary", "/aws/apigateway/a1/prod/Canary"],
        evidence: [{ field: "canarySettings", value: canary }],
      },
    ],
  },
  {
    name: "a canary with execution logging off and no access logs → info without groups",
    capture: () => capture().restApi("a1").stage("prod", { loggingLevel: "OFF", access: null, canarySettings: {} }),
    expected: [{ ...rest, status: "info", says: ["has a canary: canary requests"] }],
  },
  {
    name: "unreadable stages: no finding here (stage.execution-logging-off reports the unknown once)",
    capture: () => capture().restApi("a1", { stagesError: { name: "AccessDeniedException", message: "denied" } }),
    expected: [],
  },
  {
    name: "HTTP and WebSocket stages have no canaries → no finding",
    capture: () => capture().httpApi("h1").stage("$default").webSocketApi("w1").stage("live"),
    expected: [],
  },
];

describeCheck(check, () => {
  it.each(cases)("$name", ({ capture, expected }) => {
    expectFindings(findingsOf(check, capture()), expected);
  });
});
