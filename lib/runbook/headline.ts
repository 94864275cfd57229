import { verdictExplanations, verdictLabels } from "../diagnosis/labels";
import type { ApiVerdicts, Diagnosis, Finding, LogKind, LogVerdict, StageVerdicts } from "../diagnosis/types";

export type Tone = "flowing" | "missing" | "partial" | "unknown" | "quiet";

export interface KindAnswer {
  kind: LogKind;
  verdict: LogVerdict["verdict"];
  label: string;
  /** The first cause's finding, in checklist order, when the verdict has one. */
  because: Finding | null;
  explanation: string;
}

/** The answer to "are this stage's logs flowing, and if not why?", in the words the runbook page leads with. */
export interface StageAnswer {
  api: ApiVerdicts;
  stage: StageVerdicts;
  tone: Tone;
  title: string;
  kinds: KindAnswer[];
}

const toneOrder: Tone[] = ["missing", "unknown", "partial", "quiet", "flowing"];

export function stageAnswers(diagnosis: Diagnosis): StageAnswer[] {
  return diagnosis.apis.flatMap((api) => (api.stages ?? []).map((stage) => stageAnswer(diagnosis, api, stage)));
}

/** The worst tone among the answers: what the page's first line says. */
export function overallTone(answers: StageAnswer[]): Tone {
  return toneOrder.find((tone) => answers.some((answer) => answer.tone === tone)) ?? "unknown";
}

function stageAnswer(diagnosis: Diagnosis, api: ApiVerdicts, stage: StageVerdicts): StageAnswer {
  const kinds = (["execution", "access"] as const).map((kind): KindAnswer => {
    const verdict = stage[kind];
    return {
      kind,
      verdict: verdict.verdict,
      label: verdictLabels[verdict.verdict],
      because: firstCause(diagnosis, api, stage.name, verdict),
      explanation: verdictExplanations[verdict.verdict],
    };
  });
  const verdicts = kinds.map((k) => k.verdict).filter((v) => v !== "not-supported");
  const tone: Tone = verdicts.includes("missing")
    ? "missing"
    : verdicts.includes("unknown")
      ? "unknown"
      : verdicts.includes("partial")
        ? "partial"
        : verdicts.every((v) => v === "delivered")
          ? "flowing"
          : "quiet";
  return { api, stage, tone, title: titleOf(tone, kinds), kinds };
}

function titleOf(tone: Tone, kinds: KindAnswer[]): string {
  const named = (verdict: LogVerdict["verdict"]) =>
    kinds
      .filter((k) => k.verdict === verdict)
      .map((k) => `${k.kind} logs`)
      .join(" and ");
  switch (tone) {
    case "flowing":
      return "Logs are flowing";
    case "missing":
      return `${capitalize(named("missing"))} are missing`;
    case "partial":
      return `Only some requests are logged (${named("partial")})`;
    case "unknown":
      return "Cannot tell: a setting could not be read";
    case "quiet":
      return "Nothing stops the logs, but none arrived recently";
  }
}

function firstCause(diagnosis: Diagnosis, api: ApiVerdicts, stage: string, verdict: LogVerdict): Finding | null {
  const [check] = verdict.causes;
  if (!check) return null;
  const inScope = (f: Finding) =>
    f.check === check &&
    f.region === api.region &&
    (f.api === null || (f.api.id === api.id && (f.stage === null || f.stage === stage)));
  return diagnosis.findings.find((f) => inScope(f) && (f.status === "fail" || f.status === "warn")) ?? null;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
