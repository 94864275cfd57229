import type { StageTimeline, TimelineEntry } from "../../cloudtrail/types";
import type { Region } from "../../model/types";
import httpAccessLogPolicyMissing from "../http-access-log-policy-missing";
import type { CheckContext } from "../../engine/define-check";

/**
 * A PutResourcePolicy is a warn when a scanned HTTP destination is now not granted (checks.md): the grant rule is
 * http.access-log-policy-missing's, so its `fail` findings say which stages are not granted now.
 */
export function weighPolicyPut(
  entry: TimelineEntry,
  stage: StageTimeline,
  ungranted: () => Set<string>,
): TimelineEntry {
  if (entry.eventName !== "PutResourcePolicy" || entry.level === "warn" || stage.api.type !== "HTTP") return entry;
  if (!ungranted().has(`${stage.api.id}\u0000${stage.stage}`)) return entry;
  const note = `the access-log destination of stage ${stage.stage} is now not granted to delivery.logs.amazonaws.com`;
  return {
    ...entry,
    level: "warn",
    changes: entry.changes.map((change) =>
      change.setting === "resource-policy"
        ? { ...change, level: "warn", description: `${change.description}; ${note}` }
        : change,
    ),
    summary: `${entry.summary}; ${note}`,
  };
}

export function lazyUngrantedStages(region: Region, ctx: CheckContext): () => Set<string> {
  let found: Set<string> | null = null;
  return () => {
    found ??= new Set(
      httpAccessLogPolicyMissing
        .run(ctx)
        .filter(
          (finding) =>
            finding.region === region.name && finding.status === "fail" && finding.api && finding.stage !== null,
        )
        .map((finding) => `${finding.api!.id}\u0000${finding.stage}`),
    );
    return found;
  };
}
