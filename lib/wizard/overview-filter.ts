import type { ApiType, Verdict } from "../diagnosis/types";
import type { OverviewRow, RowHealth } from "./overview-pack";

export type HealthFilter = "all" | "problems" | RowHealth;
export type SortKey = "health" | "region" | "api" | "stage" | "execution" | "access" | "cause";

export interface OverviewFilter {
  q: string;
  health: HealthFilter;
  type: ApiType | "all";
  region: string;
  sort: SortKey;
  desc: boolean;
  page: number;
}

export const PAGE_SIZE = 50;
const healthValues: HealthFilter[] = ["all", "problems", "missing", "partial", "unknown", "ok"];
const sortKeys: SortKey[] = ["health", "region", "api", "stage", "execution", "access", "cause"];
const healthRank: Record<RowHealth, number> = { missing: 0, partial: 1, unknown: 2, ok: 3 };
const verdictRank: Record<Verdict, number> = {
  missing: 0,
  partial: 1,
  unknown: 2,
  expected: 3,
  delivered: 4,
  "not-supported": 5,
};

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

/** Reads the table's state from the URL, ignoring anything it does not know. */
export function parseOverviewFilter(params: Record<string, string | string[] | undefined>): OverviewFilter {
  const health = one(params.health) as HealthFilter;
  const type = one(params.type);
  const sort = one(params.sort) as SortKey;
  const page = Number.parseInt(one(params.page), 10);
  return {
    q: one(params.q).slice(0, 200),
    health: healthValues.includes(health) ? health : "all",
    type: type === "REST" || type === "HTTP" || type === "WEBSOCKET" ? type : "all",
    region: one(params.region).slice(0, 40),
    sort: sortKeys.includes(sort) ? sort : "health",
    desc: one(params.dir) === "desc",
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

export function overviewFilterQuery(filter: OverviewFilter): string {
  const params = new URLSearchParams();
  if (filter.q) params.set("q", filter.q);
  if (filter.health !== "all") params.set("health", filter.health);
  if (filter.type !== "all") params.set("type", filter.type);
  if (filter.region) params.set("region", filter.region);
  if (filter.sort !== "health") params.set("sort", filter.sort);
  if (filter.desc) params.set("dir", "desc");
  if (filter.page > 1) params.set("page", String(filter.page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

export function filterRows(rows: readonly OverviewRow[], filter: OverviewFilter): OverviewRow[] {
  const needle = filter.q.trim().toLowerCase();
  const kept = rows.filter(
    (row) =>
      (filter.health === "all" ||
        (filter.health === "problems" ? row.health !== "ok" : row.health === filter.health)) &&
      (filter.type === "all" || row.apiType === filter.type) &&
      (!filter.region || row.region === filter.region) &&
      (!needle ||
        [row.apiName, row.apiId, row.stage ?? "", row.region, row.cause?.label ?? ""].some((v) =>
          v.toLowerCase().includes(needle),
        )),
  );
  const key = sortValue[filter.sort];
  const sorted = kept.sort(
    (a, b) =>
      compare(key(a), key(b)) ||
      compare(sortValue.health(a), sortValue.health(b)) ||
      compare(Number(a.key), Number(b.key)),
  );
  return filter.desc ? sorted.reverse() : sorted;
}

const sortValue: Record<SortKey, (row: OverviewRow) => string | number> = {
  health: (row) => healthRank[row.health],
  region: (row) => row.region,
  api: (row) => row.apiName.toLowerCase(),
  stage: (row) => (row.stage ?? "").toLowerCase(),
  execution: (row) => verdictRank[row.execution],
  access: (row) => verdictRank[row.access],
  cause: (row) => row.cause?.label ?? "~",
};

function compare(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
