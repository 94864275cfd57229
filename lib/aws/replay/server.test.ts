import { APIGatewayClient, GetRestApisCommand, GetStagesCommand } from "@aws-sdk/client-api-gateway";
import { ApiGatewayV2Client, GetApisCommand } from "@aws-sdk/client-apigatewayv2";
import { CloudTrailClient, LookupEventsCommand } from "@aws-sdk/client-cloudtrail";
import { CloudWatchLogsClient, DescribeLogGroupsCommand } from "@aws-sdk/client-cloudwatch-logs";
import { GetPolicyVersionCommand, GetRoleCommand, IAMClient, ListRolePoliciesCommand } from "@aws-sdk/client-iam";
import { GetSessionTokenCommand, STSClient } from "@aws-sdk/client-sts";
import { afterEach, describe, expect, it } from "vitest";
import type { Capture } from "../../capture/schema";
import { startReplayServer, notRecordedErrorName, type ReplayServer } from "./server";

const capture: Capture = {
  kind: "log-doctor/capture",
  version: 1,
  capturedAt: "2026-11-22T10:00:00Z",
  partition: "aws",
  regions: ["us-east-1", "eu-west-1"],
  calls: [
    {
      service: "apigateway",
      region: "us-east-1",
      operation: "GetRestApis",
      input: { limit: 500 },
      output: { items: [{ id: "a1", name: "pets", createdDate: "2026-05-06T10:00:00Z" }], position: "next" },
    },
    {
      service: "apigateway",
      region: "us-east-1",
      operation: "GetRestApis",
      input: { limit: 500, position: "next" },
      output: { items: [{ id: "a2", name: "shop" }] },
    },
    {
      service: "apigateway",
      region: "us-east-1",
      operation: "GetStages",
      input: { restApiId: "a1" },
      output: { item: [{ stageName: "prod", methodSettings: { "*/*": { loggingLevel: "INFO" } } }] },
    },
    {
      service: "apigateway",
      region: "eu-west-1",
      operation: "GetStages",
      input: { restApiId: "a1" },
      error: { name: "NotFoundException", message: "Invalid API identifier specified" },
    },
    {
      service: "apigatewayv2",
      region: "us-east-1",
      operation: "GetApis",
      input: {},
      output: {
        Items: [
          {
            ApiId: "h1",
            Name: "orders",
            ProtocolType: "HTTP",
            RouteSelectionExpression: "$request.method $request.path",
          },
        ],
      },
    },
    {
      service: "iam",
      operation: "GetRole",
      input: { RoleName: "gone" },
      error: { name: "NoSuchEntityException", message: "The role with name gone cannot be found." },
    },
    {
      service: "iam",
      operation: "ListRolePolicies",
      input: { RoleName: "apigw-logs" },
      error: { name: "AccessDenied", message: "not authorized", httpStatusCode: 403 },
    },
    {
      service: "iam",
      operation: "GetPolicyVersion",
      input: { PolicyArn: "arn:aws:iam::aws:policy/P", VersionId: "v1" },
      output: {
        PolicyVersion: {
          Document: { Version: "2012-10-17", Statement: [] },
          VersionId: "v1",
          CreateDate: "2015-11-11T23:41:46Z",
        },
      },
    },
    {
      service: "sts",
      region: "eu-west-1",
      operation: "GetSessionToken",
      input: { DurationSeconds: 900 },
      error: { name: "RegionDisabledException", message: "STS is not activated in this region" },
    },
    {
      service: "cloudwatch-logs",
      region: "us-east-1",
      operation: "DescribeLogGroups",
      input: { logGroupNamePrefix: "x" },
      error: { name: "AccessDeniedException", message: "denied" },
    },
    {
      service: "cloudtrail",
      region: "us-east-1",
      operation: "LookupEvents",
      input: { StartTime: "2026-08-24T10:00:00Z", EndTime: "2026-11-22T10:00:00Z", MaxResults: 50 },
      output: { Events: [{ EventId: "e1", EventName: "UpdateStage", EventTime: "2026-11-16T10:00:00Z" }] },
    },
  ],
};

const credentials = { accessKeyId: "AKIDREPLAY", secretAccessKey: "replay" };
let server: ReplayServer | undefined;

afterEach(async () => {
  await server?.stop();
  server = undefined;
});

async function start(options: Partial<Parameters<typeof startReplayServer>[0]> = {}) {
  server = await startReplayServer({ capture, ...options });
  const config = { endpoint: server.url, credentials, maxAttempts: 1 };
  return {
    server,
    gateway: (region: string) => new APIGatewayClient({ ...config, region }),
    v2: new ApiGatewayV2Client({ ...config, region: "us-east-1" }),
    iam: new IAMClient({ ...config, region: "us-east-1" }),
    sts: (region: string) => new STSClient({ ...config, region }),
    logs: new CloudWatchLogsClient({ ...config, region: "us-east-1" }),
    trail: new CloudTrailClient({ ...config, region: "us-east-1" }),
  };
}

async function failure(promise: Promise<unknown>): Promise<{ name: string; status?: number }> {
  const error = (await promise.then(
    () => undefined,
    (e: unknown) => e,
  )) as { name: string; $metadata?: { httpStatusCode?: number } } | undefined;
  if (!error) throw new Error("expected the call to fail");
  return { name: error.name, status: error.$metadata?.httpStatusCode };
}

describe("replay server: recorded outputs over the wire protocols", () => {
  it("serves restJson1 pages (item on the wire, items in the SDK) by page token and region", async () => {
    const { gateway } = await start();
    const first = await gateway("us-east-1").send(new GetRestApisCommand({ limit: 500 }));
    expect(first.items).toEqual([{ id: "a1", name: "pets", createdDate: new Date("2026-05-06T10:00:00Z") }]);
    expect(first.position).toBe("next");
    const second = await gateway("us-east-1").send(new GetRestApisCommand({ limit: 500, position: "next" }));
    expect(second.items?.map((api) => api.id)).toEqual(["a2"]);
    const stages = await gateway("us-east-1").send(new GetStagesCommand({ restApiId: "a1" }));
    expect(stages.item?.[0].methodSettings?.["*/*"].loggingLevel).toBe("INFO");
    expect(await failure(gateway("eu-west-1").send(new GetStagesCommand({ restApiId: "a1" })))).toEqual({
      name: "NotFoundException",
      status: 404,
    });
  });

  it("serves apigatewayv2 (camelCase on the wire) and awsJson1_1 with epoch timestamps", async () => {
    const { v2, trail } = await start();
    const apis = await v2.send(new GetApisCommand({}));
    expect(apis.Items?.[0]).toMatchObject({ ApiId: "h1", ProtocolType: "HTTP" });
    const events = await trail.send(
      new LookupEventsCommand({
        StartTime: new Date("2026-08-24T10:00:00Z"),
        EndTime: new Date("2026-11-22T10:00:00Z"),
        MaxResults: 50,
      }),
    );
    expect(events.Events?.[0].EventTime).toEqual(new Date("2026-11-16T10:00:00Z"));
  });

  it("answers recorded errors so the SDK produces the recorded error name", async () => {
    const { iam, sts, logs } = await start();
    expect(await failure(iam.send(new GetRoleCommand({ RoleName: "gone" })))).toEqual({
      name: "NoSuchEntityException",
      status: 404,
    });
    expect(await failure(iam.send(new ListRolePoliciesCommand({ RoleName: "apigw-logs" })))).toEqual({
      name: "AccessDenied",
      status: 403,
    });
    expect(await failure(sts("eu-west-1").send(new GetSessionTokenCommand({ DurationSeconds: 900 })))).toEqual({
      name: "RegionDisabledException",
      status: 403,
    });
    expect((await failure(logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: "x" })))).name).toBe(
      "AccessDeniedException",
    );
  });

  it("sends policy documents recorded as JSON objects URL-encoded, as IAM does", async () => {
    const { iam } = await start();
    const version = await iam.send(
      new GetPolicyVersionCommand({ PolicyArn: "arn:aws:iam::aws:policy/P", VersionId: "v1" }),
    );
    expect(JSON.parse(decodeURIComponent(version.PolicyVersion?.Document ?? ""))).toEqual({
      Version: "2012-10-17",
      Statement: [],
    });
  });

  it("answers a call the capture never recorded with a distinct error", async () => {
    const { gateway, server } = await start();
    expect((await failure(gateway("us-east-1").send(new GetStagesCommand({ restApiId: "zzz" })))).name).toBe(
      notRecordedErrorName,
    );
    expect(server.stats.notRecorded).toBe(1);
  });
});

describe("replay server: quotas and faults", () => {
  it("enforces a quota per region with 429 TooManyRequestsException and Retry-After", async () => {
    const { gateway, server } = await start({ quotas: { apigateway: { rate: 0.001, burst: 2 } } });
    const client = gateway("us-east-1");
    await client.send(new GetStagesCommand({ restApiId: "a1" }));
    await client.send(new GetStagesCommand({ restApiId: "a1" }));
    const third = await client.send(new GetStagesCommand({ restApiId: "a1" })).catch((e: unknown) => e);
    expect(third).toMatchObject({ name: "TooManyRequestsException", $metadata: { httpStatusCode: 429 } });
    expect((third as { $response?: { headers: Record<string, string> } }).$response?.headers["retry-after"]).toMatch(
      /^\d+$/,
    );
    // Another region has its own bucket.
    await expect(gateway("eu-west-1").send(new GetStagesCommand({ restApiId: "a1" }))).rejects.toMatchObject({
      name: "NotFoundException",
    });
    expect(server.stats).toMatchObject({ quotaThrottled: 1, throttled: 1, requests: 4 });
    expect(server.stats.calls["apigateway:GetStages"]).toBe(4);
  });

  it("injects AccessDenied per service and throttling in each service's own shape", async () => {
    const { iam, logs, gateway, server } = await start({
      faults: { accessDenied: [{ service: "iam" }], throttleShare: 1, latencyMs: 5 },
    });
    expect(await failure(iam.send(new GetRoleCommand({ RoleName: "gone" })))).toEqual({
      name: "AccessDenied",
      status: 403,
    });
    expect(await failure(logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: "x" })))).toEqual({
      name: "ThrottlingException",
      status: 400,
    });
    expect(await failure(gateway("us-east-1").send(new GetRestApisCommand({ limit: 500 })))).toEqual({
      name: "TooManyRequestsException",
      status: 429,
    });
    expect(server.stats).toMatchObject({ accessDenied: 1, throttled: 2 });
  });
});
