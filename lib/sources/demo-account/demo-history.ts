import { trailEvent } from "./aws-calls";

const consoleAgent = "AWS Internal";
const cliAgent =
  "aws-cli/2.22.4 md/awscrt#0.22.0 ua/2.0 os/linux#6.5.0-1025-azure md/arch#x86_64 lang/python#3.12.6 md/pyimpl#CPython cfg/retry-mode#standard md/installer#exe md/distrib#ubuntu.22 md/prompt#off md/command#apigateway.update-stage";

/** CloudTrail history of the demo account: who turned logging off, and who deleted the ap-southeast-2 role. */
export const apiGatewayEvents = {
  usEast1: [
    trailEvent({
      id: "5f0c2b8e-91d4-4c3a-8e7f-2a6b9d1c4e05",
      name: "UpdateStage",
      source: "apigateway.amazonaws.com",
      hoursAgo: 52.1,
      region: "us-east-1",
      user: { session: "jane.doe", role: "PlatformOperators" },
      ip: "203.0.113.42",
      agent: consoleAgent,
      request: {
        restApiId: "p3n8v1w6yd",
        stageName: "prod",
        updateStageInput: { patchOperations: [{ op: "replace", path: "/*/*/logging/loglevel", value: "OFF" }] },
      },
      response: {
        stageName: "prod",
        methodSettings: { "*/*": { loggingLevel: "OFF", metricsEnabled: true, dataTraceEnabled: false } },
      },
      resources: [{ ResourceType: "AWS::ApiGateway::Stage", ResourceName: "prod" }],
    }),
    trailEvent({
      id: "a3d7e1f9-0b2c-4d5e-8f6a-7b8c9d0e1f23",
      name: "CreateDeployment",
      source: "apigateway.amazonaws.com",
      hoursAgo: 30,
      region: "us-east-1",
      user: { session: "gha-5123", role: "GitHubDeploy" },
      ip: "192.0.2.77",
      agent: cliAgent.replace("apigateway.update-stage", "apigateway.create-deployment"),
      request: { restApiId: "k7x2m9q4tb", createDeploymentInput: { stageName: "prod" } },
      response: { id: "g5qz10", createdDate: "2026-11-19T03:30:00Z" },
    }),
    trailEvent({
      id: "c8e2a4b6-1d3f-4e5a-9b7c-0d1e2f3a4b56",
      name: "UpdateStage",
      source: "apigateway.amazonaws.com",
      hoursAgo: 75,
      region: "us-east-1",
      user: { session: "gha-5087", role: "GitHubDeploy" },
      ip: "192.0.2.77",
      agent: cliAgent,
      request: {
        restApiId: "k7x2m9q4tb",
        stageName: "staging",
        updateStageInput: {
          patchOperations: [{ op: "replace", path: "/~1orders/POST/logging/loglevel", value: "OFF" }],
        },
      },
      resources: [{ ResourceType: "AWS::ApiGateway::Stage", ResourceName: "staging" }],
    }),
  ],
  euWest1: [
    trailEvent({
      id: "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
      name: "CreateStage",
      source: "apigateway.amazonaws.com",
      hoursAgo: 1400,
      region: "eu-west-1",
      user: { session: "gha-3011", role: "GitHubDeploy" },
      ip: "192.0.2.77",
      agent: cliAgent.replace("apigateway.update-stage", "apigateway.create-stage"),
      request: { restApiId: "e2u4r6o8pa", createStageInput: { stageName: "prod", deploymentId: "e2u0d4x" } },
    }),
  ],
};

export const roleEvents = [
  trailEvent({
    id: "9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
    name: "DeleteRole",
    source: "iam.amazonaws.com",
    hoursAgo: 412.5,
    region: "us-east-1",
    user: { session: "sam.lee", role: "InfraAdmin" },
    ip: "cloudformation.amazonaws.com",
    agent: "cloudformation.amazonaws.com",
    request: { roleName: "LegacyApiGatewayLogsRole" },
    resources: [{ ResourceType: "AWS::IAM::Role", ResourceName: "LegacyApiGatewayLogsRole" }],
  }),
  trailEvent({
    id: "7d6c5b4a-3f2e-4d1c-9b0a-8f7e6d5c4b3a",
    name: "DetachRolePolicy",
    source: "iam.amazonaws.com",
    hoursAgo: 412.6,
    region: "us-east-1",
    user: { session: "sam.lee", role: "InfraAdmin" },
    ip: "cloudformation.amazonaws.com",
    agent: "cloudformation.amazonaws.com",
    request: {
      roleName: "LegacyApiGatewayLogsRole",
      policyArn: "arn:aws:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs",
    },
    resources: [{ ResourceType: "AWS::IAM::Role", ResourceName: "LegacyApiGatewayLogsRole" }],
  }),
];
