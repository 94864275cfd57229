import { describe, expect, it } from "vitest";
import type { Capture, CaptureCall } from "../../capture/schema";
import { analyze } from "../../engine/analyze";
import { capture, HOUR } from "../../../testing/capture-builder";
import { collectCapture } from "../collect";
import { notRecordedErrorName, startReplayServer } from "./server";

const account = "123456789012";
const arn = (name: string) => `arn:aws:logs:us-east-1:${account}:log-group:${name}`;
const key = `arn:aws:kms:us-east-1:${account}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const prefix = "API-Gateway-Execution-Logs_";
const httpGroup = "/aws/vendedlogs/orders";
const deliveryGroup = "/custom/ledger-exec";
const grant = {
  Version: "2012-10-17",
  Statement: [
    {
      Effect: "Allow",
      Principal: { Service: "delivery.logs.amazonaws.com" },
      Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
      Resource: `${arn(httpGroup)}:log-stream:*`,
    },
  ],
};

/**
 * A capture that uses every call v2 added, recorded as the collector asks for them: a REST stage logging to a
 * Firehose stream that is gone and to an execution group encrypted with a disabled key; a REST stage whose execution
 * logs are delivered to a log group (its own policy read) and to a Firehose stream; an HTTP API granted on its group.
 */
function destinationsCapture(): Capture {
  return capture()
    .restApi("a1", { name: "pets" })
    .stage("prod", {
      access: {
        destinationArn: `arn:aws:firehose:us-east-1:${account}:deliverystream/amazon-apigateway-gone`,
        format: "$context.requestId",
      },
    })
    .restApi("l2", { name: "ledger" })
    .stage("prod", { access: null })
    .httpApi("h1", { name: "orders" })
    .stage("$default", { access: { destinationArn: arn(httpGroup), format: "$context.requestId" } })
    .logGroupDetails("us-east-1", prefix, [{ name: `${prefix}a1/prod`, kmsKeyId: key }])
    .logGroupDetails("us-east-1", deliveryGroup, [{ name: deliveryGroup, retentionInDays: 3 }])
    .logGroups("us-east-1", httpGroup, [httpGroup])
    .newestEvent("us-east-1", `${prefix}a1/prod`, HOUR)
    .newestEvent("us-east-1", deliveryGroup, HOUR)
    .newestEvent("us-east-1", httpGroup, HOUR)
    .resourcePolicies("us-east-1", [])
    .groupPolicies("us-east-1", httpGroup, [{ name: "AWSLogDeliveryWrite", document: grant }])
    .groupPolicies("us-east-1", deliveryGroup, [])
    .deliveries("us-east-1", [
      {
        id: "d1",
        logType: "EXECUTION_LOGS",
        resourceArn: "arn:aws:apigateway:us-east-1::/restapis/l2/stages/prod",
        destinationArn: arn(deliveryGroup),
        destinationType: "CWL",
      },
      {
        id: "d2",
        logType: "EXECUTION_LOGS",
        resourceArn: "arn:aws:apigateway:us-east-1::/restapis/l2/stages/prod",
        destinationArn: `arn:aws:firehose:us-east-1:${account}:deliverystream/ledger-exec`,
        destinationType: "FH",
      },
    ])
    .kmsKey("us-east-1", key, "Disabled")
    .firehoseStream("us-east-1", "amazon-apigateway-gone", {
      name: "ResourceNotFoundException",
      message: `Firehose amazon-apigateway-gone under account ${account} not found.`,
    })
    .firehoseStream("us-east-1", "ledger-exec", "ACTIVE")
    .build();
}

const newCall = (call: CaptureCall) =>
  call.service === "kms" ||
  call.service === "firehose" ||
  (call.operation === "DescribeResourcePolicies" && call.input.resourceArn !== undefined);

describe("replay round trip of the v2 destination calls (real SDK clients, wire protocols)", () => {
  it("collects every new call with its recorded answer, and diagnoses like the capture", async () => {
    const fixture = destinationsCapture();
    const server = await startReplayServer({ capture: fixture });
    let collected: Capture;
    try {
      collected = await collectCapture({
        regions: ["us-east-1"],
        now: () => new Date(fixture.capturedAt),
        clientOverrides: {
          endpoint: server.url,
          credentials: { accessKeyId: "AKIDREPLAY", secretAccessKey: "replay" },
          maxAttempts: 3,
        },
        tuning: { retryBaseDelayMs: 5, retryMaxDelayMs: 50 },
      });
    } finally {
      await server.stop();
    }
    const answered = collected.calls.filter((call) => call.error?.name !== notRecordedErrorName);
    const summary = (calls: CaptureCall[]) =>
      calls
        .filter(newCall)
        .map((call) => ({
          service: call.service,
          operation: call.operation,
          input: call.input,
          error: call.error?.name ?? null,
        }))
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    expect(summary(answered)).toEqual(summary(fixture.calls));
    expect(summary(answered)).toHaveLength(5);

    // The answers survive the wire: the key's state and the stream's status read back as recorded.
    const describeKey = answered.find((c) => c.operation === "DescribeKey");
    expect(describeKey?.output).toMatchObject({ KeyMetadata: { KeyState: "Disabled", Arn: key } });
    const stream = answered.find((c) => c.operation === "DescribeDeliveryStream" && !c.error);
    expect(stream?.output).toMatchObject({
      DeliveryStreamDescription: { DeliveryStreamName: "ledger-exec", DeliveryStreamStatus: "ACTIVE" },
    });

    const v2Checks =
      /^(log-group\.|stage\.execution-delivery|stage\.access-log-destination-missing|http\.access-log-policy-missing)/;
    const interesting = (capture: Capture) => {
      const diagnosis = analyze({
        ...capture,
        calls: capture.calls.filter((c) => c.error?.name !== notRecordedErrorName),
      }).diagnosis;
      return {
        findings: diagnosis.findings
          .filter((f) => v2Checks.test(f.check))
          .map((f) => `${f.check} ${f.status} ${f.api?.id ?? f.target}`),
        apis: diagnosis.apis,
      };
    };
    const expected = interesting(fixture);
    expect(interesting(collected)).toEqual(expected);
    expect(expected.findings).toEqual(
      expect.arrayContaining([
        "stage.access-log-destination-missing fail a1",
        "stage.execution-delivery-destination-missing pass l2",
        "http.access-log-policy-missing pass h1",
        `log-group.kms-key-unusable warn ${prefix}a1/prod`,
        `log-group.retention-short info ${deliveryGroup}`,
      ]),
    );
  });
});
