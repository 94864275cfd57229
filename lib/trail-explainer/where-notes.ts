import type { WhereNote } from "../cloudtrail/types";
import { footerNotes, notesForEventName } from "../cloudtrail/where-is-my-event";
import type { TrailFileView } from "./trail-session";

const unique = (notes: WhereNote[]) => [...new Map(notes.map((note) => [note.id, note])).values()];

/**
 * The "where is my event?" notes for what is on the page, as the CLI prints them under each file: chosen by the
 * sources and layout of every readable file. Before anything is read (or when nothing could be), the notes for an
 * empty input: API requests and the Test button are never recorded, event history keeps 90 days.
 */
export function notesForFiles(files: readonly TrailFileView[]): WhereNote[] {
  const readable = files.filter((file) => file.status === "done" && file.unreadable === null);
  if (readable.length === 0) return footerNotes({ sources: [], format: "empty", events: 0 });
  return unique(
    readable.flatMap((file) => footerNotes({ sources: file.sources, format: file.format, events: file.records })),
  );
}

/** Notes for an event name the user looked for: `TestInvokeMethod`, `iam:UpdateRole`, `iot.amazonaws.com Publish`. */
export function notesForLookup(text: string): WhereNote[] {
  const trimmed = text.trim().slice(0, 200);
  if (!trimmed) return [];
  const spaced = /^(\S+\.amazonaws\.com)\s+(\S+)$/i.exec(trimmed);
  if (spaced) return notesForEventName(spaced[2], spaced[1]);
  const prefixed = /^([a-z0-9-]+):(\S+)$/i.exec(trimmed);
  if (prefixed && prefixed[1].toLowerCase() !== "iot")
    return notesForEventName(prefixed[2], `${prefixed[1].toLowerCase()}.amazonaws.com`);
  return notesForEventName(trimmed);
}
