import type { LogGroupLookup, Region } from "../../model/types";
import type { Scope } from "../../engine/define-check";
import { perModel } from "../../engine/per-model";
import { accessLogGroup, executionLogGroups } from "./stage-destinations";
import { executionLoggingOn, readableStages } from "./stage-facts";

/** A log group that some stage's logs go to, with what the region's listings say about it. */
export interface DestinationGroup {
  region: Region;
  name: string;
  lookup: LogGroupLookup;
}

const groupsOf = perModel<string, DestinationGroup[]>();

/**
 * The log groups stages write to, one subject per region and group: execution groups (the managed one, or a delivery's
 * destination) of stages with execution logging on, and CloudWatch Logs access-log destinations of the scanned account.
 */
export const destinationGroups: Scope<DestinationGroup> = {
  name: "log-group",
  subjects: ({ model }) =>
    groupsOf(model, "all", () =>
      model.regions.flatMap((region) => {
        const names = new Set<string>();
        for (const stage of readableStages(region)) {
          if (executionLoggingOn(stage)) for (const group of executionLogGroups(region, stage)) names.add(group);
          const access = accessLogGroup(stage);
          if (access !== null && (model.account === null || stage.accessLog.logGroup?.account === model.account))
            names.add(access);
        }
        return [...names].sort().map((name) => ({ region, name, lookup: region.logGroups.lookup(name) }));
      }),
    ),
  locate: (group) => ({ region: group.region.name, api: null, stage: null, target: group.name }),
};
