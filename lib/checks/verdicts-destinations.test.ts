import { describe, expect, it } from "vitest";
import { validateCapture } from "../capture/parse-capture";
import type { Diagnosis } from "../diagnosis/types";
import { capture, HOUR, type CaptureBuilder } from "../../testing/capture-builder";
import { analyze } from "../engine/analyze";

/** v2 verdict rows: HTTP grants on the group itself, execution-log deliveries, and contradicted fails (checks.md). */
function diagnosisOf(builder: CaptureBuilder): Diagnosis {
  const parsed = validateCapture(JSON.parse(JSON.stringify(builder.build())));
  if (!parsed.ok) throw new Error(parsed.error);
  return analyze(parsed.capture).diagnosis;
}

function verdictsOf(diagnosis: Diagnosis, api: string, stage: string) {
  const found = diagnosis.apis.find((a) => a.id === api)?.stages?.find((s) => s.name === stage);
  if (!found) throw new Error(`no verdicts for ${api}/${stage}`);
  return {
    execution: found.execution.verdict,
    access: found.access.verdict,
    causes: [...found.execution.causes, ...found.access.causes],
  };
}

const httpGroup = "/aws/vendedlogs/orders";
const httpGroupArn = `arn:aws:logs:us-east-1:123456789012:log-group:${httpGroup}`;
const grant = {
  name: "AWSLogDeliveryWrite",
  document: {
    Version: "2012-10-17",
    Statement: [
      {
        Effect: "Allow",
        Principal: { Service: "delivery.logs.amazonaws.com" },
        Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
        Resource: `${httpGroupArn}:log-stream:*`,
      },
    ],
  },
};
const httpStage = () =>
  capture()
    .httpApi("h1")
    .stage("$default", { access: { destinationArn: httpGroupArn, format: "$context.requestId" } })
    .logGroups("us-east-1", httpGroup, [httpGroup])
    .newestEvent("us-east-1", httpGroup, HOUR)
    .resourcePolicies("us-east-1", []);

const stageArn = "arn:aws:apigateway:us-east-1::/restapis/a1/stages/prod";
const deliveryGroup = "/custom/exec";
const toDeliveryGroup = [
  {
    id: "d1",
    logType: "EXECUTION_LOGS",
    resourceArn: stageArn,
    destinationArn: `arn:aws:logs:us-east-1:123456789012:log-group:${deliveryGroup}`,
    destinationType: "CWL",
  },
];
const restStage = (options = {}) =>
  capture()
    .restApi("a1")
    .stage("prod", { access: null, ...options });

describe("verdicts: HTTP access-log grants", () => {
  it("a destination granted only by its own resource-scoped policy is delivered", () => {
    expect(
      verdictsOf(diagnosisOf(httpStage().groupPolicies("us-east-1", httpGroup, [grant])), "h1", "$default"),
    ).toMatchObject({ access: "delivered" });
  });

  it("with that policy unread it is unknown, never missing", () => {
    const diagnosis = diagnosisOf(httpStage());
    expect(verdictsOf(diagnosis, "h1", "$default")).toMatchObject({ access: "unknown" });
    expect(diagnosis.findings.filter((f) => f.status === "fail")).toEqual([]);
  });

  it("with neither scope granting it is missing, and the fail is contradicted by the fresh events", () => {
    const diagnosis = diagnosisOf(httpStage().groupPolicies("us-east-1", httpGroup, []));
    expect(verdictsOf(diagnosis, "h1", "$default")).toMatchObject({
      access: "missing",
      causes: ["http.access-log-policy-missing"],
    });
    const finding = diagnosis.findings.find((f) => f.check === "http.access-log-policy-missing")!;
    expect(finding).toMatchObject({
      status: "fail",
      contradicted: true,
      newestEvent: { logGroup: httpGroup, at: new Date(Date.parse("2026-11-22T10:00:00Z") - HOUR).toISOString() },
    });
  });
});

describe("verdicts: execution-log deliveries", () => {
  it("reads the delivery's destination group: fresh events there → delivered, no managed group needed", () => {
    const builder = restStage()
      .deliveries("us-east-1", toDeliveryGroup)
      .logGroups("us-east-1", "", [deliveryGroup])
      .newestEvent("us-east-1", deliveryGroup, HOUR);
    const diagnosis = diagnosisOf(builder);
    expect(verdictsOf(diagnosis, "a1", "prod").execution).toBe("delivered");
    expect(diagnosis.findings.some((f) => f.check === "stage.execution-log-group-missing")).toBe(false);
  });

  it("fresh events in the managed group do not count while a delivery routes the logs elsewhere", () => {
    const managed = "API-Gateway-Execution-Logs_a1/prod";
    const builder = restStage()
      .deliveries("us-east-1", toDeliveryGroup)
      .logGroups("us-east-1", "", [deliveryGroup, managed])
      .newestEvent("us-east-1", managed, HOUR);
    expect(verdictsOf(diagnosisOf(builder), "a1", "prod").execution).toBe("expected");
  });

  it("a delivery whose destination group was deleted → missing, caused by stage.execution-delivery-destination-missing", () => {
    const builder = restStage().deliveries("us-east-1", toDeliveryGroup).logGroups("us-east-1", "", []);
    const execution = diagnosisOf(builder).apis[0].stages![0].execution;
    expect(execution).toEqual({ verdict: "missing", causes: ["stage.execution-delivery-destination-missing"] });
  });
});

describe("verdicts: Firehose access-log destinations", () => {
  const firehose = "arn:aws:firehose:us-east-1:123456789012:deliverystream/amazon-apigateway-orders";
  const toFirehose = () =>
    capture()
      .restApi("a1")
      .stage("prod", { access: { destinationArn: firehose, format: "$context.requestId" } });

  it("a stream that was not described leaves the access verdict expected", () => {
    expect(verdictsOf(diagnosisOf(toFirehose()), "a1", "prod").access).toBe("expected");
  });

  it("a stream Firehose does not find → access missing", () => {
    const builder = toFirehose().firehoseStream("us-east-1", "amazon-apigateway-orders", {
      name: "ResourceNotFoundException",
      message: "not found",
    });
    expect(verdictsOf(diagnosisOf(builder), "a1", "prod")).toMatchObject({
      access: "missing",
      causes: ["stage.access-log-destination-missing"],
    });
  });
});

describe("contradicted fails", () => {
  const managed = "API-Gateway-Execution-Logs_a1/prod";
  it("a region-wide role fail is contradicted when a stage of the region had fresh execution events; the verdict stays missing", () => {
    const builder = capture({ role: { missing: true } })
      .restApi("a1")
      .stage("prod", { access: null })
      .logGroups("us-east-1", "", [managed])
      .newestEvent("us-east-1", managed, 2 * HOUR);
    const diagnosis = diagnosisOf(builder);
    const finding = diagnosis.findings.find((f) => f.check === "role.not-found")!;
    expect(finding).toMatchObject({ status: "fail", contradicted: true, newestEvent: { logGroup: managed } });
    expect(finding.evidence).toContainEqual(
      expect.objectContaining({
        call: "cloudwatch-logs:DescribeLogStreams",
        field: `logStreams[0].lastEventTimestamp (${managed})`,
      }),
    );
    expect(verdictsOf(diagnosis, "a1", "prod").execution).toBe("missing");
  });

  it("events older than 24 hours contradict nothing", () => {
    const builder = capture({ role: { missing: true } })
      .restApi("a1")
      .stage("prod", { access: null })
      .logGroups("us-east-1", "", [managed])
      .newestEvent("us-east-1", managed, 25 * HOUR);
    const finding = diagnosisOf(builder).findings.find((f) => f.check === "role.not-found")!;
    expect(finding.contradicted).toBeUndefined();
  });

  it("a stage fail is contradicted only by its own destination's events", () => {
    const other = "API-Gateway-Execution-Logs_a2/prod";
    const builder = restStage({ loggingLevel: "OFF" })
      .restApi("a2")
      .stage("prod", { access: null })
      .logGroups("us-east-1", "", [other])
      .newestEvent("us-east-1", other, HOUR);
    const finding = diagnosisOf(builder).findings.find(
      (f) => f.check === "stage.execution-logging-off" && f.api?.id === "a1",
    )!;
    expect(finding.status).toBe("fail");
    expect(finding.contradicted).toBeUndefined();
  });
});
