import { AccountClient } from "@aws-sdk/client-account";
import {
  APIGatewayClient,
  GetAccountCommand,
  GetRestApiCommand,
  GetStagesCommand,
  NotFoundException,
} from "@aws-sdk/client-api-gateway";
import {
  ApiGatewayV2Client,
  GetApiCommand,
  GetStagesCommand as V2GetStagesCommand,
} from "@aws-sdk/client-apigatewayv2";
import { CloudTrailClient, DescribeTrailsCommand } from "@aws-sdk/client-cloudtrail";
import { CloudWatchLogsClient, DescribeLogGroupsCommand } from "@aws-sdk/client-cloudwatch-logs";
import { GetPolicyCommand, GetRoleCommand, IAMClient, ListAttachedRolePoliciesCommand } from "@aws-sdk/client-iam";
import { GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { collectCapture, type CollectOptions } from "./collect";
import { unthrottledQuotas } from "../../testing/aws/unthrottled-quotas";

const mocks = [
  mockClient(STSClient),
  mockClient(APIGatewayClient),
  mockClient(ApiGatewayV2Client),
  mockClient(IAMClient),
  mockClient(CloudWatchLogsClient),
  mockClient(CloudTrailClient),
  mockClient(AccountClient),
] as unknown as Array<ReturnType<typeof mockClient>>;
const [sts, gateway, v2, iam, logs, trail] = mocks;

const roleArn = "arn:aws:iam::123456789012:role/apigw-logs";
const apiOptions: CollectOptions = {
  regions: ["eu-west-1"],
  apiId: "a1b2c3d4e5",
  stage: "prod",
  clientOverrides: { credentials: { accessKeyId: "AKIDTEST", secretAccessKey: "test" }, maxAttempts: 1 },
  tuning: { quotas: unthrottledQuotas },
};
const destination = "arn:aws:logs:eu-west-1:123456789012:log-group:/aws/apigateway/pets-access";

beforeEach(() => {
  for (const mock of mocks) mock.reset().onAnyCommand().resolves({});
  sts.on(GetCallerIdentityCommand).resolves({ Account: "123456789012", Arn: "arn:aws:iam::123456789012:user/ops" });
  gateway.on(GetAccountCommand).resolves({ cloudwatchRoleArn: roleArn });
  iam
    .on(GetRoleCommand)
    .resolves({ Role: { RoleName: "apigw-logs", Arn: roleArn, Path: "/", RoleId: "AROA", CreateDate: new Date(0) } });
  iam.on(ListAttachedRolePoliciesCommand).resolves({ AttachedPolicies: [{ PolicyArn: "arn:aws:iam::aws:policy/P" }] });
  iam.on(GetPolicyCommand).resolves({ Policy: { DefaultVersionId: "v1" } });
  trail
    .on(DescribeTrailsCommand)
    .resolves({ trailList: [{ TrailARN: "arn:aws:cloudtrail:eu-west-1:123456789012:trail/t" }] });
  logs
    .on(DescribeLogGroupsCommand, { logGroupNamePrefix: "API-Gateway-Execution-Logs_a1b2c3d4e5/prod" })
    .resolves({ logGroups: [{ logGroupName: "API-Gateway-Execution-Logs_a1b2c3d4e5/prod" }] })
    .on(DescribeLogGroupsCommand, { logGroupNamePrefix: "/aws/apigateway/pets-access" })
    .resolves({ logGroups: [{ logGroupName: "/aws/apigateway/pets-access" }] });
});

afterEach(() => {
  for (const mock of mocks) mock.reset();
});

describe("collectCapture for one API (--api)", () => {
  it("reads the API by id, never the region's listings, and only the chosen stage's log groups", async () => {
    gateway.on(GetRestApiCommand).resolves({ id: "a1b2c3d4e5", name: "pets" });
    gateway.on(GetStagesCommand).resolves({
      item: [{ stageName: "prod", accessLogSettings: { destinationArn: destination } }, { stageName: "dev" }],
    });

    const capture = await collectCapture(apiOptions);

    const calls = capture.calls.map((c) => `${c.service}:${c.operation}`);
    expect(calls).toEqual([
      "sts:GetCallerIdentity",
      "account:ListRegions",
      "sts:GetSessionToken",
      "apigateway:GetAccount",
      "apigateway:GetRestApi",
      "apigateway:GetStages",
      "apigateway:GetAuthorizers",
      "cloudwatch-logs:DescribeLogGroups",
      "cloudwatch-logs:DescribeLogGroups",
      "cloudwatch-logs:DescribeLogStreams",
      "cloudwatch-logs:DescribeLogStreams",
      "cloudwatch-logs:DescribeResourcePolicies",
      "cloudwatch-logs:DescribeDeliverySources",
      "cloudwatch-logs:DescribeDeliveries",
      "cloudwatch-logs:DescribeDeliveryDestinations",
      "cloudtrail:DescribeTrails",
      "cloudtrail:GetTrailStatus",
      "cloudtrail:GetEventSelectors",
      "cloudtrail:LookupEvents",
      "cloudtrail:LookupEvents",
      "cloudtrail:LookupEvents",
      "iam:GetRole",
      "iam:ListAttachedRolePolicies",
      "iam:ListRolePolicies",
      "iam:SimulatePrincipalPolicy",
      "iam:GetPolicy",
      "iam:GetPolicyVersion",
    ]);
    expect(capture.calls.find((c) => c.operation === "DescribeLogGroups")?.input).toEqual({
      logGroupNamePrefix: "API-Gateway-Execution-Logs_a1b2c3d4e5/prod",
    });
    const lookups = capture.calls.filter((c) => c.operation === "LookupEvents");
    expect(
      lookups.map((c) => [c.region, (c.input.LookupAttributes as Array<{ AttributeValue: string }>)[0].AttributeValue]),
    ).toEqual([
      ["eu-west-1", "apigateway.amazonaws.com"],
      ["eu-west-1", "logs.amazonaws.com"],
      ["us-east-1", "apigw-logs"],
    ]);
    expect(capture.calls.find((c) => c.operation === "GetAuthorizers")?.input).toEqual({ restApiId: "a1b2c3d4e5" });
    const simulation = capture.calls.find((c) => c.operation === "SimulatePrincipalPolicy");
    expect(simulation?.input.ResourceArns).toEqual([
      "arn:aws:logs:eu-west-1:123456789012:log-group::log-stream:",
      "arn:aws:logs:eu-west-1:123456789012:log-group:API-Gateway-Execution-Logs_a1b2c3d4e5/prod:log-stream:",
      "arn:aws:logs:eu-west-1:123456789012:log-group:API-Gateway-Execution-Logs_a1b2c3d4e5/prod:log-stream:x",
      "arn:aws:logs:eu-west-1:123456789012:log-group:/aws/apigateway/pets-access:log-stream:",
      "arn:aws:logs:eu-west-1:123456789012:log-group:/aws/apigateway/pets-access:log-stream:x",
    ]);
  });

  it("falls back to API Gateway v2 when REST does not know the id", async () => {
    gateway
      .on(GetRestApiCommand)
      .rejects(new NotFoundException({ message: "Invalid API identifier specified", $metadata: {} }));
    v2.on(GetApiCommand).resolves({ ApiId: "a1b2c3d4e5", Name: "orders", ProtocolType: "HTTP" });
    v2.on(V2GetStagesCommand).resolves({
      Items: [{ StageName: "prod", AccessLogSettings: { DestinationArn: destination } }],
    });

    const capture = await collectCapture(apiOptions);

    const gatewayCalls = capture.calls
      .filter((c) => c.service.startsWith("apigateway"))
      .map((c) => `${c.service}:${c.operation}`);
    expect(gatewayCalls).toEqual([
      "apigateway:GetAccount",
      "apigateway:GetRestApi",
      "apigatewayv2:GetApi",
      "apigatewayv2:GetStages",
    ]);
    expect(capture.calls.find((c) => c.operation === "GetRestApi")?.error?.name).toBe("NotFoundException");
    // An HTTP API has no execution logs: only its access-log destination is looked at.
    expect(capture.calls.filter((c) => c.operation === "DescribeLogStreams").map((c) => c.input.logGroupName)).toEqual([
      "/aws/apigateway/pets-access",
    ]);
  });
});

describe("collectCapture cancellation and timeouts", () => {
  it("rejects with the signal's reason when the scan is cancelled", async () => {
    const controller = new AbortController();
    gateway.on(GetAccountCommand).callsFake(async () => {
      controller.abort(new Error("user cancelled"));
      return {};
    });
    await expect(
      collectCapture({ ...apiOptions, apiId: undefined, stage: undefined, signal: controller.signal }),
    ).rejects.toThrow("user cancelled");
  });

  it("records a call that outlasts its timeout as TimeoutError and goes on", async () => {
    gateway.on(GetAccountCommand).callsFake(() => new Promise(() => undefined));
    const capture = await collectCapture({
      ...apiOptions,
      apiId: undefined,
      stage: undefined,
      tuning: { callTimeoutMs: 20, retryBaseDelayMs: 1, quotas: unthrottledQuotas },
    });
    expect(capture.calls.find((c) => c.operation === "GetAccount")?.error).toEqual({
      name: "TimeoutError",
      message: "no answer within 20 ms",
    });
    expect(capture.calls.find((c) => c.operation === "GetRestApis")).toBeDefined();
  });
});
