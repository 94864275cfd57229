import Link from "next/link";
import type { RegionProblem } from "@/lib/ui/overview";
import { ChevronRightIcon } from "./icons";
import { StatusBadge } from "./status-badge";

/** Region-wide problems (STS, account setting, role, domains, trails) come first: they affect every API of the region. */
export function RegionProblems({ problems }: { problems: RegionProblem[] }) {
  if (problems.length === 0) return null;
  const regions = [...new Set(problems.map((p) => p.region))];
  return (
    <section aria-labelledby="region-problems" className="space-y-3">
      <div>
        <h2 id="region-problems" className="text-lg font-semibold text-slate-900">Region-wide problems</h2>
        <p className="text-sm text-slate-600">These affect every REST and WebSocket API of their region, so fix them first.</p>
      </div>
      <div className="grid gap-3 lg:grid-cols-2">
        {regions.map((region) => (
          <div key={region} className="rounded-xl border border-slate-200 bg-white shadow-sm">
            <h3 className="border-b border-slate-100 px-4 py-2.5 font-mono text-sm font-semibold text-slate-800">{region}</h3>
            <ul className="divide-y divide-slate-100">
              {problems.filter((p) => p.region === region).map((problem) => (
                <li key={problem.key} className="flex gap-3 px-4 py-3">
                  <div className="pt-0.5"><StatusBadge status={problem.status} /></div>
                  <div className="min-w-0 flex-1 space-y-1">
                    <p className="font-medium text-slate-900">{problem.label}</p>
                    <p className="text-sm text-slate-700 [overflow-wrap:anywhere]">{problem.message}</p>
                    {problem.href && (
                      <Link href={problem.href} className="inline-flex items-center gap-0.5 text-sm font-medium text-teal-800 hover:underline">
                        {problem.status === "unknown" ? "See why" : "See the fix"} <span className="sr-only">for {problem.label} in {region}</span><ChevronRightIcon className="size-3.5" />
                      </Link>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
