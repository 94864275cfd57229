import Link from "next/link";
import type { OverviewRow } from "@/lib/wizard/overview-pack";
import { StatusIcon } from "../diagnosis/status-badge";

/** A stage's first cause with its status icon and how many more there are; the table's cell and a phone card's line. */
export function FirstCause({ row }: { row: OverviewRow }) {
  if (!row.cause) return <span className="text-slate-600">None found</span>;
  return (
    <span className="flex items-start gap-2">
      <span className="pt-0.5">
        <StatusIcon status={row.cause.status} />
      </span>
      <span className="min-w-0 [overflow-wrap:anywhere]">
        {row.cause.href ? (
          <Link
            href={row.cause.href}
            className="text-slate-900 underline decoration-slate-300 underline-offset-2 hover:decoration-slate-600"
          >
            {row.cause.label}
          </Link>
        ) : (
          <span className="text-slate-800">{row.cause.label}</span>
        )}
        {row.causeCount > 1 && (
          <span className="ml-1.5 text-xs whitespace-nowrap text-slate-600">+{row.causeCount - 1} more</span>
        )}
      </span>
    </span>
  );
}
