import { describe, expect, it } from "vitest";
import type { Finding, StageVerdicts } from "./types";
import { relevanceToStage, stageCauseIds } from "./stage-relevance";

const api = { id: "a1", type: "REST" as const, name: "pets" };
const finding = (check: string, status: Finding["status"], onApi: boolean): Finding =>
  ({
    check,
    status,
    region: "us-east-1",
    api: onApi ? api : null,
    stage: onApi ? "prod" : null,
    target: null,
    message: "",
    evidence: [],
  }) as unknown as Finding;
const stage: StageVerdicts = {
  name: "prod",
  execution: { verdict: "missing", causes: ["role.not-found"] },
  access: { verdict: "delivered", causes: [] },
};

describe("a finding's relevance to one stage", () => {
  const causes = stageCauseIds(stage);
  it.each([
    ["a region-wide fail behind the verdict is a cause", finding("role.not-found", "fail", false), "cause"],
    [
      "a region-wide warn no verdict rests on is context (an unmapped domain)",
      finding("domain.no-api-mapping", "warn", false),
      "context",
    ],
    [
      "the stage's own warn no verdict rests on is hygiene (data tracing)",
      finding("stage.data-trace-on", "warn", true),
      "hygiene",
    ],
    ["could-not-check stays itself", finding("role.permissions-missing", "unknown", false), "neutral"],
    ["an explanation is neutral", finding("stage.canary-logs-elsewhere", "info", true), "neutral"],
    ["a pass is neutral", finding("stage.execution-logging-off", "pass", true), "neutral"],
  ] as const)("%s", (_name, f, expected) => {
    expect(relevanceToStage(f, causes)).toBe(expected);
  });
});
