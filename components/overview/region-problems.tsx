import Link from "next/link";
import { displayRegion } from "@/lib/text/display-text";
import type { RegionProblem } from "@/lib/wizard/overview";
import { ChevronRightIcon } from "../ui/icons";
import { StatusBadge } from "../diagnosis/status-badge";

function ProblemLink({ problem }: { problem: RegionProblem }) {
  if (!problem.href) return null;
  return (
    <Link
      href={problem.href}
      className="inline-flex shrink-0 items-center gap-0.5 text-sm font-medium text-teal-800 hover:underline"
    >
      {problem.status === "unknown" ? "See why" : "See the fix"}
      <span className="sr-only">
        {" "}
        for {problem.label} in {displayRegion(problem.region)}
      </span>
      <ChevronRightIcon className="size-3.5" />
    </Link>
  );
}

/**
 * Region-wide causes first (STS, account setting, logging role): each stops the logs of every REST and WebSocket
 * API of its region. Other region-level findings (unmapped domains, change history) follow, one line each.
 */
export function RegionProblems({ problems }: { problems: RegionProblem[] }) {
  const chain = problems.filter((p) => p.kind === "chain");
  const other = problems.filter((p) => p.kind === "other");
  return (
    <>
      {chain.length > 0 && (
        <section aria-labelledby="region-problems" className="space-y-3">
          <div>
            <h2 id="region-problems" className="text-lg font-semibold text-slate-900">
              Region-wide problems
            </h2>
            <p className="text-sm text-slate-600">
              Each affects every REST and WebSocket API of its region, so fix these first.
            </p>
          </div>
          <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white shadow-sm">
            {chain.map((problem) => (
              <li
                key={problem.key}
                className="flex flex-col gap-2 px-4 py-3.5 sm:flex-row sm:items-start sm:gap-4 sm:px-5"
              >
                <div className="flex shrink-0 items-center gap-2 sm:w-48">
                  <StatusBadge status={problem.status} />
                  <span className="font-mono text-sm text-slate-700">{displayRegion(problem.region)}</span>
                </div>
                <div className="min-w-0 flex-1">
                  <p className="font-medium text-slate-900">{problem.label}</p>
                  <p className="mt-0.5 text-sm text-slate-700 [overflow-wrap:anywhere]">{problem.message}</p>
                </div>
                <ProblemLink problem={problem} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {other.length > 0 && (
        <section aria-labelledby="region-other" className="space-y-3">
          <h2 id="region-other" className="text-base font-semibold text-slate-900">
            Also found in these regions
          </h2>
          <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white text-sm shadow-sm">
            {other.map((problem) => (
              <li key={problem.key} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2.5 sm:px-5">
                <StatusBadge status={problem.status} />
                <span className="min-w-0 flex-1 text-slate-900">
                  {problem.label}{" "}
                  <span className="font-mono text-xs text-slate-600">· {displayRegion(problem.region)}</span>
                </span>
                <ProblemLink problem={problem} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
