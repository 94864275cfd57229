import { REGION_PATTERN } from "../aws-names/regions";

/** Region names of every partition, one rule shared with captures and scans. */
export { REGION_PATTERN };
/** REST, HTTP and WebSocket API ids are ten lower-case letters and digits. */
export const API_ID_PATTERN = /^[a-z0-9]{10}$/;
/** API Gateway: "Stage names can only contain alphanumeric characters, hyphens, and underscores", at most 128; HTTP APIs add `$default`. */
export const STAGE_PATTERN = /^(?:\$default|[A-Za-z0-9_-]{1,128})$/;

/** One API (and optionally one stage) a runbook link diagnoses. */
export interface RunbookTarget {
  region: string;
  apiId: string;
  stage?: string;
}

/**
 * The target of `/runbook/<region>/<apiId>[/<stage>]`, or null when any part is malformed — checked before any AWS
 * call, so a crafted link cannot make the server scan something else or send odd input to AWS.
 */
export function parseRunbookTarget(region: string, apiId: string, stage?: string): RunbookTarget | null {
  if (!REGION_PATTERN.test(region) || !API_ID_PATTERN.test(apiId)) return null;
  if (stage === undefined) return { region, apiId };
  return STAGE_PATTERN.test(stage) ? { region, apiId, stage } : null;
}

/** The path of a runbook link; the stage is URL-encoded (`$default` → `%24default`). */
export function runbookPath(target: RunbookTarget): string {
  return `/runbook/${target.region}/${target.apiId}${target.stage === undefined ? "" : `/${encodeURIComponent(target.stage)}`}`;
}
