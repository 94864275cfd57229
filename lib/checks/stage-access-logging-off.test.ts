import { it } from "vitest";
import { accessDenied, capture } from "../../testing/capture-builder";
import check from "./stage-access-logging-off";
import { type Case, describeCheck, expectFindings, findingsOf } from "./testing/findings";

const rest = { api: "a1", stage: "prod" };
const groups = "arn:aws:logs:us-east-1:123456789012:log-group:";

/** Why no case can be unknown (catalog.test.ts accepts this only for a check without `inputs`). */
export const noUnknownCase =
  "the check reads only GetStages, whose failure is reported once by stage.execution-logging-off.";
export const cases: Case[] = [
  {
    name: "REST stage with a destination → pass",
    capture: () => capture().restApi("a1").stage("prod"),
    expected: [
      {
        ...rest,
        status: "pass",
        evidence: [
          {
            call: "apigateway:GetStages",
            field: "accessLogSettings.destinationArn",
            value: `${groups}/aws/apigateway/a1/prod`,
          },
        ],
      },
    ],
  },
  {
    name: "REST stage without access logging → warn (execution logs remain)",
    capture: () => capture().restApi("a1", { name: "pets" }).stage("prod", { access: null }),
    expected: [
      {
        ...rest,
        status: "warn",
        says: ["Stage prod of pets has no access logging"],
        evidence: [{ field: "accessLogSettings.destinationArn", value: null }],
        cli: [
          "aws logs create-log-group --region us-east-1 --log-group-name /aws/apigateway/a1/prod/access",
          "aws apigateway update-stage --region us-east-1 --rest-api-id a1 --stage-name prod --patch-operations '[",
          `"value":"${groups}/aws/apigateway/a1/prod/access"`,
          "$context.requestId",
        ],
      },
    ],
  },
  {
    name: "the suggested group exists already → the fix does not create it again",
    capture: () =>
      capture()
        .restApi("a1", { name: "pets" })
        .stage("prod", { access: null })
        .logGroups("us-east-1", "/aws/apigateway/", ["/aws/apigateway/a1/prod/access"]),
    expected: [
      {
        ...rest,
        status: "warn",
        cli: [
          "aws apigateway update-stage --region us-east-1 --rest-api-id a1 --stage-name prod",
          `"value":"${groups}/aws/apigateway/a1/prod/access"`,
        ],
        cliLacks: ["create-log-group"],
      },
    ],
  },
  {
    name: "an empty destinationArn counts as none → warn",
    capture: () =>
      capture()
        .restApi("a1")
        .stage("prod", { access: { destinationArn: " ", format: "$context.requestId" } }),
    expected: [{ ...rest, status: "warn" }],
  },
  {
    name: "WebSocket stage without access logging → warn",
    capture: () => capture().webSocketApi("w1").stage("live", { access: null }),
    expected: [
      {
        api: "w1",
        stage: "live",
        status: "warn",
        evidence: [{ call: "apigatewayv2:GetStages", field: "AccessLogSettings.DestinationArn", value: null }],
        cli: [
          "aws apigatewayv2 update-stage --region us-east-1 --api-id w1 --stage-name live --access-log-settings '{",
        ],
      },
    ],
  },
  {
    name: "HTTP stage without access logging → fail: nothing is logged",
    capture: () => capture().httpApi("h1", { name: "orders" }).stage("prod", { access: null }),
    expected: [
      {
        api: "h1",
        stage: "prod",
        status: "fail",
        says: ["HTTP API stage prod of orders", "nothing about its requests is logged"],
        cli: [
          "aws logs create-log-group --region us-east-1 --log-group-name /aws/vendedlogs/apigateway/h1/prod",
          "--api-id h1 --stage-name prod --access-log-settings",
        ],
      },
    ],
  },
  {
    name: "HTTP $default stage → fail, with a valid log group name ($ is not allowed in one) and the stage name quoted",
    capture: () => capture().httpApi("h1").stage("$default", { access: null }),
    expected: [
      {
        api: "h1",
        stage: "$default",
        status: "fail",
        cli: ["--log-group-name /aws/vendedlogs/apigateway/h1/default\n", "--stage-name '$default'"],
      },
    ],
  },
  {
    name: "one finding per stage, across API types",
    capture: () => capture().restApi("a1").stage("prod").httpApi("h1").stage("dev", { access: null }),
    expected: [
      { ...rest, status: "pass" },
      { api: "h1", stage: "dev", status: "fail" },
    ],
  },
  {
    name: "GetStages denied → no finding here (the API's one unknown is stage.execution-logging-off's)",
    capture: () => capture().httpApi("h1", { stagesError: accessDenied() }),
    expected: [],
  },
];

describeCheck(check, () => {
  it.each(cases)("$name", ({ capture, expected }) => {
    expectFindings(findingsOf(check, capture()), expected);
  });
});
