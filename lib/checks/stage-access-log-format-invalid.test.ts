import { it } from "vitest";
import { accessDenied, capture } from "../../testing/capture-builder";
import check from "./stage-access-log-format-invalid";
import { type Case, describeCheck, expectFindings, findingsOf } from "./testing/findings";

const rest = { api: "a1", stage: "prod" };
const http = { api: "h1", stage: "prod" };
const group = (api: string) => `arn:aws:logs:us-east-1:123456789012:log-group:/aws/apigateway/${api}`;
const restFormat = (format: string) => () =>
  capture()
    .restApi("a1", { name: "pets" })
    .stage("prod", { access: { destinationArn: group("a1"), format } });
const httpFormat = (format: string) => () =>
  capture()
    .httpApi("h1")
    .stage("prod", { access: { destinationArn: group("h1"), format } });
// Only the format changes: the destination group exists (or another check says it does not), so nothing is created.
const restFix = (value: string) => [
  "aws apigateway update-stage --region us-east-1 --rest-api-id a1 --stage-name prod",
  `path=/accessLogSettings/format,value=${value}'`,
];

/** Why no case can be unknown (catalog.test.ts accepts this only for a check without `inputs`). */
export const noUnknownCase =
  "the check reads only GetStages, whose failure is reported once by stage.execution-logging-off.";
export const cases: Case[] = [
  {
    name: "a single-line JSON format with $context.requestId → pass",
    capture: restFormat('{"requestId":"$context.requestId","status":"$context.status"}'),
    expected: [
      { ...rest, status: "pass", evidence: [{ call: "apigateway:GetStages", field: "accessLogSettings.format" }] },
    ],
  },
  {
    name: "$context.extendedRequestId instead of requestId, and one trailing newline → pass",
    capture: restFormat("$context.extendedRequestId $context.status\n"),
    expected: [{ ...rest, status: "pass" }],
  },
  {
    name: "no $context.requestId → fail",
    capture: restFormat("$context.identity.sourceIp $context.status"),
    expected: [
      {
        ...rest,
        status: "fail",
        says: ["stage prod of pets is invalid", "requestId"],
        evidence: [{ value: "no-request-id" }],
        cli: restFix("$context.identity.sourceIp $context.status $context.requestId"),
      },
    ],
  },
  {
    name: "an empty format → fail",
    capture: restFormat(""),
    expected: [
      {
        ...rest,
        status: "fail",
        says: ["empty"],
        evidence: [{ field: "accessLogSettings.format", value: "" }, { value: "empty" }],
        cli: ['\\"requestId\\":\\"$context.requestId\\"'],
      },
    ],
  },
  {
    name: "two lines → fail",
    capture: restFormat("$context.requestId\n$context.status"),
    expected: [
      { ...rest, status: "fail", says: ["single line", "(line 1, column"], evidence: [{ value: "multi-line" }] },
    ],
  },
  {
    name: "a variable outside $context ($input.body) → fail",
    capture: restFormat("$context.requestId $input.body"),
    expected: [
      {
        ...rest,
        status: "fail",
        says: ['"$input.body" is not a $context variable'],
        evidence: [{ field: "accessLogSettings.format[19]", value: "not-context-variable" }],
      },
    ],
  },
  {
    name: "REST: a variable only HTTP and WebSocket APIs have ($context.routeKey) → warn",
    capture: restFormat("$context.requestId $context.routeKey"),
    expected: [
      {
        ...rest,
        status: "warn",
        says: ["has problems", "$context.routeKey", "REST APIs"],
        evidence: [{ value: "unknown-variable" }],
        cli: restFix("$context.requestId"),
      },
    ],
  },
  {
    name: "HTTP: a WebSocket-only variable ($context.eventType) → warn",
    capture: httpFormat("$context.requestId $context.eventType"),
    expected: [
      {
        ...http,
        status: "warn",
        says: ["$context.eventType"],
        evidence: [
          {
            call: "apigatewayv2:GetStages",
            field: "AccessLogSettings.Format",
            value: "$context.requestId $context.eventType",
          },
        ],
        cli: [
          "aws apigatewayv2 update-stage --region us-east-1 --api-id h1 --stage-name prod --access-log-settings '{",
        ],
      },
    ],
  },
  {
    name: "HTTP: a format over 1024 characters → warn",
    capture: httpFormat(`$context.requestId ${"x".repeat(1100)}`),
    expected: [{ ...http, status: "warn", says: ["1024"], evidence: [{ value: "too-long" }] }],
  },
  {
    name: "looks like JSON but is not valid JSON → warn",
    capture: restFormat('{"id":"$context.requestId",}'),
    expected: [{ ...rest, status: "warn", says: ["not valid JSON"], evidence: [{ value: "invalid-json" }] }],
  },
  {
    name: "an error beside a warning → fail listing both",
    capture: restFormat("$context.routeKey $input.body"),
    expected: [{ ...rest, status: "fail", says: ["$context.routeKey", "$input.body"] }],
  },
  {
    name: "no access log destination → no finding",
    capture: () => capture().restApi("a1").stage("prod", { access: null }),
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
