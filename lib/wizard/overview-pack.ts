import type { ApiType, Status, Verdict } from "../diagnosis/types";
import { overviewHref } from "./routes";

export type RowHealth = "missing" | "partial" | "unknown" | "ok";

/** One table row in the browser: a stage, or an API whose stages could not be read. */
export interface OverviewRow {
  key: string;
  region: string;
  apiId: string;
  apiName: string;
  apiType: ApiType;
  /** null when the API's stages could not be read. */
  stage: string | null;
  execution: Verdict;
  access: Verdict;
  health: RowHealth;
  cause: { label: string; status: Status; href: string | null } | null;
  causeCount: number;
  /** The stage's page, or the API's page when its stages could not be read. */
  href: string | null;
}

/**
 * Rows as they travel to the browser: tuples with repeated strings (regions, cause labels, steps) interned, so a
 * 3,000-stage account costs a fraction of the page weight objects with full links would.
 * [region, apiId, apiName, type, stage, "<api id>/<stage>" URL path (just "<api id>" when the stages could not be read), execution, access, cause label, cause status, cause step, cause count]
 */
export type PackedRow = [
  number,
  string,
  string,
  number,
  string | null,
  string | null,
  number,
  number,
  number,
  number,
  number,
  number,
];

export interface PackedRows {
  source: string;
  regions: string[];
  labels: string[];
  steps: string[];
  rows: PackedRow[];
}

export const apiTypes: readonly ApiType[] = ["REST", "HTTP", "WEBSOCKET"];
export const verdicts: readonly Verdict[] = ["missing", "partial", "unknown", "expected", "delivered", "not-supported"];
export const statuses: readonly Status[] = ["fail", "warn", "unknown", "info", "pass"];

export function healthOf(execution: Verdict, access: Verdict): RowHealth {
  const both = [execution, access];
  if (both.includes("missing")) return "missing";
  if (both.includes("partial")) return "partial";
  if (both.includes("unknown")) return "unknown";
  return "ok";
}

export function unpackRows(packed: PackedRows): OverviewRow[] {
  const base = overviewHref(packed.source);
  return packed.rows.map(
    ([region, apiId, apiName, type, stage, path, execution, access, label, status, step, causeCount], index) => {
      const regionName = packed.regions[region];
      const href = path === null ? null : `${base}/${encodeURIComponent(regionName)}/${path}`;
      const verdictPair = [verdicts[execution], verdicts[access]] as const;
      return {
        key: String(index),
        region: regionName,
        apiId,
        apiName,
        apiType: apiTypes[type],
        stage,
        execution: verdictPair[0],
        access: verdictPair[1],
        health: healthOf(...verdictPair),
        cause:
          label < 0
            ? null
            : {
                label: packed.labels[label],
                status: statuses[status],
                href: href && (step < 0 ? href : `${href}/${packed.steps[step]}`),
              },
        causeCount,
        href,
      };
    },
  );
}
