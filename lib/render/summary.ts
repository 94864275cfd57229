import { causeLabel } from "../checks/registry";
import { verdictLabels } from "../diagnosis/labels";
import { stageSeverity } from "../diagnosis/severity";
import { relevanceToStage, stageCauseIds } from "../diagnosis/stage-relevance";
import type { Diagnosis, Finding } from "../diagnosis/types";

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/**
 * The one sentence a report opens with: how many stages lose logs and the most common cause, or, for a report of one
 * stage, its two verdicts and first cause. Never an all-clear while something could not be checked. Plain text with
 * the diagnosis's own names in it: every surface escapes it as it escapes those names.
 */
export function diagnosisSummary(diagnosis: Diagnosis): string {
  const stages = diagnosis.apis.flatMap((api) => (api.stages ?? []).map((stage) => ({ api, stage })));
  const unreadable = diagnosis.apis.filter((api) => api.stages === null).length;
  const where = plural(diagnosis.regions.length, "region");
  const firstCause = (findings: Finding[]) => findings.find((f) => f.status === "fail") ?? findings[0];
  const causesOf = (api: (typeof stages)[number]["api"], stage: (typeof stages)[number]["stage"]) => {
    const ids = stageCauseIds(stage);
    return diagnosis.findings.filter(
      (f) =>
        f.region === api.region &&
        (f.api === null || (f.api.id === api.id && f.stage === stage.name)) &&
        relevanceToStage(f, ids) === "cause",
    );
  };

  if (stages.length === 1 && unreadable === 0) {
    const { api, stage } = stages[0];
    const first = firstCause(causesOf(api, stage));
    const verdicts = `execution logs ${verdictLabels[stage.execution.verdict]}, access logs ${verdictLabels[stage.access.verdict]}`;
    return `Stage ${stage.name} of ${api.name} (${api.id}) in ${api.region}: ${verdicts}${first ? `; first cause: ${causeLabel(first.check)}` : ""}.`;
  }
  if (stages.length === 0) {
    return unreadable > 0
      ? `The stages of ${plural(unreadable, "API")} in ${where} could not be read, so their logs could not be checked.`
      : `No API stages were found in ${where}.`;
  }

  const count = [0, 0, 0, 0];
  const causeCounts = new Map<string, number>();
  for (const { api, stage } of stages) {
    const rank = stageSeverity(stage);
    count[rank] += 1;
    const first = rank < 2 ? firstCause(causesOf(api, stage)) : undefined;
    if (first) causeCounts.set(first.check, (causeCounts.get(first.check) ?? 0) + 1);
  }
  const [missing, partial, unknown] = count;
  const parts = [
    missing > 0 ? `${missing.toLocaleString("en-US")} ${missing === 1 ? "is" : "are"} missing logs` : null,
    partial > 0 ? `${partial.toLocaleString("en-US")} ${partial === 1 ? "logs" : "log"} only some requests` : null,
    unknown + unreadable > 0 ? `${(unknown + unreadable).toLocaleString("en-US")} could not be fully checked` : null,
  ].filter((p): p is string => p !== null);
  const total = `${plural(stages.length, "API stage")} in ${where}`;
  if (parts.length === 0) return `No check found anything stopping the logs of the ${total}.`;
  const top = [...causeCounts].sort((a, b) => b[1] - a[1])[0];
  const cause = top ? `; the most common cause: ${causeLabel(top[0])} (${plural(top[1], "stage")})` : "";
  return `Of ${total}, ${joinParts(parts)}${cause}.`;
}

function joinParts(parts: string[]): string {
  return parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}
