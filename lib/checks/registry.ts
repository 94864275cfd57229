import type { Check } from "../engine/define-check";
import accountRoleArnInvalid from "./account-role-arn-invalid";
import accountRoleUnset from "./account-role-unset";
import cloudtrailLoggingChanged from "./cloudtrail-logging-changed";
import cloudtrailNoTrail from "./cloudtrail-no-trail";
import cloudtrailRoleChanged from "./cloudtrail-role-changed";
import domainNoApiMapping from "./domain-no-api-mapping";
import httpAccessLogPolicyMissing from "./http-access-log-policy-missing";
import httpExecutionLoggingUnsupported from "./http-execution-logging-unsupported";
import logGroupKmsKeyUnusable from "./log-group-kms-key-unusable";
import logGroupRetentionShort from "./log-group-retention-short";
import methodLoggingLower from "./method-logging-lower";
import methodLoggingOff from "./method-logging-off";
import methodLoggingOnStageOff from "./method-logging-on-stage-off";
import methodLoggingUnset from "./method-logging-unset";
import roleBoundaryBlocks from "./role-boundary-blocks";
import roleNotFound from "./role-not-found";
import rolePermissionsMissing from "./role-permissions-missing";
import roleScpDenies from "./role-scp-denies";
import roleTrustDeniesApigateway from "./role-trust-denies-apigateway";
import stageAccessLogDestinationInvalid from "./stage-access-log-destination-invalid";
import stageAccessLogDestinationMissing from "./stage-access-log-destination-missing";
import stageAccessLogFormatInvalid from "./stage-access-log-format-invalid";
import stageAccessLoggingOff from "./stage-access-logging-off";
import stageCanaryLogsElsewhere from "./stage-canary-logs-elsewhere";
import stageDataTraceOn from "./stage-data-trace-on";
import stageExecutionDeliveryDestinationMissing from "./stage-execution-delivery-destination-missing";
import stageExecutionLogGroupMissing from "./stage-execution-log-group-missing";
import stageExecutionLoggingErrorsOnly from "./stage-execution-logging-errors-only";
import stageExecutionLoggingOff from "./stage-execution-logging-off";
import stageExecutionLogsRedirected from "./stage-execution-logs-redirected";
import stsRegionInactive from "./sts-region-inactive";
import symptom413 from "./symptom-413";
import symptom429 from "./symptom-429";
import symptomInternal5xx from "./symptom-internal-5xx";
import symptomMissingAuthToken403 from "./symptom-missing-auth-token-403";
import symptomTestInvoke from "./symptom-test-invoke";
import symptomAuthorizer401 from "./symptom-authorizer-401";
import symptomWaf403 from "./symptom-waf-403";
import symptomUnmappedDomain4xx from "./symptom-unmapped-domain-4xx";

/** Every check, in checklist order: STS → role → account setting → stage → overrides → access → unlogged → history. */
export const checks = [
  stsRegionInactive,
  accountRoleUnset,
  accountRoleArnInvalid,
  roleNotFound,
  roleTrustDeniesApigateway,
  rolePermissionsMissing,
  roleBoundaryBlocks,
  roleScpDenies,
  stageExecutionLoggingOff,
  stageExecutionLoggingErrorsOnly,
  stageDataTraceOn,
  methodLoggingOff,
  methodLoggingLower,
  methodLoggingUnset,
  methodLoggingOnStageOff,
  stageExecutionLogGroupMissing,
  stageExecutionLogsRedirected,
  stageExecutionDeliveryDestinationMissing,
  stageCanaryLogsElsewhere,
  stageAccessLoggingOff,
  stageAccessLogDestinationInvalid,
  stageAccessLogDestinationMissing,
  stageAccessLogFormatInvalid,
  httpAccessLogPolicyMissing,
  logGroupKmsKeyUnusable,
  logGroupRetentionShort,
  httpExecutionLoggingUnsupported,
  domainNoApiMapping,
  symptom413,
  symptom429,
  symptomUnmappedDomain4xx,
  symptomInternal5xx,
  symptomMissingAuthToken403,
  symptomTestInvoke,
  symptomAuthorizer401,
  symptomWaf403,
  cloudtrailNoTrail,
  cloudtrailLoggingChanged,
  cloudtrailRoleChanged,
] as const satisfies readonly Check[];

const byId: ReadonlyMap<string, Check> = new Map(checks.map((check) => [check.id, check]));

/** The registered check with this id; undefined for an id this version does not have (a saved report may name one). */
export function checkById(id: string): Check | undefined {
  return byId.get(id);
}

/** What a failing or warning check means, in a few words for a table cell ("first cause"). */
export function causeLabel(check: string): string {
  return byId.get(check)?.label ?? check;
}

/** The check's title: what should be true (e.g. "The logging role exists"). */
export function checkTitle(check: string): string {
  return byId.get(check)?.title ?? check;
}

/** What a finding is about, in words: the cause for a fail or warn, the check's title for the rest. */
export function findingTitle(finding: { check: string; status: string }): string {
  return finding.status === "fail" || finding.status === "warn" ? causeLabel(finding.check) : checkTitle(finding.check);
}

export function checkDocs(check: string): string | null {
  return byId.get(check)?.docs ?? null;
}

/** The names `--symptom` accepts: the suffixes of the symptom.* check ids. */
export const symptomNames: readonly string[] = checks
  .filter((c) => c.id.startsWith("symptom."))
  .map((c) => c.id.slice("symptom.".length));
