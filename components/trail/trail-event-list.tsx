import { Button } from "@/components/ui/button";
import type { WhereNote } from "@/lib/cloudtrail";
import { displayName } from "@/lib/text/display-text";
import { plural } from "@/lib/text/format";
import { RENDER_STEP, type TrailRow } from "@/lib/trail-explainer/filter-events";
import { TrailEventItem } from "./trail-event-item";
import { NoteList } from "./where-notes";

interface Props {
  shown: TrailRow[];
  matched: number;
  total: number;
  filtered: boolean;
  fileNames: Map<number, string> | null;
  /** Notes for the search text when nothing matches it (someone searched for TestInvokeMethod). */
  searchNotes: WhereNote[];
  search: string;
  onMore: () => void;
  onClear: () => void;
}

/** The events that pass the filters, the first few hundred of them rendered, with the count of the rest. */
export function TrailEventList({
  shown,
  matched,
  total,
  filtered,
  fileNames,
  searchNotes,
  search,
  onMore,
  onClear,
}: Props) {
  const rest = matched - shown.length;
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700" aria-live="polite">
        {filtered ? (
          <>
            {plural(matched, "event")} of {total.toLocaleString("en-US")} match
          </>
        ) : (
          plural(total, "event")
        )}
        {rest > 0 && <>; showing the first {shown.length.toLocaleString("en-US")}</>}.
      </p>
      {matched === 0 && total > 0 && (
        <div className="space-y-3 rounded-xl border border-dashed border-slate-300 bg-white px-5 py-6">
          <p className="font-medium text-slate-900">No event matches these filters.</p>
          {searchNotes.length > 0 && (
            <div className="space-y-2">
              <p className="text-sm text-slate-700">
                Looking for “{displayName(search.trim(), 80)}”? CloudTrail may never record it:
              </p>
              <NoteList notes={searchNotes} compact />
            </div>
          )}
          <Button variant="secondary" size="sm" onClick={onClear}>
            Clear filters
          </Button>
        </div>
      )}
      <ol className="space-y-3">
        {shown.map((row) => (
          <TrailEventItem
            key={row.key}
            id={row.key.replace(":", "-")}
            event={row.event}
            fileName={fileNames?.get(row.fileId) ?? null}
          />
        ))}
      </ol>
      {rest > 0 && (
        <div className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-slate-200 bg-white px-4 py-3 text-sm text-slate-700 shadow-sm">
          <span>{plural(rest, "more event matches", "more events match")}. Narrow the filters, or show more.</span>
          <Button variant="secondary" size="sm" onClick={onMore}>
            Show {Math.min(RENDER_STEP, rest)} more
          </Button>
        </div>
      )}
    </div>
  );
}
