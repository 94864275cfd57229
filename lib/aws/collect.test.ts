import { AccountClient } from "@aws-sdk/client-account";
import {
  APIGatewayClient,
  GetAccountCommand,
  GetRestApisCommand,
  GetStagesCommand,
  TooManyRequestsException,
} from "@aws-sdk/client-api-gateway";
import { ApiGatewayV2Client } from "@aws-sdk/client-apigatewayv2";
import { CloudTrailClient } from "@aws-sdk/client-cloudtrail";
import { CloudWatchLogsClient, DescribeLogGroupsCommand } from "@aws-sdk/client-cloudwatch-logs";
import {
  GetPolicyCommand,
  GetRoleCommand,
  IAMClient,
  ListAttachedRolePoliciesCommand,
  NoSuchEntityException,
} from "@aws-sdk/client-iam";
import {
  GetCallerIdentityCommand,
  GetSessionTokenCommand,
  RegionDisabledException,
  STSClient,
} from "@aws-sdk/client-sts";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CaptureCall } from "../capture/schema";
import { collectCapture, type CollectOptions } from "./collect";
import type { ProgressEvent } from "./progress";
import { unthrottledQuotas } from "../../testing/aws/unthrottled-quotas";

const mocks = {
  sts: mockClient(STSClient),
  apigateway: mockClient(APIGatewayClient),
  apigatewayv2: mockClient(ApiGatewayV2Client),
  iam: mockClient(IAMClient),
  logs: mockClient(CloudWatchLogsClient),
  cloudtrail: mockClient(CloudTrailClient),
  account: mockClient(AccountClient),
};

const roleArn = "arn:aws:iam::123456789012:role/apigw-logs";
const fast: CollectOptions = {
  regions: ["us-east-1"],
  clientOverrides: { credentials: { accessKeyId: "AKIDTEST", secretAccessKey: "test" }, maxAttempts: 3 },
  tuning: { retryBaseDelayMs: 1, retryMaxDelayMs: 2, quotas: unthrottledQuotas },
};

function awsError<T extends Error>(error: T, status: number): T {
  return Object.assign(error, { $metadata: { httpStatusCode: status } });
}

function calls(list: CaptureCall[], operation: string): CaptureCall[] {
  return list.filter((call) => call.operation === operation);
}

/** The seven stubs under one type: each answers `{}` unless a test says otherwise. */
const everyMock = Object.values(mocks) as unknown as Array<ReturnType<typeof mockClient>>;

beforeEach(() => {
  for (const mock of everyMock) mock.reset().onAnyCommand().resolves({});
  mocks.sts
    .on(GetCallerIdentityCommand)
    .resolves({ Account: "123456789012", Arn: "arn:aws:iam::123456789012:user/ops" });
});

afterEach(() => {
  for (const mock of everyMock) mock.reset();
});

describe("collectCapture pagination", () => {
  it("records one call per page with the page token in its input, and one GetStages per API", async () => {
    mocks.apigateway
      .on(GetRestApisCommand, { limit: 500 })
      .resolves({ items: [{ id: "api1" }, { id: "api2" }], position: "page2" })
      .on(GetRestApisCommand, { limit: 500, position: "page2" })
      .resolves({ items: [{ id: "api3" }] });
    mocks.logs
      .on(DescribeLogGroupsCommand, { logGroupNamePrefix: "API-Gateway-Execution-Logs_" })
      .resolves({ logGroups: [{ logGroupName: "API-Gateway-Execution-Logs_api1/prod" }], nextToken: "logs2" })
      .on(DescribeLogGroupsCommand, { logGroupNamePrefix: "API-Gateway-Execution-Logs_", nextToken: "logs2" })
      .resolves({ logGroups: [{ logGroupName: "API-Gateway-Execution-Logs_api3/prod" }] });
    mocks.apigateway.on(GetStagesCommand).resolves({ item: [{ stageName: "prod" }] });
    mocks.apigateway.on(GetAccountCommand).resolves({ cloudwatchRoleArn: roleArn });
    mocks.iam
      .on(GetRoleCommand)
      .resolves({ Role: { RoleName: "apigw-logs", Arn: roleArn, Path: "/", RoleId: "AROA", CreateDate: new Date(0) } })
      .on(ListAttachedRolePoliciesCommand, { RoleName: "apigw-logs" })
      .resolves({ AttachedPolicies: [{ PolicyArn: "arn:aws:iam::aws:policy/A" }], IsTruncated: true, Marker: "m2" })
      .on(ListAttachedRolePoliciesCommand, { RoleName: "apigw-logs", Marker: "m2" })
      .resolves({ AttachedPolicies: [{ PolicyArn: "arn:aws:iam::123456789012:policy/B" }], IsTruncated: false })
      .on(GetPolicyCommand)
      .resolves({ Policy: { DefaultVersionId: "v3" } });

    const capture = await collectCapture(fast);

    expect(calls(capture.calls, "GetRestApis").map((c) => c.input)).toEqual([
      { limit: 500 },
      { limit: 500, position: "page2" },
    ]);
    const restStages = calls(capture.calls, "GetStages").filter((c) => c.service === "apigateway");
    expect(restStages.map((c) => c.input)).toEqual([
      { restApiId: "api1" },
      { restApiId: "api2" },
      { restApiId: "api3" },
    ]);
    const executionListing = calls(capture.calls, "DescribeLogGroups").map((c) => c.input);
    expect(executionListing).toEqual([
      { logGroupNamePrefix: "API-Gateway-Execution-Logs_" },
      { logGroupNamePrefix: "API-Gateway-Execution-Logs_", nextToken: "logs2" },
    ]);
    // Streams only for execution groups that the listing (both pages) shows to exist.
    expect(calls(capture.calls, "DescribeLogStreams").map((c) => c.input.logGroupName)).toEqual([
      "API-Gateway-Execution-Logs_api1/prod",
      "API-Gateway-Execution-Logs_api3/prod",
    ]);
    expect(calls(capture.calls, "ListAttachedRolePolicies").map((c) => c.input)).toEqual([
      { RoleName: "apigw-logs" },
      { RoleName: "apigw-logs", Marker: "m2" },
    ]);
    expect(calls(capture.calls, "GetPolicyVersion").map((c) => c.input)).toEqual([
      { PolicyArn: "arn:aws:iam::123456789012:policy/B", VersionId: "v3" },
      { PolicyArn: "arn:aws:iam::aws:policy/A", VersionId: "v3" },
    ]);
    expect(calls(capture.calls, "GetRole")[0].output).toMatchObject({ Role: { CreateDate: "1970-01-01T00:00:00Z" } });
  });
});

describe("collectCapture failures are data", () => {
  it("records AccessDenied, NoSuchEntity and RegionDisabled as errors and goes on", async () => {
    mocks.sts
      .on(GetSessionTokenCommand)
      .rejects(awsError(new RegionDisabledException({ message: "STS is not activated", $metadata: {} }), 403));
    mocks.apigateway.on(GetAccountCommand).resolves({ cloudwatchRoleArn: roleArn });
    mocks.apigateway
      .on(GetRestApisCommand)
      .rejects(awsError(Object.assign(new Error("User is not authorized"), { name: "AccessDeniedException" }), 403));
    mocks.iam
      .on(GetRoleCommand)
      .rejects(
        awsError(
          new NoSuchEntityException({ message: "The role with name apigw-logs cannot be found.", $metadata: {} }),
          404,
        ),
      );

    const capture = await collectCapture(fast);

    expect(calls(capture.calls, "GetSessionToken")[0].error).toEqual({
      name: "RegionDisabledException",
      message: "STS is not activated",
      httpStatusCode: 403,
    });
    expect(calls(capture.calls, "GetRestApis")[0].error).toMatchObject({
      name: "AccessDeniedException",
      httpStatusCode: 403,
    });
    expect(calls(capture.calls, "GetRole")[0].error).toMatchObject({
      name: "NoSuchEntityException",
      httpStatusCode: 404,
    });
    // A deleted role has no policies to list; the rest of the region was still scanned.
    expect(calls(capture.calls, "ListAttachedRolePolicies")).toEqual([]);
    expect(calls(capture.calls, "DescribeTrails")).toHaveLength(1);
    expect(calls(capture.calls, "GetApis")).toHaveLength(1);
  });

  it("records throttling that outlasts the retries, after exactly maxAttempts attempts", async () => {
    const throttled = awsError(new TooManyRequestsException({ message: "Too Many Requests", $metadata: {} }), 429);
    mocks.apigateway.on(GetRestApisCommand).rejects(throttled);
    const events: ProgressEvent[] = [];

    const capture = await collectCapture({ ...fast, onProgress: (event) => events.push(event) });

    expect(calls(capture.calls, "GetRestApis")).toEqual([
      {
        service: "apigateway",
        region: "us-east-1",
        operation: "GetRestApis",
        input: { limit: 500 },
        error: { name: "TooManyRequestsException", message: "Too Many Requests", httpStatusCode: 429 },
      },
    ]);
    expect(mocks.apigateway.commandCalls(GetRestApisCommand)).toHaveLength(3);
    const done = events.find((e) => e.type === "done" && e.operation === "GetRestApis");
    expect(done).toMatchObject({ outcome: "error", errorName: "TooManyRequestsException", attempts: 3 });
  });
});

describe("collectCapture records no credentials", () => {
  it("drops the STS probe's Credentials and never records $metadata", async () => {
    mocks.sts.on(GetSessionTokenCommand).resolves({
      Credentials: {
        AccessKeyId: "ASIASECRET",
        SecretAccessKey: "s3cr3t",
        SessionToken: "t0k3n",
        Expiration: new Date(),
      },
      $metadata: { requestId: "req-1", httpStatusCode: 200 },
    });

    const capture = await collectCapture(fast);

    expect(calls(capture.calls, "GetSessionToken")[0].output).toEqual({});
    const text = JSON.stringify(capture);
    for (const secret of ["ASIASECRET", "s3cr3t", "t0k3n", "req-1", "AKIDTEST", "$metadata"]) {
      expect(text).not.toContain(secret);
    }
  });
});

describe("collectCapture progress", () => {
  it("reports every planned call as done and ends with a summary", async () => {
    const events: ProgressEvent[] = [];
    const capture = await collectCapture({ ...fast, onProgress: (event) => events.push(event) });

    const planned = events.filter((e) => e.type === "planned");
    const done = events.filter((e) => e.type === "done");
    expect(planned).toHaveLength(capture.calls.length);
    expect(done).toHaveLength(capture.calls.length);
    expect(events.at(-1)).toMatchObject({ type: "summary", planned: capture.calls.length, done: capture.calls.length });
    expect(capture).toMatchObject({ kind: "log-doctor/capture", version: 1, partition: "aws", regions: ["us-east-1"] });
  });

  it("scans the enabled regions from account:ListRegions when none are given", async () => {
    mocks.account.onAnyCommand().resolves({
      Regions: [
        { RegionName: "eu-west-1", RegionOptStatus: "ENABLED_BY_DEFAULT" },
        { RegionName: "af-south-1", RegionOptStatus: "DISABLED" },
        { RegionName: "me-south-1", RegionOptStatus: "ENABLED" },
      ],
    });
    const capture = await collectCapture({ ...fast, regions: undefined });
    expect(capture.regions).toEqual(["eu-west-1", "me-south-1"]);
    expect(new Set(calls(capture.calls, "GetAccount").map((c) => c.region))).toEqual(
      new Set(["eu-west-1", "me-south-1"]),
    );
  });
});
