import type { StageVerdicts } from "./types";

/**
 * How bad a stage is, for sorting the worst first: a missing log kind, then partial, then could-not-tell, then
 * healthy. An API whose stages could not be read (null) ranks with the unknowns: it is not known to be fine.
 */
export function stageSeverity(stage: StageVerdicts | null): number {
  if (stage === null) return 2;
  const verdicts = [stage.execution.verdict, stage.access.verdict];
  if (verdicts.includes("missing")) return 0;
  if (verdicts.includes("partial")) return 1;
  if (verdicts.includes("unknown")) return 2;
  return 3;
}

/** A stable sort of anything carrying a stage, worst first (ties keep their region and checklist order). */
export function bySeverity<T>(items: readonly T[], stageOf: (item: T) => StageVerdicts | null): T[] {
  return items
    .map((item, i) => ({ item, i, rank: stageSeverity(stageOf(item)) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map(({ item }) => item);
}
