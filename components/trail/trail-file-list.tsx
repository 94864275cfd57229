"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { plural } from "@/lib/text/format";
import type { TrailFileView } from "@/lib/trail-explainer/trail-session";
import { TrailFileCard } from "./trail-file-card";

// A day of S3 log files is hundreds of files: the cards of the first few, the rest one click away.
const FIRST_FILES = 8;

/** What was read in this tab: one card per file or paste, unreadable ones first so they are not missed. */
export function TrailFileList({
  files,
  events,
  onRemove,
  onClear,
}: {
  files: TrailFileView[];
  events: number;
  onRemove: (id: number) => void;
  onClear: () => void;
}) {
  const [all, setAll] = useState(false);
  const ordered = [
    ...files.filter((file) => file.unreadable !== null),
    ...files.filter((file) => file.unreadable === null),
  ];
  const shown = all ? ordered : ordered.slice(0, FIRST_FILES);
  return (
    <section aria-labelledby="files-title" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="files-title" className="text-lg font-semibold text-slate-900">
          Read in this tab{" "}
          <span className="font-normal text-slate-600">
            · {plural(files.length, "input")}, {plural(events, "event")}
          </span>
        </h2>
        <Button variant="ghost" size="sm" onClick={onClear}>
          Clear all
        </Button>
      </div>
      <ul className="grid items-start gap-3 md:grid-cols-2">
        {shown.map((file) => (
          <TrailFileCard key={file.id} file={file} onRemove={() => onRemove(file.id)} />
        ))}
      </ul>
      {ordered.length > shown.length && (
        <Button variant="secondary" size="sm" onClick={() => setAll(true)}>
          Show all {files.length.toLocaleString("en-US")} inputs ({plural(ordered.length - shown.length, "more")})
        </Button>
      )}
    </section>
  );
}
