"use client";

import { useDeferredValue, useMemo, useState } from "react";
import { OverviewCards } from "@/components/overview/overview-cards";
import { OverviewFilters } from "@/components/overview/overview-filters";
import { OverviewTable } from "@/components/overview/overview-table";
import { Button } from "@/components/ui/button";
import { unpackRows, type PackedRows } from "@/lib/wizard/overview-pack";
import {
  filterRows,
  overviewFilterQuery,
  PAGE_SIZE,
  type OverviewFilter,
  type SortKey,
} from "@/lib/wizard/overview-filter";

/** The stage table's island: filter, search, sort and pages run in the browser; the state is kept in the URL. */
export function OverviewTableClient({ packed, initial }: { packed: PackedRows; initial: OverviewFilter }) {
  const rows = useMemo(() => unpackRows(packed), [packed]);
  const [filter, setFilter] = useState(initial);
  const q = useDeferredValue(filter.q);
  const visible = useMemo(() => filterRows(rows, { ...filter, q }), [rows, filter, q]);
  const pages = Math.max(1, Math.ceil(visible.length / PAGE_SIZE));
  const page = Math.min(filter.page, pages);
  const shown = visible.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);

  const update = (change: Partial<OverviewFilter>) => {
    const next = { ...filter, page: 1, ...change };
    setFilter(next);
    window.history.replaceState(null, "", `${window.location.pathname}${overviewFilterQuery(next)}`);
  };
  const onSort = (key: SortKey) => update({ sort: key, desc: filter.sort === key ? !filter.desc : false });

  return (
    <section aria-labelledby="stages-heading" className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="stages-heading" className="text-lg font-semibold text-slate-900">
          API stages
        </h2>
        <p className="text-sm text-slate-600" aria-live="polite">
          {visible.length === rows.length
            ? `${rows.length.toLocaleString("en-US")} rows`
            : `${visible.length.toLocaleString("en-US")} of ${rows.length.toLocaleString("en-US")} rows match`}
        </p>
      </div>
      <OverviewFilters filter={filter} regions={packed.regions} onChange={update} />
      {shown.length > 0 ? (
        <>
          {/* Both are rendered and CSS picks one, so the server's HTML is right for any width before scripts run. */}
          <div className="md:hidden">
            <OverviewCards rows={shown} />
          </div>
          <div className="hidden md:block">
            <OverviewTable rows={shown} sort={{ key: filter.sort, desc: filter.desc }} onSort={onSort} />
          </div>
        </>
      ) : (
        <div className="rounded-xl border border-dashed border-slate-300 bg-white px-6 py-10 text-center text-slate-600">
          No stage matches these filters.{" "}
          <button
            type="button"
            className="font-medium text-teal-800 underline"
            onClick={() => update({ q: "", health: "all", type: "all", region: "" })}
          >
            Clear filters
          </button>
        </div>
      )}
      {pages > 1 && (
        <nav aria-label="Table pages" className="flex items-center justify-between gap-3 text-sm text-slate-700">
          <Button variant="secondary" size="sm" disabled={page <= 1} onClick={() => update({ page: page - 1 })}>
            Previous
          </Button>
          <span>
            Page {page} of {pages} · rows {((page - 1) * PAGE_SIZE + 1).toLocaleString("en-US")}–
            {Math.min(page * PAGE_SIZE, visible.length).toLocaleString("en-US")}
          </span>
          <Button variant="secondary" size="sm" disabled={page >= pages} onClick={() => update({ page: page + 1 })}>
            Next
          </Button>
        </nav>
      )}
    </section>
  );
}
