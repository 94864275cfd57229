import type { Status } from "../diagnosis/types";

export type StepStatus = Status | "not-applicable";

const severityRank: Record<Status, number> = { fail: 0, warn: 1, unknown: 2, info: 3, pass: 4 };

/** The step's status is its worst finding's: fail > warn > unknown (could not check) > info > pass. */
export function worstStatus(statuses: Iterable<Status>): Status | null {
  let worst: Status | null = null;
  for (const status of statuses) if (worst === null || severityRank[status] < severityRank[worst]) worst = status;
  return worst;
}

export function byStatus<T extends { status: Status }>(a: T, b: T): number {
  return severityRank[a.status] - severityRank[b.status];
}
