import { displayRegion } from "@/lib/text/display-text";
import type { OverviewFilter, SortKey } from "@/lib/wizard/overview-filter";
import { SearchIcon } from "../ui/icons";

// A phone shows cards, which have no column headers to click: this select sorts them instead.
const phoneSorts: { key: SortKey; label: string }[] = [
  { key: "health", label: "Worst first" },
  { key: "region", label: "Region" },
  { key: "api", label: "API name" },
  { key: "stage", label: "Stage" },
  { key: "execution", label: "Execution logs" },
  { key: "access", label: "Access logs" },
  { key: "cause", label: "First cause" },
];

const selectClass =
  "h-9 rounded-lg border border-slate-300 bg-white px-2.5 text-sm text-slate-900 shadow-sm focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-teal-700";

/** Search, verdict, type and region filters for the stage table, and a sort on phones; the parent owns the state. */
export function OverviewFilters({
  filter,
  regions,
  onChange,
}: {
  filter: OverviewFilter;
  regions: string[];
  onChange: (change: Partial<OverviewFilter>) => void;
}) {
  return (
    <div className="flex flex-wrap items-end gap-3" role="search" aria-label="Filter API stages">
      <label className="flex min-w-[14rem] flex-1 flex-col gap-1 text-sm font-medium text-slate-700">
        Search
        <span className="relative">
          <SearchIcon className="pointer-events-none absolute top-1/2 left-2.5 -translate-y-1/2 text-slate-500" />
          <input
            type="search"
            value={filter.q}
            onChange={(e) => onChange({ q: e.target.value })}
            placeholder="API name, id, stage or cause"
            className={`${selectClass} w-full pl-8`}
          />
        </span>
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
        Verdict
        <select
          value={filter.health}
          onChange={(e) => onChange({ health: e.target.value as OverviewFilter["health"] })}
          className={selectClass}
        >
          <option value="all">All stages</option>
          <option value="problems">With problems</option>
          <option value="missing">Logs missing</option>
          <option value="partial">Partly logged</option>
          <option value="unknown">Could not check</option>
          <option value="ok">No problem found</option>
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
        API type
        <select
          value={filter.type}
          onChange={(e) => onChange({ type: e.target.value as OverviewFilter["type"] })}
          className={selectClass}
        >
          <option value="all">All types</option>
          <option value="REST">REST</option>
          <option value="HTTP">HTTP</option>
          <option value="WEBSOCKET">WebSocket</option>
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
        Region
        <select value={filter.region} onChange={(e) => onChange({ region: e.target.value })} className={selectClass}>
          <option value="">All regions</option>
          {regions.map((region) => (
            <option key={region} value={region}>
              {displayRegion(region)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium text-slate-700 md:hidden">
        Sort by
        <select
          value={filter.sort}
          onChange={(e) => onChange({ sort: e.target.value as SortKey, desc: false })}
          className={selectClass}
        >
          {phoneSorts.map((sort) => (
            <option key={sort.key} value={sort.key}>
              {sort.label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
