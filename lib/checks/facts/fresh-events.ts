import type { Model, Region, Stage } from "../../model/types";
import { isRecent, newestEvent } from "./evidence";
import { accessLogGroup, executionLogGroups } from "./stage-destinations";

/** A destination group that received an event in the 24 hours before the capture, and when (epoch ms). */
export interface FreshEvent {
  group: string;
  time: number;
}

/** The newest of these groups' events, when it is fresh (checks.md **Fresh events**). */
export function freshEventOf(model: Model, region: Region, groups: readonly string[]): FreshEvent | null {
  let best: FreshEvent | null = null;
  for (const group of groups) {
    const event = newestEvent(region, group);
    if (event && isRecent(event.time, model.capturedAtMs) && (best === null || event.time > best.time))
      best = { group, time: event.time };
  }
  return best;
}

/** Fresh execution events of the stage's own destination: its delivery's group when it has one, else the managed group. */
export function freshExecutionEvent(model: Model, region: Region, stage: Stage): FreshEvent | null {
  return freshEventOf(model, region, executionLogGroups(region, stage));
}

/** Fresh access-log events of the stage's CloudWatch Logs destination group. */
export function freshAccessEvent(model: Model, region: Region, stage: Stage): FreshEvent | null {
  const group = accessLogGroup(stage);
  return group === null ? null : freshEventOf(model, region, [group]);
}
