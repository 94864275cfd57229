import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { explainRecord } from "./explain";
import { readTrailText } from "./read-trail";

// The CloudTrail records as AWS's own guides print them (copied into fixtures/cloudtrail).
const sample = (name: string) => readFileSync(join(__dirname, "../../fixtures/cloudtrail", name), "utf8");

describe("AWS's sample records", () => {
  it("reads the API Gateway developer guide's GetResource example, noting what is not JSON", () => {
    const text = sample("apigateway-doc-example.txt");
    const result = readTrailText(text);
    expect(result.format).toBe("records");
    expect(result.records).toHaveLength(1);
    const event = explainRecord(result.records[0]);
    expect(event).toMatchObject({
      name: "GetResource",
      source: "apigateway.amazonaws.com",
      sourceInferred: false,
      time: "2015-06-17T00:47:28Z",
      region: "us-east-1",
      sourceIp: "203.0.113.11",
      userAgent: "example-user-agent-string",
      readOnly: true,
      readOnlyInferred: false,
      error: null,
      change: null,
      actor: {
        type: "Root",
        arn: "arn:aws:iam::123456789012:root",
        accountId: "123456789012",
        accessKeyId: "AKIAIOSFODNN7EXAMPLE",
        label: "root user of account 123456789012",
      },
    });
    const placeholder = text.indexOf("... additional entries ...");
    expect(result.problems).toEqual([
      {
        severity: "note",
        message: expect.stringMatching(/^the input is not strict JSON \(unquoted keys/),
        at: { line: 1, column: 14, offset: 13 },
      },
      {
        severity: "note",
        message: `"... additional entries ..." at line 1, column ${placeholder + 1} is not JSON (AWS's documentation writes it for "more records here"); skipped`,
        at: { line: 1, column: placeholder + 1, offset: placeholder },
      },
    ]);
  });

  it("reads the Serverless Application Repository's CreateApplication example: the root user via the console", () => {
    const result = readTrailText(sample("serverlessrepo-create-application.json"));
    expect(result.format).toBe("single");
    expect(result.problems).toEqual([]);
    const event = explainRecord(result.records[0]);
    expect(event).toMatchObject({
      name: "CreateApplication",
      source: "serverlessrepo.amazonaws.com",
      readOnly: false,
      sourceIp: "72.21.217.161",
      actor: {
        type: "Root",
        invokedBy: "signin.amazonaws.com",
        label: "root user of account 999999999999 via signin.amazonaws.com",
      },
    });
  });

  it("reads the IoT guide's AttachPolicy example with its PascalCase keys: an assumed role", () => {
    const result = readTrailText(sample("iot-attach-policy.json"));
    expect(result.problems).toEqual([]);
    const event = explainRecord(result.records[0]);
    expect(event).toMatchObject({
      name: "AttachPolicy",
      source: "iot.amazonaws.com",
      sourceInferred: true,
      eventId: "8bff4fed-c229-4d2d-8264-4ab28a487505",
      time: "2016-04-08T23:51:36Z",
      sourceIp: "52.90.213.26",
      userAgent: "aws-internal/3",
      readOnly: false,
      readOnlyInferred: true,
      error: null,
      actor: {
        type: "AssumedRole",
        sessionName: "i-35d0a4b6",
        sessionIssuer: { type: "Role", name: "iotmonitor-us-east-1-InstanceRole-1C5T1YCYMHPYT" },
        invokedBy: "service account 111111111111",
      },
    });
    expect(result.records[0].record.requestParameters).toEqual({
      principal:
        "arn:aws:iot:us-east-1:123456789012:cert/528ce36e8047f6a75ee51ab7beddb4eb268ad41d2ea881a10b67e8e76924d894",
      policyName: "ExamplePolicyForIoT",
    });
  });
});
