import Link from "next/link";
import type { OverviewRow } from "@/lib/wizard/overview-pack";
import type { SortKey } from "@/lib/wizard/overview-filter";
import { apiTypeLabels } from "@/lib/diagnosis/labels";
import { displayRegion } from "@/lib/text/display-text";
import { VerdictBadge } from "../diagnosis/status-badge";
import { FirstCause } from "./first-cause";
import { cn } from "../ui/cn";

const columns: { key: SortKey | null; label: string; className?: string }[] = [
  { key: "region", label: "Region" },
  { key: "api", label: "API" },
  { key: "stage", label: "Stage" },
  { key: "execution", label: "Execution logs" },
  { key: "access", label: "Access logs" },
  { key: "cause", label: "First cause", className: "w-[30%]" },
];

export interface SortState {
  key: SortKey;
  desc: boolean;
}

/** One row per API stage; column headers sort, and every stage links to its walkthrough. */
export function OverviewTable({
  rows,
  sort,
  onSort,
}: {
  rows: OverviewRow[];
  sort: SortState;
  onSort: (key: SortKey) => void;
}) {
  return (
    <div
      className="relative overflow-x-auto rounded-xl border border-slate-200 bg-white shadow-sm"
      role="region"
      aria-label="Stage table"
      tabIndex={0}
    >
      <table className="w-full min-w-[56rem] text-left text-sm">
        <caption className="sr-only">API stages with their execution and access log verdicts and first cause</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs font-semibold tracking-wide text-slate-600 uppercase">
          <tr>
            {columns.map((column) => {
              const active = column.key !== null && sort.key === column.key;
              return (
                <th
                  key={column.label}
                  scope="col"
                  className={cn("px-4 py-2.5 font-semibold", column.className)}
                  aria-sort={active ? (sort.desc ? "descending" : "ascending") : undefined}
                >
                  {column.key ? (
                    <button
                      type="button"
                      onClick={() => onSort(column.key!)}
                      className="inline-flex items-center gap-1 rounded uppercase hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-teal-700"
                    >
                      {column.label}
                      <span
                        aria-hidden="true"
                        className={cn("text-[10px]", active ? "text-slate-700" : "text-slate-300")}
                      >
                        {active && sort.desc ? "▼" : "▲"}
                      </span>
                    </button>
                  ) : (
                    column.label
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.key} className="align-top hover:bg-slate-50/70">
              <td className="px-4 py-3 font-mono text-xs whitespace-nowrap text-slate-700">
                {displayRegion(row.region)}
              </td>
              <td className="max-w-[16rem] px-4 py-3">
                <div className="font-medium break-words text-slate-900 [overflow-wrap:anywhere]">{row.apiName}</div>
                <div className="mt-0.5 flex flex-wrap items-center gap-x-2 text-xs text-slate-600">
                  <span className="font-mono [overflow-wrap:anywhere]">{row.apiId}</span>
                  <span aria-hidden="true">·</span>
                  <span>{apiTypeLabels[row.apiType]}</span>
                </div>
              </td>
              <td className="max-w-[12rem] px-4 py-3">
                {row.href ? (
                  <Link
                    href={row.href}
                    className={cn(
                      "font-medium text-teal-800 underline-offset-2 [overflow-wrap:anywhere] hover:underline",
                      row.stage === null && "italic",
                    )}
                  >
                    {row.stage ?? "stages unreadable"}
                    <span className="sr-only">
                      {" "}
                      of {row.apiName} in {displayRegion(row.region)}
                    </span>
                  </Link>
                ) : (
                  <span className="text-slate-600 italic">{row.stage ?? "stages unreadable"}</span>
                )}
              </td>
              <td className="px-4 py-3">
                <VerdictBadge verdict={row.execution} kind="Execution" />
              </td>
              <td className="px-4 py-3">
                <VerdictBadge verdict={row.access} kind="Access" />
              </td>
              <td className="px-4 py-3">
                <FirstCause row={row} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
