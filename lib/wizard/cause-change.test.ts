import { describe, expect, it } from "vitest";
import type { RegionTimeline, TimelineEntry } from "../cloudtrail";
import type { Finding } from "../diagnosis/types";
import { analyze } from "../engine/analyze";
import { demoCapture } from "../sources/demo-source";
import { changeBehindCause } from "./cause-change";
import { findStage } from "./stage-wizard";

const { diagnosis, timelines } = analyze(demoCapture());

function demoStage(region: string, apiId: string, stage: string) {
  const context = findStage("demo", diagnosis, region, apiId, stage)!;
  const timeline = timelines.find((t) => t.region === region)!;
  const history = {
    region: timeline,
    stage: timeline.stages.find((s) => s.api.id === apiId && s.stage === stage) ?? null,
  };
  return { causes: context.stage.causes, history };
}

describe("changeBehindCause on the demo account", () => {
  it("names who turned a stage's execution logging off, and when", () => {
    const { causes, history } = demoStage("us-east-1", "p3n8v1w6yd", "prod");
    expect(causes[0].check).toBe("stage.execution-logging-off");
    expect(changeBehindCause(causes[0], history)).toMatchObject({
      actor: "role PlatformOperators (session jane.doe)",
      time: "2026-11-18T05:24:00Z",
      eventName: "UpdateStage",
    });
  });

  it("blames the role's deletion, not the earlier policy detach, for a role that no longer exists", () => {
    const { causes, history } = demoStage("ap-southeast-2", "a8s2h4i6pq", "prod");
    expect(causes[0].check).toBe("role.not-found");
    expect(changeBehindCause(causes[0], history)).toMatchObject({
      actor: "role InfraAdmin (session sam.lee)",
      eventName: "DeleteRole",
      time: "2026-11-03T05:00:00Z",
    });
  });

  it("names nothing when no recorded change can explain the cause", () => {
    const { causes, history } = demoStage("us-east-1", "h5c2r8z1jq", "$default");
    expect(causes.map((c) => changeBehindCause(c, history))).toEqual(causes.map(() => null));
  });
});

describe("changeBehindCause on made-up history", () => {
  const cause = { check: "stage.execution-logging-off", status: "fail" } as Finding;
  const entry = (time: string, level: "warn" | "info", description: string): TimelineEntry => ({
    time,
    timeMs: Date.parse(time),
    eventId: time,
    eventName: "UpdateStage",
    eventSource: "apigateway.amazonaws.com",
    actor: { label: `user at ${time}`, arn: null } as TimelineEntry["actor"],
    sourceIp: null,
    userAgent: null,
    changes: [
      {
        setting: "execution-logging",
        scope: "*/*",
        operation: "replace",
        path: "/*/*/logging/loglevel",
        from: null,
        to: null,
        description,
        level,
      },
    ],
    level,
    summary: description,
  });
  const region = (entries: TimelineEntry[], state: "collected" | "error" = "collected"): RegionTimeline => ({
    region: "us-east-1",
    history: { state, call: "cloudtrail:LookupEvents", reason: null },
    account: [],
    role: null,
    stages: [{ api: { id: "a1", name: "pets", type: "REST" }, stage: "prod", entries }],
  });
  const history = (r: RegionTimeline) => ({ region: r, stage: r.stages[0] });

  it("takes the newest change that can stop logs, never one that turned logging on", () => {
    const r = region([
      entry("2026-11-01T00:00:00Z", "warn", "turned OFF"),
      entry("2026-11-02T00:00:00Z", "warn", "turned OFF again"),
      entry("2026-11-03T00:00:00Z", "info", "turned ON"),
    ]);
    expect(changeBehindCause(cause, history(r))).toMatchObject({
      actor: "user at 2026-11-02T00:00:00Z",
      description: "turned OFF again",
    });
  });

  it("says nothing when the history could not be read, rather than guessing", () => {
    expect(
      changeBehindCause(cause, history(region([entry("2026-11-01T00:00:00Z", "warn", "off")], "error"))),
    ).toBeNull();
    expect(changeBehindCause(cause, null)).toBeNull();
  });
});
