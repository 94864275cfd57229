// The public face of lib/cloudtrail for the UI, reports and the CLI. Runs in Node and the browser; file and gzip
// reading is Node-only and lives in ./node/read-trail-file.
export type * from "./types";
export { describeActor } from "./actor";
export { changeOfRecord, extractChange } from "./extract-change";
export { explainEvent, explainRecord } from "./explain";
export { inferReadOnly, looksLikeRecord, normalizeRecord } from "./record";
export { readTrail, readTrailText, TrailReader, type ReadRecord, type TrailItem, type TrailText } from "./read-trail";
export { changeTimeline, regionTimeline, roleChangeEntries } from "./timeline";
export { footerNotes, notesForEventName, whereNotes } from "./where-is-my-event";
