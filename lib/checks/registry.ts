import type { Check } from "./support/define-check";
import accountRoleArnInvalid from "./account-role-arn-invalid";
import accountRoleUnset from "./account-role-unset";
import cloudtrailLoggingChanged from "./cloudtrail-logging-changed";
import cloudtrailNoTrail from "./cloudtrail-no-trail";
import cloudtrailRoleChanged from "./cloudtrail-role-changed";
import domainNoApiMapping from "./domain-no-api-mapping";
import httpAccessLogPolicyMissing from "./http-access-log-policy-missing";
import httpExecutionLoggingUnsupported from "./http-execution-logging-unsupported";
import methodLoggingLower from "./method-logging-lower";
import methodLoggingOff from "./method-logging-off";
import methodLoggingOnStageOff from "./method-logging-on-stage-off";
import methodLoggingUnset from "./method-logging-unset";
import roleBoundaryBlocks from "./role-boundary-blocks";
import roleNotFound from "./role-not-found";
import rolePermissionsMissing from "./role-permissions-missing";
import roleTrustDeniesApigateway from "./role-trust-denies-apigateway";
import stageAccessLogDestinationInvalid from "./stage-access-log-destination-invalid";
import stageAccessLogDestinationMissing from "./stage-access-log-destination-missing";
import stageAccessLogFormatInvalid from "./stage-access-log-format-invalid";
import stageAccessLoggingOff from "./stage-access-logging-off";
import stageDataTraceOn from "./stage-data-trace-on";
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
  stageExecutionLoggingOff,
  stageExecutionLoggingErrorsOnly,
  stageDataTraceOn,
  methodLoggingOff,
  methodLoggingLower,
  methodLoggingUnset,
  methodLoggingOnStageOff,
  stageExecutionLogGroupMissing,
  stageExecutionLogsRedirected,
  stageAccessLoggingOff,
  stageAccessLogDestinationInvalid,
  stageAccessLogDestinationMissing,
  stageAccessLogFormatInvalid,
  httpAccessLogPolicyMissing,
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

export const checkOrder: ReadonlyMap<string, number> = new Map(checks.map((check, index) => [check.id, index]));

/** The names `--symptom` accepts: the suffixes of the symptom.* check ids. */
export const symptomNames: readonly string[] = checks.filter((c) => c.id.startsWith("symptom.")).map((c) => c.id.slice("symptom.".length));
