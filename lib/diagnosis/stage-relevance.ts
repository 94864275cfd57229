import type { Finding, StageVerdicts } from "./types";

/**
 * How a finding bears on one stage's logs. Only a `cause` (a fail or warn behind one of the stage's verdicts) may
 * colour the stage as broken; a fail or warn elsewhere in the region is `context`, and one about the stage that no
 * verdict rests on (data tracing, short retention) is `hygiene`. Everything else (pass, info, unknown) is `neutral`.
 */
export type StageRelevance = "cause" | "context" | "hygiene" | "neutral";

export function stageCauseIds(stage: StageVerdicts): ReadonlySet<string> {
  return new Set([...stage.execution.causes, ...stage.access.causes]);
}

export function relevanceToStage(finding: Finding, causeIds: ReadonlySet<string>): StageRelevance {
  if (finding.status !== "fail" && finding.status !== "warn") return "neutral";
  if (causeIds.has(finding.check)) return "cause";
  return finding.api === null ? "context" : "hygiene";
}

export const relevanceLabels: Record<Exclude<StageRelevance, "cause" | "neutral">, { title: string; note: string }> = {
  context: {
    title: "Region-wide context",
    note: "Found elsewhere in the region: not a cause of this stage's missing logs.",
  },
  hygiene: { title: "Hygiene", note: "Worth fixing, but not why this stage's logs are missing." },
};
