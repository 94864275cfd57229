import type { Trail } from "../model/types";
import { defineCheck } from "../engine/define-check";
import { createTrail } from "./fixes/trail";
import { regions } from "../engine/scopes";

export default defineCheck({
  id: "cloudtrail.no-trail",
  title: "A trail keeps the history of logging changes beyond 90 days",
  severity: "low",
  reads: ["cloudtrail:DescribeTrails", "cloudtrail:GetTrailStatus", "cloudtrail:GetEventSelectors"],
  docs: "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/view-cloudtrail-events.html",
  section: "history",
  label: "No trail keeps the change history",
  scope: regions,
  inputs: (region) => [region.trails],
  evaluate: (region, { model }) => {
    if (region.trails.state !== "collected") return null;
    const covering = region.trails.value.filter((t) => t.multiRegion || t.homeRegion === region.name);
    const good = covering.find((t) => isLogging(t) === true && writesManagement(t) === true);
    if (good) {
      return {
        status: "pass",
        message: `The trail ${good.name} logs management events in ${region.name}, so changes to logging settings are kept beyond event history's 90 days.`,
        evidence: [{ call: "cloudtrail:DescribeTrails", field: "trailList[].TrailARN", value: good.arn }],
      };
    }
    const undecided = covering.find((t) => isLogging(t) === null || writesManagement(t) === null);
    if (undecided) {
      const missing = [undecided.status, undecided.selectors].find((s) => s.state !== "collected");
      const why =
        missing?.state === "error"
          ? `${missing.call} failed with ${missing.error.name}`
          : `${missing?.call ?? "its status"} was not collected`;
      return {
        status: "unknown",
        message: `Could not tell whether the trail ${undecided.name} keeps management events for ${region.name}: ${why}.`,
        evidence: [
          missing?.state === "error"
            ? { call: missing.call, field: "error", value: `${missing.error.name}: ${missing.error.message}` }
            : { call: missing?.call ?? "cloudtrail:GetTrailStatus", field: "(call)", value: "not collected" },
        ],
      };
    }
    const why =
      covering.length === 0
        ? `no trail covers ${region.name}`
        : `no trail covering ${region.name} is both logging and recording write management events (${covering.map((t) => t.name).join(", ")})`;
    return {
      status: "warn",
      message: `${why[0].toUpperCase()}${why.slice(1)}: CloudTrail event history keeps only 90 days, so older changes to logging settings cannot be traced.`,
      evidence: [
        { call: "cloudtrail:DescribeTrails", field: "trailList", value: region.trails.value.map((t) => t.arn) },
      ],
      fix: createTrail(region.name, model.account, "Create a multi-region trail that records management events."),
    };
  },
});

function isLogging(trail: Trail): boolean | null {
  return trail.status.state === "collected" ? trail.status.value.isLogging : null;
}

function writesManagement(trail: Trail): boolean | null {
  return trail.selectors.state === "collected" ? trail.selectors.value.managementWrites : null;
}
