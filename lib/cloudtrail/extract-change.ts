import { apiGatewayChanges, type SubjectChanges } from "./apigateway-change";
import { iamRoleChanges } from "./iam-change";
import { logsChanges } from "./logs-change";
import { normalizeRecord } from "./record";
import type { RecordChange, TrailRecord } from "./types";

/** What a raw CloudTrail record changed about logging (API Gateway stages, the account's role, IAM roles); null if nothing. */
export function extractChange(raw: unknown): RecordChange | null {
  return changeOfRecord(normalizeRecord(raw));
}

export function changeOfRecord(record: TrailRecord): RecordChange | null {
  const source = record.eventSource?.toLowerCase();
  const found =
    source === "apigateway.amazonaws.com"
      ? apiGatewayChanges(record)
      : source === "iam.amazonaws.com"
        ? iamRoleChanges(record)
        : source === "logs.amazonaws.com"
          ? logsChanges(record)
          : null;
  if (!found || !record.eventName) return null;
  return {
    subject: found.subject,
    eventName: record.eventName,
    changes: found.changes,
    level: found.changes.some((change) => change.level === "warn") ? "warn" : "info",
    summary: summarize(found),
    failed: record.errorCode ? { code: record.errorCode, message: record.errorMessage } : null,
  };
}

function summarize({ subject, changes }: SubjectChanges): string {
  const what = changes.map((change) => change.description).join("; ");
  if (subject.kind === "stage") return `stage ${subject.stage} of API ${subject.apiId}: ${what}`;
  if (subject.kind === "account") return `account setting: ${what}`;
  if (subject.kind === "role") return `role ${subject.roleName}: ${what}`;
  // CloudWatch Logs-side descriptions name their log group, policy or delivery already.
  return `CloudWatch Logs: ${what}`;
}
