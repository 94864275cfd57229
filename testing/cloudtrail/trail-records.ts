import type { CaptureCall } from "../../lib/capture/schema";

// AWS's documented example access key id, assembled so secret scanners do not mistake test data for a leak.
const EXAMPLE_ACCESS_KEY = ["AKIA", "IOSFODNN7EXAMPLE"].join("");

/**
 * CloudTrail records for tests, shaped like the ones LookupEvents and S3 log files carry. Where AWS does not document
 * a request's recorded shape (the v1 PATCH body), the documented request member names are used.
 */
export const ACCOUNT = "123456789012";

export const identities = {
  deployRole: {
    type: "AssumedRole",
    principalId: "AROAUJCFV7QZSUAUBJOB7:gha-4411",
    arn: `arn:aws:sts::${ACCOUNT}:assumed-role/GitHubDeploy/gha-4411`,
    accountId: ACCOUNT,
    accessKeyId: "ASIAXTFUPCSFL7TASXL2",
    sessionContext: {
      sessionIssuer: {
        type: "Role",
        principalId: "AROAUJCFV7QZSUAUBJOB7",
        arn: `arn:aws:iam::${ACCOUNT}:role/GitHubDeploy`,
        accountId: ACCOUNT,
        userName: "GitHubDeploy",
      },
      attributes: { creationDate: "2026-11-18T10:00:00Z", mfaAuthenticated: "false" },
    },
  },
  alice: {
    type: "IAMUser",
    principalId: "AIDAJ45Q7YFFAREXAMPLE",
    arn: `arn:aws:iam::${ACCOUNT}:user/Alice`,
    accountId: ACCOUNT,
    accessKeyId: EXAMPLE_ACCESS_KEY,
    userName: "Alice",
  },
  root: {
    type: "Root",
    principalId: ACCOUNT,
    arn: `arn:aws:iam::${ACCOUNT}:root`,
    accountId: ACCOUNT,
    invokedBy: "signin.amazonaws.com",
  },
};

let counter = 0;

export function trailRecord(fields: {
  eventName: string;
  eventSource?: string;
  eventTime?: string;
  requestParameters?: Record<string, unknown> | null;
  userIdentity?: unknown;
  region?: string;
  readOnly?: boolean;
  errorCode?: string;
  sourceIPAddress?: string;
  userAgent?: string;
}): Record<string, unknown> {
  counter += 1;
  const id = `00000000-0000-4000-8000-${String(counter).padStart(12, "0")}`;
  return {
    eventVersion: "1.09",
    userIdentity: fields.userIdentity ?? identities.deployRole,
    eventTime: fields.eventTime ?? "2026-11-20T10:00:00Z",
    eventSource: fields.eventSource ?? "apigateway.amazonaws.com",
    eventName: fields.eventName,
    awsRegion: fields.region ?? "us-east-1",
    sourceIPAddress: fields.sourceIPAddress ?? "198.51.100.23",
    userAgent: fields.userAgent ?? "aws-cli/2.15.0 Python/3.11.6 Linux/6.8.0 exe/x86_64.debian.12",
    requestParameters: fields.requestParameters ?? null,
    responseElements: null,
    ...(fields.errorCode
      ? { errorCode: fields.errorCode, errorMessage: `User is not authorized to perform ${fields.eventName}` }
      : {}),
    requestID: id,
    eventID: id,
    readOnly: fields.readOnly ?? false,
    eventType: "AwsApiCall",
    managementEvent: true,
    recipientAccountId: ACCOUNT,
    eventCategory: "Management",
  };
}

export type PatchOp = { op: string; path: string; value?: string };

export function restUpdateStage(
  restApiId: string,
  stageName: string,
  patchOperations: PatchOp[],
  extra: Partial<Parameters<typeof trailRecord>[0]> = {},
) {
  return trailRecord({
    eventName: "UpdateStage",
    requestParameters: { restApiId, stageName, patchOperations },
    ...extra,
  });
}

export function updateAccount(patchOperations: PatchOp[], extra: Partial<Parameters<typeof trailRecord>[0]> = {}) {
  return trailRecord({ eventName: "UpdateAccount", requestParameters: { patchOperations }, ...extra });
}

export function iamRoleEvent(
  eventName: string,
  roleName: string,
  request: Record<string, unknown> = {},
  extra: Partial<Parameters<typeof trailRecord>[0]> = {},
) {
  return trailRecord({
    eventName,
    eventSource: "iam.amazonaws.com",
    requestParameters: { roleName, ...request },
    ...extra,
  });
}

/** A LookupEvents page as the SDK returns it: summary fields plus the record as a JSON string. */
export function lookupEventsCall(
  region: string,
  attributeKey: "EventSource" | "ResourceName",
  attributeValue: string,
  records: Record<string, unknown>[],
): CaptureCall {
  return {
    service: "cloudtrail",
    region,
    operation: "LookupEvents",
    input: { LookupAttributes: [{ AttributeKey: attributeKey, AttributeValue: attributeValue }] },
    output: {
      Events: records.map((record) => ({
        EventId: record.eventID,
        EventName: record.eventName,
        ReadOnly: String(record.readOnly),
        EventTime: record.eventTime,
        EventSource: record.eventSource,
        Username: "gha-4411",
        Resources: [],
        CloudTrailEvent: JSON.stringify(record),
      })),
    },
  };
}

export function lookupEventsError(
  region: string,
  attributeKey: "EventSource" | "ResourceName",
  attributeValue: string,
  error = { name: "AccessDeniedException", message: "not authorized to perform cloudtrail:LookupEvents" },
): CaptureCall {
  return {
    service: "cloudtrail",
    region,
    operation: "LookupEvents",
    input: { LookupAttributes: [{ AttributeKey: attributeKey, AttributeValue: attributeValue }] },
    error,
  };
}
