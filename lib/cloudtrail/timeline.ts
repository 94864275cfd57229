import { describeMissing, type Source } from "../model/source";
import type { LoggingRole, Model, Region } from "../model/types";
import type { RegionTimeline, TimelineEntry } from "./types";

/** Every region's history of logging changes, oldest first: the account setting, each scanned stage, and the role. */
export function changeTimeline(model: Model): RegionTimeline[] {
  return model.regions.map((region) => regionTimeline(region, model));
}

/** Lays out the changes the model read (lib/model/read-trails.ts); nothing is parsed again here. */
export function regionTimeline(region: Region, model: Model): RegionTimeline {
  const changes = region.apiGatewayChanges;
  const read = changes.state === "collected" ? changes.value : null;
  return {
    region: region.name,
    history: historyOf(changes),
    ...(read ? { logsHistory: historyOf(read.logs) } : {}),
    account: read?.account ?? [],
    stages: read?.stages ?? [],
    role: roleTimeline(region, model),
  };
}

function roleTimeline(region: Region, model: Model): RegionTimeline["role"] {
  const arn = region.accountSettings.state === "collected" ? region.accountSettings.value.cloudwatchRoleArn : null;
  const role = arn ? model.roles.get(arn) : undefined;
  if (!arn || !role) return null;
  return { arn, history: historyOf(role.changes), entries: roleChangeEntries(role) };
}

/** IAM changes to the role itself, oldest first. */
export function roleChangeEntries(role: LoggingRole): TimelineEntry[] {
  return role.changes.state === "collected" ? role.changes.value : [];
}

function historyOf(source: Source<unknown>): RegionTimeline["history"] {
  return {
    state: source.state,
    call: source.call,
    reason: source.state === "collected" ? null : describeMissing(source),
  };
}
