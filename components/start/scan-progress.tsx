import type { ScanRegion, ScanSnapshot } from "@/lib/sources/live-scan";
import { StatusBadge } from "../diagnosis/status-badge";
import { cn } from "../ui/cn";

const regionStates: Record<ScanRegion["state"], { label: string; className: string }> = {
  waiting: { label: "Waiting", className: "text-slate-600" },
  scanning: { label: "Scanning", className: "text-teal-800" },
  done: { label: "Done", className: "text-emerald-700" },
  failed: { label: "Failed", className: "text-red-700" },
  stopped: { label: "Stopped", className: "text-slate-600" },
};

/** Per-region progress (calls done of planned) and the problems found in the regions that finished. */
export function ScanProgress({ snapshot }: { snapshot: ScanSnapshot }) {
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
      <section aria-labelledby="regions-title" className="space-y-3">
        <h2 id="regions-title" className="text-lg font-semibold text-slate-900">
          Regions
        </h2>
        <ul className="space-y-2">
          {snapshot.regions.map((region) => (
            <li key={region.region} className="rounded-xl border border-slate-200 bg-white px-4 py-3 shadow-sm">
              <div className="flex items-baseline justify-between gap-3 text-sm">
                <span className="font-mono font-medium text-slate-900">{region.region}</span>
                <span className={cn("font-medium", regionStates[region.state].className)}>
                  {regionStates[region.state].label}
                </span>
              </div>
              <progress
                className="mt-2 h-2 w-full overflow-hidden rounded-full [&::-webkit-progress-bar]:bg-slate-100 [&::-webkit-progress-value]:bg-teal-600"
                max={Math.max(region.planned, 1)}
                value={region.done}
                aria-label={`${region.region}: ${region.done} of ${region.planned} calls`}
              />
              <p className="mt-1 text-xs text-slate-600">
                {region.done} of {region.planned} calls
                {region.errors > 0 && ` · ${region.errors} answered with an error`}
              </p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="found-title" className="space-y-3">
        <h2 id="found-title" className="text-lg font-semibold text-slate-900">
          Found so far
        </h2>
        <p className="text-sm text-slate-600" aria-live="polite">
          {snapshot.problemCount === 0
            ? "Problems appear here as soon as a region is done."
            : `${snapshot.problemCount} problem${snapshot.problemCount === 1 ? "" : "s"} in the regions scanned so far.`}
        </p>
        {snapshot.findings.length > 0 && (
          <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white shadow-sm">
            {snapshot.findings.map((finding) => (
              <li key={finding.key} className="flex flex-wrap items-center gap-3 px-4 py-2.5 text-sm">
                <StatusBadge status={finding.status} />
                <span className="min-w-0 flex-1 font-medium text-slate-900">{finding.label}</span>
                <span className="min-w-0 text-slate-600 [overflow-wrap:anywhere]">
                  <span className="font-mono">{finding.region}</span> · {finding.where}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
