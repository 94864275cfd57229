import { describe, expect, it } from "vitest";
import { extractChange } from "./extract-change";
import { iamRoleEvent, restUpdateStage, trailRecord, updateAccount } from "../../testing/cloudtrail/trail-records";
import type { RecordChange } from "./types";

type Expected = Pick<RecordChange, "subject" | "level"> & {
  changes: { setting: string; scope: string | null; to: unknown; level: string; description: string }[];
};

const role = "arn:aws:iam::123456789012:role/apigw-logs";
const destination = "arn:aws:logs:us-east-1:123456789012:log-group:/aws/apigateway/a1/prod";

const cases: { name: string; record: unknown; expected: Expected | null }[] = [
  {
    name: "UpdateStage setting /*/*/logging/loglevel to OFF turns logging off for the stage",
    record: restUpdateStage("a1b2c3d4e5", "prod", [{ op: "replace", path: "/*/*/logging/loglevel", value: "OFF" }]),
    expected: {
      subject: { kind: "stage", apiId: "a1b2c3d4e5", apiVersion: "v1", stage: "prod" },
      level: "warn",
      changes: [
        {
          setting: "execution-logging",
          scope: "*/*",
          to: "OFF",
          level: "warn",
          description: "execution logging turned OFF for the whole stage",
        },
      ],
    },
  },
  {
    name: "UpdateStage removing /accessLogSettings turns access logging off",
    record: restUpdateStage("a1b2c3d4e5", "prod", [{ op: "remove", path: "/accessLogSettings" }]),
    expected: {
      subject: { kind: "stage", apiId: "a1b2c3d4e5", apiVersion: "v1", stage: "prod" },
      level: "warn",
      changes: [
        {
          setting: "access-logging",
          scope: null,
          to: null,
          level: "warn",
          description: "access logging turned off (its settings were removed)",
        },
      ],
    },
  },
  {
    name: "UpdateAccount replacing /cloudwatchRoleArn changes the role",
    record: updateAccount([{ op: "replace", path: "/cloudwatchRoleArn", value: role }]),
    expected: {
      subject: { kind: "account" },
      level: "warn",
      changes: [
        {
          setting: "account-role",
          scope: null,
          to: role,
          level: "warn",
          description: `the account's CloudWatch Logs role was set to ${role}`,
        },
      ],
    },
  },
  {
    name: "v2 UpdateStage with DefaultRouteSettings.LoggingLevel OFF and AccessLogSettings in the request",
    record: trailRecord({
      eventName: "UpdateStage",
      requestParameters: {
        apiId: "w1s2k3t4u5",
        stageName: "live",
        DefaultRouteSettings: { LoggingLevel: "OFF" },
        AccessLogSettings: { DestinationArn: destination, Format: "$context.requestId" },
      },
    }),
    expected: {
      subject: { kind: "stage", apiId: "w1s2k3t4u5", apiVersion: "v2", stage: "live" },
      level: "warn",
      changes: [
        {
          setting: "execution-logging",
          scope: "*/*",
          to: "OFF",
          level: "warn",
          description: "execution logging turned OFF for the whole stage",
        },
        {
          setting: "access-logging",
          scope: null,
          to: destination,
          level: "info",
          description: `access logs sent to ${destination}`,
        },
        {
          setting: "access-log-format",
          scope: null,
          to: "$context.requestId",
          level: "info",
          description: "access log format changed",
        },
      ],
    },
  },
  {
    name: "IAM DeleteRole removes the logging role",
    record: iamRoleEvent("DeleteRole", "apigw-logs"),
    expected: {
      subject: { kind: "role", roleName: "apigw-logs" },
      level: "warn",
      changes: [
        {
          setting: "role",
          scope: null,
          to: null,
          level: "warn",
          description: "role deleted: API Gateway can no longer assume it",
        },
      ],
    },
  },
  {
    name: "a method override set to OFF names the method",
    record: restUpdateStage("a1", "prod", [
      { op: "replace", path: "/~1pets~1{id}/GET/logging/loglevel", value: "OFF" },
    ]),
    expected: {
      subject: { kind: "stage", apiId: "a1", apiVersion: "v1", stage: "prod" },
      level: "warn",
      changes: [
        {
          setting: "execution-logging",
          scope: "GET /pets/{id}",
          to: "OFF",
          level: "warn",
          description: "execution logging turned OFF for GET /pets/{id}",
        },
      ],
    },
  },
  {
    name: "turning logging on is info, and non-logging patch operations are ignored",
    record: restUpdateStage("a1", "prod", [
      { op: "replace", path: "/*/*/logging/loglevel", value: "INFO" },
      { op: "replace", path: "/*/*/throttling/rateLimit", value: "100" },
      { op: "replace", path: "/*/*/logging/dataTrace", value: "true" },
    ]),
    expected: {
      subject: { kind: "stage", apiId: "a1", apiVersion: "v1", stage: "prod" },
      level: "info",
      changes: [
        {
          setting: "execution-logging",
          scope: "*/*",
          to: "INFO",
          level: "info",
          description: "execution logging set to INFO (errors and info) for the whole stage",
        },
        {
          setting: "data-trace",
          scope: "*/*",
          to: true,
          level: "info",
          description: "full request and response data tracing turned on for the whole stage",
        },
      ],
    },
  },
  {
    name: "patch operations nested in a request body member are found",
    record: trailRecord({
      eventName: "UpdateStage",
      requestParameters: {
        restApiId: "a1",
        stageName: "prod",
        updateStageInput: {
          patchOperations: [{ op: "replace", path: "/accessLogSettings/format", value: '{"id":"$context.requestId"}' }],
        },
      },
    }),
    expected: {
      subject: { kind: "stage", apiId: "a1", apiVersion: "v1", stage: "prod" },
      level: "info",
      changes: [
        {
          setting: "access-log-format",
          scope: null,
          to: '{"id":"$context.requestId"}',
          level: "info",
          description: "access log format changed",
        },
      ],
    },
  },
  {
    name: "DeleteStage takes the stage's logging with it",
    record: trailRecord({ eventName: "DeleteStage", requestParameters: { restApiId: "a1", stageName: "dev" } }),
    expected: {
      subject: { kind: "stage", apiId: "a1", apiVersion: "v1", stage: "dev" },
      level: "warn",
      changes: [
        {
          setting: "stage",
          scope: null,
          to: null,
          level: "warn",
          description: "stage deleted, and its logging settings with it",
        },
      ],
    },
  },
  {
    name: "UpdateAccount removing the role",
    record: updateAccount([{ op: "replace", path: "/cloudwatchRoleArn", value: "" }]),
    expected: {
      subject: { kind: "account" },
      level: "warn",
      changes: [
        {
          setting: "account-role",
          scope: null,
          to: null,
          level: "warn",
          description: "the account's CloudWatch Logs role was removed",
        },
      ],
    },
  },
  {
    name: "AttachRolePolicy is shown but only as info",
    record: iamRoleEvent("AttachRolePolicy", "apigw-logs", {
      policyArn: "arn:aws:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs",
    }),
    expected: {
      subject: { kind: "role", roleName: "apigw-logs" },
      level: "info",
      changes: [
        {
          setting: "role-policy",
          scope: null,
          to: "arn:aws:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs",
          level: "info",
          description:
            "managed policy arn:aws:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs attached",
        },
      ],
    },
  },
  {
    name: "an UpdateStage that only changes throttling is not a logging change",
    record: restUpdateStage("a1", "prod", [{ op: "replace", path: "/*/*/throttling/burstLimit", value: "10" }]),
    expected: null,
  },
  {
    name: "IAM reads never count",
    record: iamRoleEvent("GetRole", "apigw-logs", {}, { readOnly: true }),
    expected: null,
  },
  {
    name: "other services are not logging changes",
    record: trailRecord({
      eventName: "CreateBucket",
      eventSource: "s3.amazonaws.com",
      requestParameters: { bucketName: "b" },
    }),
    expected: null,
  },
  {
    name: "CreateDeployment naming a stage is info: it creates the stage, without method settings, if it did not exist",
    record: trailRecord({
      eventName: "CreateDeployment",
      requestParameters: { restApiId: "a1", createDeploymentInput: { stageName: "prod" } },
    }),
    expected: {
      subject: { kind: "stage", apiId: "a1", apiVersion: "v1", stage: "prod" },
      level: "info",
      changes: [
        {
          setting: "stage-created",
          scope: null,
          to: "prod",
          level: "info",
          description: "deployed to stage prod (creates the stage, without method settings, if it did not exist)",
        },
      ],
    },
  },
  {
    name: "CreateDeployment without a stage name changes no stage",
    record: trailRecord({
      eventName: "CreateDeployment",
      requestParameters: { restApiId: "a1", createDeploymentInput: { description: "build 7" } },
    }),
    expected: null,
  },
  {
    name: "v1 CreateStage is info here (the timeline decides whether it recreated a stage now logging nothing)",
    record: trailRecord({
      eventName: "CreateStage",
      requestParameters: { restApiId: "a1", createStageInput: { stageName: "prod", deploymentId: "d9" } },
    }),
    expected: {
      subject: { kind: "stage", apiId: "a1", apiVersion: "v1", stage: "prod" },
      level: "info",
      changes: [
        {
          setting: "stage-created",
          scope: null,
          to: "prod",
          level: "info",
          description: "stage prod created (a new stage starts without method settings: execution logging off)",
        },
      ],
    },
  },
  {
    name: "v2 CreateStage also reads the settings it was created with",
    record: trailRecord({
      eventName: "CreateStage",
      requestParameters: { apiId: "w1", stageName: "live", defaultRouteSettings: { loggingLevel: "ERROR" } },
    }),
    expected: {
      subject: { kind: "stage", apiId: "w1", apiVersion: "v2", stage: "live" },
      level: "info",
      changes: [
        {
          setting: "stage-created",
          scope: null,
          to: "live",
          level: "info",
          description: "stage live created (a new stage starts without method settings: execution logging off)",
        },
        {
          setting: "execution-logging",
          scope: "*/*",
          to: "ERROR",
          level: "info",
          description: "execution logging set to ERROR (errors only) for the whole stage",
        },
      ],
    },
  },
  {
    name: "CloudWatch Logs DeleteLogGroup is a warn on that group",
    record: trailRecord({
      eventName: "DeleteLogGroup",
      eventSource: "logs.amazonaws.com",
      requestParameters: { logGroupName: "API-Gateway-Execution-Logs_a1/prod" },
    }),
    expected: {
      subject: { kind: "log-group", logGroupName: "API-Gateway-Execution-Logs_a1/prod" },
      level: "warn",
      changes: [
        {
          setting: "log-group",
          scope: null,
          to: "API-Gateway-Execution-Logs_a1/prod",
          level: "warn",
          description: "log group API-Gateway-Execution-Logs_a1/prod deleted, with every event it held",
        },
      ],
    },
  },
  {
    name: "DisassociateKmsKey by the group's ARN (resourceIdentifier) names the group",
    record: trailRecord({
      eventName: "DisassociateKmsKey",
      eventSource: "logs.amazonaws.com",
      requestParameters: {
        resourceIdentifier: "arn:aws:logs:us-east-1:123456789012:log-group:/aws/apigateway/a1/prod",
      },
    }),
    expected: {
      subject: { kind: "log-group", logGroupName: "/aws/apigateway/a1/prod" },
      level: "warn",
      changes: [
        {
          setting: "log-group-kms",
          scope: null,
          to: null,
          level: "warn",
          description:
            "KMS key disassociated from log group /aws/apigateway/a1/prod: events encrypted with it stay unreadable if the key goes",
        },
      ],
    },
  },
  {
    name: "DeleteResourcePolicy of an account-scoped AWSLogDeliveryWrite policy",
    record: trailRecord({
      eventName: "DeleteResourcePolicy",
      eventSource: "logs.amazonaws.com",
      requestParameters: { policyName: "AWSLogDeliveryWrite20150319" },
    }),
    expected: {
      subject: { kind: "resource-policy", policyName: "AWSLogDeliveryWrite20150319", resourceArn: null },
      level: "warn",
      changes: [
        {
          setting: "resource-policy",
          scope: null,
          to: null,
          level: "warn",
          description:
            "resource policy AWSLogDeliveryWrite20150319 deleted (it may have let delivery.logs.amazonaws.com write HTTP API access logs)",
        },
      ],
    },
  },
  {
    name: "PutResourcePolicy on one log group (resourceArn) is info here; the check weighs it against the grants",
    record: trailRecord({
      eventName: "PutResourcePolicy",
      eventSource: "logs.amazonaws.com",
      requestParameters: {
        resourceArn: "arn:aws:logs:us-east-1:123456789012:log-group:/aws/vendedlogs/h1",
        policyDocument: "{}",
      },
    }),
    expected: {
      subject: {
        kind: "resource-policy",
        policyName: null,
        resourceArn: "arn:aws:logs:us-east-1:123456789012:log-group:/aws/vendedlogs/h1",
      },
      level: "info",
      changes: [
        {
          setting: "resource-policy",
          scope: null,
          to: "{}",
          level: "info",
          description: "the resource policy of /aws/vendedlogs/h1 replaced",
        },
      ],
    },
  },
  {
    name: "DeleteDelivery names the delivery",
    record: trailRecord({
      eventName: "DeleteDelivery",
      eventSource: "logs.amazonaws.com",
      requestParameters: { id: "dlv-1" },
    }),
    expected: {
      subject: { kind: "delivery", deliveryId: "dlv-1" },
      level: "warn",
      changes: [
        {
          setting: "delivery",
          scope: null,
          to: null,
          level: "warn",
          description:
            "log delivery dlv-1 deleted: API Gateway writes the managed execution log group again, if it can",
        },
      ],
    },
  },
  {
    name: "CloudWatch Logs reads and other writes are not logging changes",
    record: trailRecord({
      eventName: "CreateLogStream",
      eventSource: "logs.amazonaws.com",
      requestParameters: { logGroupName: "g", logStreamName: "s" },
    }),
    expected: null,
  },
];

describe("extractChange", () => {
  it.each(cases)("$name", ({ record, expected }) => {
    const change = extractChange(record);
    if (expected === null) {
      expect(change).toBeNull();
      return;
    }
    expect(change).not.toBeNull();
    expect(change!.subject).toEqual(expected.subject);
    expect(change!.level).toBe(expected.level);
    expect(
      change!.changes.map(({ setting, scope, to, level, description }) => ({ setting, scope, to, level, description })),
    ).toEqual(expected.changes);
    expect(change!.failed).toBeNull();
  });

  it("keeps a failed call, marked as failed, so it is never taken for a change", () => {
    const change = extractChange(
      restUpdateStage("a1", "prod", [{ op: "replace", path: "/*/*/logging/loglevel", value: "OFF" }], {
        errorCode: "AccessDenied",
      }),
    );
    expect(change?.failed).toEqual({ code: "AccessDenied", message: "User is not authorized to perform UpdateStage" });
  });

  it("reads PascalCase records", () => {
    const change = extractChange({
      EventSource: "apigateway.amazonaws.com",
      EventName: "UpdateStage",
      RequestParameters: {
        RestApiId: "a1",
        StageName: "prod",
        PatchOperations: [{ Op: "replace", Path: "/*/*/logging/loglevel", Value: "OFF" }],
      },
    });
    expect(change?.summary).toBe("stage prod of API a1: execution logging turned OFF for the whole stage");
  });
});
