import type { OverviewSummary as Summary } from "@/lib/wizard/overview";
import { plural } from "@/lib/text/format";
import { cn } from "../ui/cn";

/** The summary line, then the counts as tiles; words and numbers, not colour alone. */
export function OverviewSummary({ summary }: { summary: Summary }) {
  const tiles = [
    { label: "Logs missing", value: summary.missing, className: "text-red-700" },
    { label: "Partly logged", value: summary.partial, className: "text-amber-700" },
    { label: "Could not check", value: summary.unknown + summary.unreadableApis, className: "text-violet-700" },
    { label: "No problem found", value: summary.ok, className: "text-emerald-700" },
  ];
  return (
    <section aria-labelledby="summary" className="space-y-3">
      <h2 id="summary" className="sr-only">
        Summary
      </h2>
      <p className="text-base text-slate-800" data-testid="summary-line">
        {plural(summary.stages, "stage")} in {plural(summary.apis, "API")} across {plural(summary.regions, "region")}:{" "}
        <strong className="font-semibold">{summary.missing.toLocaleString("en-US")} with missing logs</strong>,{" "}
        {summary.partial.toLocaleString("en-US")} partly logged
        {summary.unreadableApis > 0 && <>, {plural(summary.unreadableApis, "API")} whose stages could not be read</>}.
      </p>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {tiles.map((tile) => (
          <div key={tile.label} className="rounded-xl border border-slate-200 bg-white px-4 py-3 shadow-sm">
            <dt className="text-sm text-slate-600">{tile.label}</dt>
            <dd
              className={cn(
                "mt-1 text-2xl font-semibold tabular-nums",
                tile.value > 0 ? tile.className : "text-slate-500",
              )}
            >
              {tile.value.toLocaleString("en-US")}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
