import type { RegionTimeline, SettingChange, StageTimeline, TimelineEntry } from "../cloudtrail";
import type { Finding } from "../diagnosis/types";

/** The CloudTrail change that most likely made a cause true: who made it, when, with which call. */
export interface CauseChange {
  time: string | null;
  actor: string;
  actorArn: string | null;
  eventName: string;
  /** What the change did, as the timeline words it. */
  description: string;
}

type Setting = SettingChange["setting"];

// Which recorded settings can make each cause true. A recreated stage starts without its method settings, so it is
// behind execution logging (and access logging) being off as much as an UpdateStage is.
const settingsBehind: Record<string, readonly Setting[]> = {
  "stage.execution-logging-off": ["execution-logging", "stage-created"],
  "stage.execution-logging-errors-only": ["execution-logging"],
  "method.logging-off": ["execution-logging", "stage-created"],
  "method.logging-lower": ["execution-logging"],
  "method.logging-unset": ["execution-logging", "stage-created"],
  "method.logging-on-stage-off": ["execution-logging", "stage-created"],
  "stage.access-logging-off": ["access-logging", "stage-created"],
  "stage.access-log-format-invalid": ["access-log-format"],
  "stage.access-log-destination-missing": ["access-logging", "log-group"],
  "stage.access-log-destination-invalid": ["access-logging"],
  "stage.execution-log-group-missing": ["log-group"],
  "stage.execution-delivery-destination-missing": ["delivery", "log-group"],
  "log-group.kms-key-unusable": ["log-group-kms"],
  "http.access-log-policy-missing": ["resource-policy"],
  "account.role-unset": ["account-role"],
  "account.role-arn-invalid": ["account-role"],
  "role.not-found": ["role", "account-role"],
  "role.permissions-missing": ["role-policy"],
  "role.trust-denies-apigateway": ["role-trust"],
  "role.boundary-blocks": ["role-boundary"],
};

/**
 * The newest change in the stage's history (its own entries, the region's account setting and the logging role) that
 * could have caused the finding, or null. Only changes the timeline marks as able to stop logs count: turning logging
 * on is never blamed for it being off.
 */
export function changeBehindCause(
  cause: Finding,
  history: { region: RegionTimeline; stage: StageTimeline | null } | null,
): CauseChange | null {
  const settings = settingsBehind[cause.check];
  if (!settings || !history || history.region.history.state !== "collected") return null;
  const entries: TimelineEntry[] = [
    ...(history.stage?.entries ?? []),
    ...history.region.account,
    ...(history.region.role?.entries ?? []),
  ];
  let best: { entry: TimelineEntry; change: SettingChange } | null = null;
  for (const entry of entries) {
    const change = entry.changes.find((c) => c.level === "warn" && settings.includes(c.setting));
    if (change && (best === null || (entry.timeMs ?? -Infinity) >= (best.entry.timeMs ?? -Infinity)))
      best = { entry, change };
  }
  if (!best) return null;
  const { entry, change } = best;
  return {
    time: entry.time,
    actor: entry.actor.label,
    actorArn: entry.actor.arn,
    eventName: entry.eventName,
    description: change.description,
  };
}
