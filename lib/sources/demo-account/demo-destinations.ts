import type { CaptureCall } from "../../capture/schema";
import {
  DEMO_ACCOUNT,
  hoursAgo,
  logGroupArn,
  logGroupsCall,
  newestStreamCall,
  restStagesCall,
  v2StagesCall,
} from "./aws-calls";

/**
 * The demo's v2 causes, on the log-destination side. us-east-1: ledger-api's execution logs are delivered to a log
 * group someone deleted (execution missing, `stage.execution-delivery-destination-missing`); eu-west-1: stock-http
 * is granted on its log group's own resource policy, the way CloudWatch Logs sets up new HTTP APIs (delivered, even
 * though no account-scoped policy covers it). Every call is the one the collector makes for them.
 */
export const LEDGER_API = {
  id: "l4d8g2r6va",
  name: "ledger-api",
  stage: "prod",
  access: "/aws/apigateway/ledger-api/prod",
  deliveredTo: "/aws/ledger-api/execution",
};
export const STOCK_HTTP = {
  id: "q6k1m3z8wd",
  name: "stock-http",
  stage: "prod",
  access: "/aws/apigateway/stock-http/prod",
};

const logs = (region: string, operation: string, input: Record<string, unknown>, output: unknown): CaptureCall => ({
  service: "cloudwatch-logs",
  region,
  operation,
  input,
  output,
});
const groupPolicyInput = (region: string, group: string) => ({
  policyScope: "RESOURCE",
  resourceArn: logGroupArn(region, group),
});

/** DescribeResourcePolicies scoped to one group, as CloudWatch Logs answers it. */
export function groupPolicyCall(region: string, group: string, statements: unknown[]): CaptureCall {
  const resourcePolicies =
    statements.length === 0
      ? []
      : [
          {
            policyName: `AWSLogDeliveryWrite-${group.split("/").filter(Boolean).join("-")}`,
            policyScope: "RESOURCE",
            resourceArn: logGroupArn(region, group),
            revisionId: "1",
            lastUpdatedTime: Date.parse(hoursAgo(600)),
            policyDocument: JSON.stringify({ Version: "2012-10-17", Statement: statements }),
          },
        ];
  return logs(region, "DescribeResourcePolicies", groupPolicyInput(region, group), { resourcePolicies });
}

export function ledgerApiCalls(region: string, format: string): CaptureCall[] {
  const { id, stage, access, deliveredTo } = LEDGER_API;
  return [
    restStagesCall(region, id, [
      { name: stage, level: "INFO", access: { group: access, format }, createdHoursAgo: 2200 },
    ]),
    logGroupsCall(region, access, [access]),
    newestStreamCall(region, access, 0.15),
    // The delivery's destination group was deleted: the listing by its name is empty, its policy cannot be read.
    logGroupsCall(region, deliveredTo, []),
    {
      service: "cloudwatch-logs",
      region,
      operation: "DescribeResourcePolicies",
      input: groupPolicyInput(region, deliveredTo),
      error: {
        name: "ResourceNotFoundException",
        message: "The specified log group does not exist.",
        httpStatusCode: 400,
      },
    },
  ];
}

/** The region's deliveries: ledger-api's execution logs go to a log group of its own. */
export function ledgerDeliveries(region: string): CaptureCall[] {
  const source = "ledger-api-prod-execution";
  const destination = `arn:aws:logs:${region}:${DEMO_ACCOUNT}:delivery-destination:ledger-execution-logs`;
  return [
    logs(
      region,
      "DescribeDeliverySources",
      {},
      {
        deliverySources: [
          {
            name: source,
            arn: `arn:aws:logs:${region}:${DEMO_ACCOUNT}:delivery-source:${source}`,
            resourceArns: [
              `arn:aws:apigateway:${region}:${DEMO_ACCOUNT}:/restapis/${LEDGER_API.id}/stages/${LEDGER_API.stage}`,
            ],
            service: "apigateway",
            logType: "EXECUTION_LOGS",
          },
        ],
      },
    ),
    logs(
      region,
      "DescribeDeliveries",
      {},
      {
        deliveries: [
          {
            id: "dlv7k2m9q4x1",
            arn: `arn:aws:logs:${region}:${DEMO_ACCOUNT}:delivery:dlv7k2m9q4x1`,
            deliverySourceName: source,
            deliveryDestinationArn: destination,
            deliveryDestinationType: "CWL",
          },
        ],
      },
    ),
    logs(
      region,
      "DescribeDeliveryDestinations",
      {},
      {
        deliveryDestinations: [
          {
            name: "ledger-execution-logs",
            arn: destination,
            deliveryDestinationType: "CWL",
            outputFormat: "json",
            deliveryDestinationConfiguration: { destinationResourceArn: logGroupArn(region, LEDGER_API.deliveredTo) },
          },
        ],
      },
    ),
  ];
}

export function stockHttpCalls(region: string, format: string): CaptureCall[] {
  const { id, stage, access } = STOCK_HTTP;
  const grant = {
    Sid: "AWSLogDeliveryWrite",
    Effect: "Allow",
    Principal: { Service: "delivery.logs.amazonaws.com" },
    Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
    Resource: `${logGroupArn(region, access)}:log-stream:*`,
    Condition: {
      StringEquals: { "aws:SourceAccount": DEMO_ACCOUNT },
      ArnLike: { "aws:SourceArn": `arn:aws:logs:${region}:${DEMO_ACCOUNT}:*` },
    },
  };
  return [
    v2StagesCall(region, id, [{ name: stage, access: { group: access, format }, createdHoursAgo: 600 }]),
    logGroupsCall(region, access, [access]),
    newestStreamCall(region, access, 0.5),
    groupPolicyCall(region, access, [grant]),
  ];
}

/** chat-ws's access-log group is encrypted with a key someone scheduled for deletion (`log-group.kms-key-unusable`). */
export const CHAT_KEY = {
  group: "/aws/apigateway/chat-ws/production",
  keyId: `arn:aws:kms:us-east-1:${DEMO_ACCOUNT}:key/7f3a9c2e-4b1d-4e8f-9a6c-2d5e8b1f0c47`,
};

/** The group listing with the group's kmsKeyId, as DescribeLogGroups shows an encrypted group. */
export function withKmsKey(call: CaptureCall, keyId: string): CaptureCall {
  const output = call.output as { logGroups: Record<string, unknown>[] };
  return {
    ...call,
    output: { ...output, logGroups: output.logGroups.map((group) => ({ ...group, kmsKeyId: keyId })) },
  };
}

export function pendingDeletionKeyCall(region: string, keyId: string): CaptureCall {
  return {
    service: "kms",
    region,
    operation: "DescribeKey",
    input: { KeyId: keyId },
    output: {
      KeyMetadata: {
        AWSAccountId: DEMO_ACCOUNT,
        KeyId: keyId.split("/").pop(),
        Arn: keyId,
        CreationDate: hoursAgo(9000),
        Enabled: false,
        Description: "chat-ws access logs",
        KeyUsage: "ENCRYPT_DECRYPT",
        KeyState: "PendingDeletion",
        DeletionDate: hoursAgo(-24 * 6),
        Origin: "AWS_KMS",
        KeyManager: "CUSTOMER",
        KeySpec: "SYMMETRIC_DEFAULT",
        EncryptionAlgorithms: ["SYMMETRIC_DEFAULT"],
        MultiRegion: false,
        PendingDeletionWindowInDays: 7,
      },
    },
  };
}
