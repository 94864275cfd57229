"use client";

import { useId, useState } from "react";
import { ExternalIcon, SearchIcon } from "@/components/ui/icons";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { WhereNote } from "@/lib/cloudtrail";
import { whereNotes } from "@/lib/cloudtrail/where-is-my-event";
import { displayName } from "@/lib/text/display-text";
import { plural } from "@/lib/text/format";
import { docLabel } from "@/lib/trail-explainer/format";
import { notesForLookup } from "@/lib/trail-explainer/where-notes";

export function NoteList({ notes, compact = false }: { notes: WhereNote[]; compact?: boolean }) {
  return (
    <ul className={cn(compact ? "space-y-2" : "space-y-3")}>
      {notes.map((note) => (
        <li
          key={note.id}
          className={cn("rounded-lg border border-slate-200 bg-white", compact ? "px-3 py-2" : "px-4 py-3 shadow-sm")}
          data-note={note.id}
        >
          <p className="font-semibold text-slate-900">{note.title}</p>
          <p className="mt-1 text-sm text-slate-700">{note.explanation}</p>
          <ul className="mt-1.5 space-y-0.5">
            {note.docs.map((url) => (
              <li key={url}>
                <a
                  href={url}
                  target="_blank"
                  rel="noreferrer"
                  className="inline-flex items-center gap-1 text-xs font-medium text-teal-800 underline-offset-2 hover:underline"
                >
                  {docLabel(url)} <ExternalIcon className="size-3" />
                  <span className="sr-only">(AWS documentation, opens in a new tab)</span>
                </a>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

/** "Where is my event?": notes chosen by what was read, and a lookup for an event name that is not in the list. */
export function WhereNotes({
  notes,
  countNamed,
  onShow,
}: {
  notes: WhereNote[];
  countNamed: (name: string) => number;
  onShow: (name: string) => void;
}) {
  const [name, setName] = useState("");
  const inputId = useId();
  const wanted = name.trim();
  const found = wanted ? notesForLookup(wanted) : [];
  const present = wanted ? countNamed(wanted) : 0;
  return (
    <section aria-labelledby="where-title" className="space-y-4">
      <h2 id="where-title" className="text-lg font-semibold text-slate-900">
        Where is my event?
      </h2>
      <div className="space-y-2 rounded-xl border border-teal-200 bg-teal-50/60 p-4">
        <h3 className="font-semibold text-slate-900">Looking for an event that isn&apos;t here?</h3>
        <p className="text-sm text-slate-700">Type its name to see whether CloudTrail records it, and where.</p>
        <label htmlFor={inputId} className="block text-sm font-medium text-slate-700">
          Event name
        </label>
        <span className="relative block">
          <SearchIcon className="pointer-events-none absolute top-1/2 left-2.5 -translate-y-1/2 text-slate-500" />
          <input
            id={inputId}
            type="text"
            value={name}
            maxLength={200}
            spellCheck={false}
            onChange={(e) => setName(e.target.value)}
            placeholder="TestInvokeMethod, iam:UpdateRole…"
            className="h-9 w-full rounded-lg border border-slate-300 bg-white pr-2.5 pl-8 font-mono text-sm text-slate-900 shadow-sm focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-teal-700"
          />
        </span>
        <div aria-live="polite" className="space-y-2">
          {present > 0 && (
            <p className="flex flex-wrap items-center gap-2 text-sm text-slate-800">
              {plural(present, "event")} by this name {present === 1 ? "was" : "were"} read.
              <Button variant="secondary" size="sm" onClick={() => onShow(wanted)}>
                Show {present === 1 ? "it" : "them"}
              </Button>
            </p>
          )}
          {found.length > 0 && <NoteList notes={found} compact />}
          {wanted && found.length === 0 && (
            <>
              <p className="text-sm text-slate-800">
                Nothing known keeps CloudTrail from recording “{displayName(wanted, 80)}”. If it is not in your files,
                look at the time range and region:
              </p>
              <NoteList notes={[whereNotes.eventHistory90Days]} compact />
            </>
          )}
        </div>
      </div>
      <NoteList notes={notes} />
    </section>
  );
}
