import { describe, expect, it } from "vitest";
import { validateCapture } from "../capture/parse-capture";
import type { Verdict } from "../diagnosis/types";
import { accessDenied, capture, HOUR, type CaptureBuilder } from "../../testing/capture-builder";
import { analyze } from "./analyze";

const execGroup = "API-Gateway-Execution-Logs_a1/prod";
const accessGroup = "/aws/apigateway/a1/prod";

/** A REST stage whose two log groups exist and received events `ageMs` before the capture. */
function withLogs(builder: CaptureBuilder, ageMs = HOUR): CaptureBuilder {
  return builder
    .logGroups("us-east-1", "API-Gateway-Execution-Logs_", [execGroup])
    .logGroups("us-east-1", accessGroup, [accessGroup])
    .newestEvent("us-east-1", execGroup, ageMs)
    .newestEvent("us-east-1", accessGroup, ageMs);
}

function verdicts(
  builder: CaptureBuilder,
  api = "a1",
  stage = "prod",
): { execution: Verdict; access: Verdict; causes: string[] } {
  const parsed = validateCapture(JSON.parse(JSON.stringify(builder.build())));
  if (!parsed.ok) throw new Error(parsed.error);
  const found = analyze(parsed.capture)
    .diagnosis.apis.find((a) => a.id === api)
    ?.stages?.find((s) => s.name === stage);
  if (!found) throw new Error(`no verdicts for ${api}/${stage}`);
  return {
    execution: found.execution.verdict,
    access: found.access.verdict,
    causes: [...found.execution.causes, ...found.access.causes],
  };
}

describe("verdicts", () => {
  it.each<[string, () => CaptureBuilder, Verdict, Verdict]>([
    [
      "healthy with events an hour old → delivered",
      () => withLogs(capture().restApi("a1").stage("prod")),
      "delivered",
      "delivered",
    ],
    [
      "events exactly 24 hours old → still delivered",
      () => withLogs(capture().restApi("a1").stage("prod"), 24 * HOUR),
      "delivered",
      "delivered",
    ],
    [
      "events 25 hours old → expected (no evidence either way)",
      () => withLogs(capture().restApi("a1").stage("prod"), 25 * HOUR),
      "expected",
      "expected",
    ],
    [
      "no log listings at all → expected, not unknown",
      () => capture().restApi("a1").stage("prod"),
      "expected",
      "expected",
    ],
    [
      "stage logging OFF → execution missing",
      () => withLogs(capture().restApi("a1").stage("prod", { loggingLevel: "OFF" })),
      "missing",
      "delivered",
    ],
    [
      "stage OFF but an override logs → partial, not missing",
      () =>
        capture()
          .restApi("a1")
          .stage("prod", { loggingLevel: "OFF", overrides: { "~1pets/GET": { loggingLevel: "INFO" } } }),
      "partial",
      "expected",
    ],
    [
      "errors only → partial even with fresh events",
      () => withLogs(capture().restApi("a1").stage("prod", { loggingLevel: "ERROR" })),
      "partial",
      "delivered",
    ],
    [
      "REST without access logging (a warn) → access missing",
      () => capture().restApi("a1").stage("prod", { access: null }),
      "expected",
      "missing",
    ],
    [
      "role deleted → both missing (CloudWatch access logs use the role)",
      () =>
        withLogs(
          capture({ role: { missing: true } })
            .restApi("a1")
            .stage("prod"),
        ),
      "missing",
      "missing",
    ],
    [
      "role unreadable → both unknown",
      () =>
        withLogs(
          capture({ role: { error: accessDenied("iam:GetRole") } })
            .restApi("a1")
            .stage("prod"),
        ),
      "unknown",
      "unknown",
    ],
    [
      "account setting unreadable → unknown",
      () =>
        capture({ accountError: accessDenied("apigateway:GET"), role: null })
          .restApi("a1")
          .stage("prod"),
      "unknown",
      "unknown",
    ],
    [
      "STS status unknown alone → not unknown",
      () => withLogs(capture().restApi("a1").stage("prod")).without("sts", "GetSessionToken"),
      "delivered",
      "delivered",
    ],
    [
      "GetCallerIdentity missing → the account setting was still read",
      () => withLogs(capture().restApi("a1").stage("prod")).without("sts", "GetCallerIdentity"),
      "delivered",
      "delivered",
    ],
    [
      "STS disabled → missing",
      () => withLogs(capture({ sts: "disabled" }).restApi("a1").stage("prod")),
      "missing",
      "missing",
    ],
    [
      "stage OFF while the role is unreadable → missing wins",
      () =>
        capture({ role: { error: accessDenied() } })
          .restApi("a1")
          .stage("prod", { loggingLevel: "OFF" }),
      "missing",
      "unknown",
    ],
  ])("%s", (_name, build, execution, access) => {
    const result = verdicts(build());
    expect([result.execution, result.access]).toEqual([execution, access]);
  });

  it("HTTP APIs: execution not supported, access independent of the account role", () => {
    const group = "/aws/apigateway/h1/$default";
    const builder = capture({ role: { missing: true } })
      .httpApi("h1")
      .stage("$default")
      .logGroups("us-east-1", group, [group])
      .newestEvent("us-east-1", group, HOUR)
      .resourcePolicies("us-east-1", [
        {
          name: "p",
          document: {
            Statement: [
              {
                Effect: "Allow",
                Principal: { Service: "delivery.logs.amazonaws.com" },
                Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
                Resource: "*",
              },
            ],
          },
        },
      ]);
    expect(verdicts(builder, "h1", "$default")).toMatchObject({ execution: "not-supported", access: "delivered" });
  });

  it("lists causes in checklist order, region-wide first", () => {
    const result = verdicts(
      capture({ roleArn: null, role: null }).restApi("a1").stage("prod", { loggingLevel: "ERROR", access: null }),
    );
    expect(result.execution).toBe("missing");
    expect(result.causes).toEqual([
      "account.role-unset",
      "stage.execution-logging-errors-only",
      "stage.access-logging-off",
    ]);
  });
});
