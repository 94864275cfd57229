import type { ExplainedEvent } from "../cloudtrail/types";

export interface TrailRow {
  /** Unique on the page: the file's id and the record's index in it. */
  key: string;
  fileId: number;
  event: ExplainedEvent;
  /** Lower-cased text the search box matches: event name and source, who, from where, the error. */
  haystack: string;
}

export type AccessFilter = "all" | "write" | "read";

export interface TrailFilter {
  changesOnly: boolean;
  access: AccessFilter;
  /** An event source (`apigateway.amazonaws.com`), or "" for all. */
  source: string;
  q: string;
}

export const noFilter: TrailFilter = { changesOnly: false, access: "all", source: "", q: "" };

/** How many events the list renders at first, and adds per "show more": enough to read, few enough to stay fast. */
export const RENDER_STEP = 100;

export function haystackOf(event: ExplainedEvent): string {
  const { actor } = event;
  return [
    event.name,
    event.source,
    actor.type,
    actor.label,
    actor.arn,
    actor.userName,
    actor.sessionIssuer?.name,
    actor.sessionIssuer?.arn,
    actor.invokedBy,
    event.sourceIp,
    event.eventId,
    event.error?.code,
  ]
    .filter((part): part is string => typeof part === "string" && part !== "")
    .join("\n")
    .toLowerCase();
}

export function isFiltered(filter: TrailFilter): boolean {
  return filter.changesOnly || filter.access !== "all" || filter.source !== "" || filter.q.trim() !== "";
}

/**
 * The first `limit` rows that pass the filter, and how many pass in all. Every row is tested (the count is exact),
 * but only `limit` are returned, so what React renders stays small however many events were read.
 */
export function filterRows(
  rows: readonly TrailRow[],
  filter: TrailFilter,
  limit: number,
): { shown: TrailRow[]; matched: number } {
  // Unfiltered, which is how a file is listed while it is read: no need to look at every row on each update.
  if (!isFiltered(filter)) return { shown: rows.slice(0, limit), matched: rows.length };
  const needle = filter.q.trim().toLowerCase();
  const shown: TrailRow[] = [];
  let matched = 0;
  for (const row of rows) {
    const { event } = row;
    if (filter.changesOnly && !event.change) continue;
    if (filter.access === "write" && event.readOnly !== false) continue;
    if (filter.access === "read" && event.readOnly !== true) continue;
    if (filter.source && event.source !== filter.source) continue;
    if (needle && !row.haystack.includes(needle)) continue;
    matched += 1;
    if (shown.length < limit) shown.push(row);
  }
  return { shown, matched };
}
