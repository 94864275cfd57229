import { parseRunbookTarget, type RunbookTarget } from "./target";

/** Next hands route segments over still percent-encoded (`%24default`); a segment that does not decode is invalid. */
function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** `/runbook/<region>/<apiId>[/<stage>]` → its target, or null for anything malformed (the page then 404s). */
export function runbookTargetOf(params: { region: string; apiId: string; stage?: string[] }): RunbookTarget | null {
  const region = decode(params.region);
  const apiId = decode(params.apiId);
  const segments = params.stage ?? [];
  if (region === null || apiId === null || segments.length > 1) return null;
  if (segments.length === 0) return parseRunbookTarget(region, apiId);
  const stage = decode(segments[0]);
  return stage === null ? null : parseRunbookTarget(region, apiId, stage);
}
