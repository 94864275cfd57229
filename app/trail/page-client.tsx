"use client";

import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { TrailEventList } from "@/components/trail/trail-event-list";
import { TrailFileList } from "@/components/trail/trail-file-list";
import { TrailFilters } from "@/components/trail/trail-filters";
import { TrailInput } from "@/components/trail/trail-input";
import { WhereNotes } from "@/components/trail/where-notes";
import { filterRows, isFiltered, noFilter, RENDER_STEP, type TrailFilter } from "@/lib/trail-explainer/filter-events";
import { TrailSession } from "@/lib/trail-explainer/trail-session";
import { notesForFiles, notesForLookup } from "@/lib/trail-explainer/where-notes";

/** The explainer's island: files and pastes are read here, in the tab, and never sent anywhere. */
export function TrailExplainer() {
  const [session] = useState(() => new TrailSession());
  const { files, rows } = useSyncExternalStore(session.subscribe, session.getSnapshot, session.getSnapshot);
  const [chosen, setFilter] = useState<TrailFilter>(noFilter);
  const [limit, setLimit] = useState(RENDER_STEP);
  const pastes = useRef(0);
  const sources = useMemo(() => [...new Set(files.flatMap((file) => file.sources))].sort(), [files]);
  // A source chosen before its files were removed no longer filters anything out of sight.
  const filter = useMemo(
    () => (chosen.source && !sources.includes(chosen.source) ? { ...chosen, source: "" } : chosen),
    [chosen, sources],
  );
  useEffect(() => () => session.clear(), [session]);

  // Filtering 80,000 events takes tens of milliseconds: typing and reading stay ahead of it.
  const deferredRows = useDeferredValue(rows);
  const deferredFilter = useDeferredValue(filter);
  const { shown, matched } = useMemo(
    () => filterRows(deferredRows, deferredFilter, limit),
    [deferredRows, deferredFilter, limit],
  );
  const notes = useMemo(() => notesForFiles(files), [files]);
  const fileNames = useMemo(
    () => (files.length > 1 ? new Map(files.map((file) => [file.id, file.name])) : null),
    [files],
  );
  const countNamed = useCallback(
    (name: string) =>
      rows.reduce((count, row) => count + (row.event.name?.toLowerCase() === name.toLowerCase() ? 1 : 0), 0),
    [rows],
  );
  const reading = files.some((file) => file.status !== "done");

  const change = (next: Partial<TrailFilter>) => {
    setFilter((current) => ({ ...current, ...next }));
    setLimit(RENDER_STEP);
  };
  const showNamed = (name: string) => {
    change({ ...noFilter, q: name });
    document.getElementById("events-title")?.scrollIntoView({ block: "start" });
  };
  const paste = (text: string) => {
    pastes.current += 1;
    void session.add([
      { name: `Pasted records ${pastes.current}`, blob: new Blob([text], { type: "text/plain" }), origin: "paste" },
    ]);
  };

  return (
    <div className="space-y-8">
      <TrailInput
        onFiles={(list) => void session.add(list.map((file) => ({ name: file.name, blob: file, origin: "file" })))}
        onPaste={paste}
      />
      {files.length > 0 && (
        <TrailFileList
          files={files}
          events={rows.length}
          onRemove={(id) => session.remove(id)}
          onClear={() => session.clear()}
        />
      )}
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <section aria-labelledby="events-title" className="min-w-0 space-y-4">
          <h2 id="events-title" className="scroll-mt-4 text-lg font-semibold text-slate-900">
            Events
          </h2>
          {rows.length === 0 ? (
            <div className="rounded-xl border border-dashed border-slate-300 bg-white px-5 py-8 text-center text-sm text-slate-700">
              {reading
                ? "Reading…"
                : "No events yet. Open CloudTrail files or paste records above: each event is listed with who made it, from where, and what it changed about logging."}
            </div>
          ) : (
            <>
              <TrailFilters filter={filter} sources={sources} onChange={change} />
              <TrailEventList
                shown={shown}
                matched={matched}
                total={deferredRows.length}
                filtered={isFiltered(deferredFilter)}
                fileNames={fileNames}
                search={deferredFilter.q}
                searchNotes={notesForLookup(deferredFilter.q)}
                onMore={() => setLimit((current) => current + RENDER_STEP)}
                onClear={() => change(noFilter)}
              />
            </>
          )}
        </section>
        <div className="min-w-0">
          <WhereNotes notes={notes} countNamed={countNamed} onShow={showNamed} />
        </div>
      </div>
    </div>
  );
}
