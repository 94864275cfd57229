import { logGroupNameOf } from "../aws-names/log-group-arn";
import { member, objectMember, text } from "./fields";
import type { SubjectChanges } from "./apigateway-change";
import type { SettingChange, TrailRecord } from "./types";

/** The account-scoped policies CloudWatch Logs creates for vended-log deliveries are named `AWSLogDeliveryWrite…`. */
export const deliveryPolicyPrefix = "AWSLogDeliveryWrite";

/**
 * What a CloudWatch Logs management event did to where API Gateway's logs land (CloudWatch Logs user guide, "Logging
 * Amazon CloudWatch Logs API and console operations in AWS CloudTrail"). Which log groups and deliveries a scanned
 * stage uses is known only beside the model, so here every deletion is a `warn` and a policy put is `info`; the
 * timeline keeps the ones that touch a scanned stage.
 */
export function logsChanges(record: TrailRecord): SubjectChanges | null {
  const request = record.requestParameters ?? {};
  switch (record.eventName) {
    case "DeleteLogGroup": {
      const group = text(request, "logGroupName") ?? groupOfArn(text(request, "logGroupIdentifier"));
      if (!group) return null;
      return one(
        { kind: "log-group", logGroupName: group },
        change(
          "log-group",
          "DeleteLogGroup",
          "logGroupName",
          group,
          `log group ${group} deleted, with every event it held`,
          "warn",
        ),
      );
    }
    case "DisassociateKmsKey": {
      const group = text(request, "logGroupName") ?? groupOfArn(text(request, "resourceIdentifier"));
      if (!group) return null;
      return one(
        { kind: "log-group", logGroupName: group },
        change(
          "log-group-kms",
          "DisassociateKmsKey",
          "logGroupName",
          null,
          `KMS key disassociated from log group ${group}: events encrypted with it stay unreadable if the key goes`,
          "warn",
        ),
      );
    }
    case "DeleteResourcePolicy":
    case "PutResourcePolicy": {
      const policyName = text(request, "policyName");
      const resourceArn = text(request, "resourceArn");
      if (!policyName && !resourceArn) return null;
      const what = resourceArn
        ? `the resource policy of ${groupOfArn(resourceArn) ?? resourceArn}`
        : `resource policy ${policyName}`;
      const deleted = record.eventName === "DeleteResourcePolicy";
      const document = member(request, "policyDocument");
      return one(
        { kind: "resource-policy", policyName, resourceArn },
        change(
          "resource-policy",
          record.eventName,
          resourceArn ? "resourceArn" : "policyName",
          deleted ? null : typeof document === "string" ? document : (policyName ?? resourceArn),
          deleted
            ? `${what} deleted (it may have let delivery.logs.amazonaws.com write HTTP API access logs)`
            : `${what} replaced`,
          deleted ? "warn" : "info",
        ),
      );
    }
    case "DeleteDelivery": {
      const id = text(request, "id");
      if (!id) return null;
      return one(
        { kind: "delivery", deliveryId: id },
        change(
          "delivery",
          "DeleteDelivery",
          "id",
          null,
          `log delivery ${id} deleted: API Gateway writes the managed execution log group again, if it can`,
          "warn",
        ),
      );
    }
    default:
      return null;
  }
}

/** The delivery a CreateDelivery record made, and the source it reads: how a later DeleteDelivery id finds its stage. */
export function createdDelivery(record: TrailRecord): { id: string; sourceName: string } | null {
  if (record.eventName !== "CreateDelivery" || record.errorCode) return null;
  const delivery = objectMember(record.responseElements, "delivery") ?? record.responseElements;
  const id = text(delivery, "id");
  const sourceName = text(record.requestParameters, "deliverySourceName") ?? text(delivery, "deliverySourceName");
  return id && sourceName ? { id, sourceName } : null;
}

/** `arn:…:log-group:NAME[:*]` → NAME; a bare name stays as it is. */
export function groupOfArn(value: string | null): string | null {
  return value ? logGroupNameOf(value) : null;
}

function one(subject: SubjectChanges["subject"], single: SettingChange): SubjectChanges {
  return { subject, changes: [single] };
}

function change(
  setting: SettingChange["setting"],
  operation: string,
  path: string | null,
  to: unknown,
  description: string,
  level: SettingChange["level"],
): SettingChange {
  return { setting, scope: null, operation, path, from: null, to, description, level };
}
