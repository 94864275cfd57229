import Link from "next/link";
import { apiTypeLabels } from "@/lib/diagnosis/labels";
import { displayRegion } from "@/lib/text/display-text";
import type { OverviewRow } from "@/lib/wizard/overview-pack";
import { VerdictBadge } from "../diagnosis/status-badge";
import { FirstCause } from "./first-cause";

/** The stage table on a phone: one card per stage with both verdicts and the first cause, no sideways scrolling. */
export function OverviewCards({ rows }: { rows: OverviewRow[] }) {
  return (
    <ul aria-label="API stages" className="space-y-3">
      {rows.map((row) => (
        <li key={row.key} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <p className="font-medium [overflow-wrap:anywhere]">
            {row.href ? (
              <Link href={row.href} className="text-teal-800 underline-offset-2 hover:underline">
                {row.apiName} / {row.stage ?? <span className="italic">stages unreadable</span>}
              </Link>
            ) : (
              <span className="text-slate-900">
                {row.apiName} / <span className="text-slate-600 italic">{row.stage ?? "stages unreadable"}</span>
              </span>
            )}
          </p>
          <p className="mt-0.5 text-xs text-slate-600 [overflow-wrap:anywhere]">
            <span className="font-mono">{displayRegion(row.region)}</span> ·{" "}
            <span className="font-mono">{row.apiId}</span> · {apiTypeLabels[row.apiType]}
          </p>
          <dl className="mt-3 grid grid-cols-[auto_1fr] items-center gap-x-3 gap-y-1.5 text-sm">
            <dt className="text-slate-600">Execution logs</dt>
            <dd>
              <VerdictBadge verdict={row.execution} />
            </dd>
            <dt className="text-slate-600">Access logs</dt>
            <dd>
              <VerdictBadge verdict={row.access} />
            </dd>
            <dt className="text-slate-600">First cause</dt>
            <dd className="min-w-0">
              <FirstCause row={row} />
            </dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
