import { defineCheck } from "../engine/define-check";
import { destinationGroups } from "./facts/destination-groups";
import { awsCli } from "./fixes/shell";

const call = "kms:DescribeKey";

export default defineCheck({
  id: "log-group.kms-key-unusable",
  title: "The log group's KMS key is usable",
  severity: "medium",
  reads: ["cloudwatch-logs:DescribeLogGroups", call],
  // AWS: CloudWatch Logs needs the key to encrypt new events and to read old ones; a disabled or deleted key breaks both.
  docs: "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html",
  section: "access",
  label: "The log group's KMS key is unusable",
  scope: destinationGroups,
  evaluate: ({ region, name, lookup }) => {
    // Groups that are not listed, or have no key, are not this check's (the listing's own unknowns are reported elsewhere).
    if (lookup.state !== "exists" || !lookup.group.kmsKeyId) return null;
    const keyId = lookup.group.kmsKeyId;
    const key = region.kmsKeys.get(keyId);
    const keyEvidence = { call: lookup.call, field: `logGroups[logGroupName=${name}].kmsKeyId`, value: keyId };
    if (!key || key.state === "not-collected") {
      return {
        status: "unknown",
        message: `Could not check the KMS key ${keyId} of ${name}: ${call} was not collected.`,
        evidence: [{ call, field: "(call)", value: "not collected" }, keyEvidence],
      };
    }
    if (key.state === "error") {
      return {
        status: "unknown",
        message: `Could not check the KMS key ${keyId} of ${name}: ${call} failed with ${key.error.name}: ${key.error.message}.`,
        evidence: [{ call, field: "error", value: `${key.error.name}: ${key.error.message}` }, keyEvidence],
      };
    }
    const state = key.value?.keyState ?? null;
    if (state === "Enabled")
      return {
        status: "pass",
        message: `The KMS key of ${name} is enabled.`,
        evidence: [keyEvidence, { call, field: "KeyMetadata.KeyState", value: state }],
      };
    const what = key.value === null ? "does not exist (NotFoundException)" : `is ${state ?? "in an unknown state"}`;
    return {
      status: "warn",
      message: `The log group ${name} is encrypted with the KMS key ${keyId}, which ${what}: CloudWatch Logs cannot use the key, so new events are not stored and events encrypted with it cannot be read back.`,
      evidence: [
        keyEvidence,
        key.value === null
          ? { call, field: "error", value: "NotFoundException" }
          : { call, field: "KeyMetadata.KeyState", value: state },
      ],
      fix: {
        summary:
          key.value?.keyState === "Disabled"
            ? "Enable the key again."
            : key.value?.keyState === "PendingDeletion"
              ? "Cancel the key's deletion and enable it."
              : "Associate a usable key with the group, or disassociate the key (new events are then encrypted by CloudWatch Logs itself).",
        cli:
          key.value?.keyState === "Disabled"
            ? awsCli("kms", "enable-key", { region: region.name, "key-id": keyId })
            : key.value?.keyState === "PendingDeletion"
              ? [
                  awsCli("kms", "cancel-key-deletion", { region: region.name, "key-id": keyId }),
                  awsCli("kms", "enable-key", { region: region.name, "key-id": keyId }),
                ].join("\n")
              : awsCli("logs", "disassociate-kms-key", { region: region.name, "log-group-name": name }),
      },
    };
  },
});
