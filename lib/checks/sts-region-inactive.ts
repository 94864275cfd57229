import type { Region } from "../model/types";
import { defineCheck, type CheckContext, type Outcome } from "../engine/define-check";
import { regions } from "../engine/scopes";
import { recentExecutionLogEvent } from "./facts/evidence";

const docs = "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_enable-regions.html";

export default defineCheck({
  id: "sts.region-inactive",
  title: "AWS STS is active in the region",
  severity: "critical",
  reads: ["sts:GetSessionToken", "sts:AssumeRole", "account:ListRegions", "cloudwatch-logs:DescribeLogStreams"],
  docs,
  section: "sts",
  label: "STS is deactivated in the region",
  verdict: { log: "region", effect: "missing" },
  scope: regions,
  evaluate: (region, ctx) => evaluateSts(region, ctx),
});

function evaluateSts(region: Region, { model }: CheckContext): Outcome {
  const probe = region.stsProbe;
  if (probe.state === "collected" && !probe.value.active) {
    return {
      status: "fail",
      message: `STS is not activated in ${region.name}: ${probe.value.operation} at the regional endpoint returned RegionDisabledException, so API Gateway cannot assume the logging role there.`,
      evidence: [{ call: probe.call, field: "error.name", value: "RegionDisabledException" }],
      fix: {
        summary: `Activate AWS STS in ${region.name}.`,
        console: [
          "Open the IAM console and choose Account settings.",
          `Under Security Token Service (STS) → Endpoints, find ${region.name} and choose Activate.`,
        ],
      },
    };
  }
  if (probe.state === "collected") {
    return {
      status: "pass",
      message: `STS answered ${probe.value.operation} at the ${region.name} endpoint, so it is active there.`,
      evidence: [{ call: probe.call, field: "(call)", value: "succeeded" }],
    };
  }
  if (region.optIn.state === "collected" && region.optIn.value) {
    return {
      status: "pass",
      message: `${region.name} is an opt-in region, where STS is always active and cannot be deactivated.`,
      evidence: [{ call: region.optIn.call, field: "Regions[].RegionOptStatus", value: "ENABLED" }],
    };
  }
  const recent = recentExecutionLogEvent(region, model.capturedAtMs);
  if (recent) {
    return {
      status: "pass",
      message: `An execution log group in ${region.name} received an event within 24 hours of the capture (${recent.group}), so API Gateway could assume its role through STS there.`,
      evidence: [
        {
          call: "cloudwatch-logs:DescribeLogStreams",
          field: `${recent.group}.lastEventTimestamp`,
          value: new Date(recent.time).toISOString(),
        },
      ],
    };
  }
  const why =
    probe.state === "error"
      ? `${probe.call} failed with ${probe.error.name}: ${probe.error.message}`
      : "no STS probe was collected for this region";
  return {
    status: "unknown",
    message: `Could not tell whether STS is active in ${region.name} (${why}); no public API reports it and GetCallerIdentity is not a reliable probe. Check IAM console → Account settings → Security Token Service (STS) → Endpoints.`,
    evidence: [
      probe.state === "error"
        ? { call: probe.call, field: "error", value: `${probe.error.name}: ${probe.error.message}` }
        : { call: probe.call, field: "(call)", value: "not collected" },
    ],
  };
}
