import { SearchIcon } from "@/components/ui/icons";
import { displayName } from "@/lib/text/display-text";
import type { AccessFilter, TrailFilter } from "@/lib/trail-explainer/filter-events";

const control =
  "h-9 rounded-lg border border-slate-300 bg-white px-2.5 text-sm text-slate-900 shadow-sm focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-teal-700";

/** Changes-to-logging, read/write, event source and search; the parent owns the state. */
export function TrailFilters({
  filter,
  sources,
  onChange,
}: {
  filter: TrailFilter;
  sources: string[];
  onChange: (change: Partial<TrailFilter>) => void;
}) {
  return (
    <div className="flex flex-wrap items-end gap-3" role="search" aria-label="Filter events">
      <label className="flex min-w-[14rem] flex-1 flex-col gap-1 text-sm font-medium text-slate-700">
        Search events
        <span className="relative">
          <SearchIcon className="pointer-events-none absolute top-1/2 left-2.5 -translate-y-1/2 text-slate-500" />
          <input
            type="search"
            value={filter.q}
            maxLength={200}
            onChange={(e) => onChange({ q: e.target.value })}
            placeholder="Event name, actor, ARN or IP"
            className={`${control} w-full pl-8`}
          />
        </span>
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium text-slate-700">
        Read or write
        <select
          value={filter.access}
          onChange={(e) => onChange({ access: e.target.value as AccessFilter })}
          className={control}
        >
          <option value="all">All events</option>
          <option value="write">Writes only</option>
          <option value="read">Read-only only</option>
        </select>
      </label>
      <label className="flex max-w-full flex-col gap-1 text-sm font-medium text-slate-700">
        Event source
        <select
          value={filter.source}
          onChange={(e) => onChange({ source: e.target.value })}
          className={`${control} max-w-[16rem]`}
        >
          <option value="">All sources</option>
          {sources.map((source) => (
            <option key={source} value={source}>
              {displayName(source, 60)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex h-9 cursor-pointer items-center gap-2 rounded-lg border border-slate-300 bg-white px-3 text-sm font-medium text-slate-800 shadow-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-1 has-[:focus-visible]:outline-teal-700 has-[:checked]:border-amber-500 has-[:checked]:bg-amber-50">
        <input
          type="checkbox"
          checked={filter.changesOnly}
          onChange={(e) => onChange({ changesOnly: e.target.checked })}
          className="size-4 accent-amber-600"
        />
        Changes to logging only
      </label>
    </div>
  );
}
