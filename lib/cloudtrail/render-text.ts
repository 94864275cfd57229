import { visible } from "../render/escape";
import type { ExplainedEvent, ReadProblem, TrailFormat, WhereNote } from "./types";

export type Style = "red" | "yellow" | "cyan" | "dim" | "bold";
export type Paint = (text: string, style: Style) => string;
export const noPaint: Paint = (text) => text;

const formats: Record<TrailFormat, string> = {
  records: 'CloudTrail log file ({"Records": [...]})',
  "lookup-events": "LookupEvents output (event history)",
  array: "JSON array of events",
  single: "a single event",
  concatenated: "events one after another",
  empty: "no events",
};

export function formatLabel(format: TrailFormat, compressed: boolean): string {
  return `${formats[format]}${compressed ? ", gzip" : ""}`;
}

/** An event in a few lines; every value from the record goes through visible(), so hostile text cannot hide or reorder output. */
export function eventLines(event: ExplainedEvent, paint: Paint): string[] {
  const show = (value: string | null, fallback = "(none)") => (value === null ? fallback : visible(value));
  const access =
    event.readOnly === null
      ? "read/write unknown"
      : `${event.readOnly ? "read-only" : "write"}${event.readOnlyInferred ? " (by its name)" : ""}`;
  const head = [
    show(event.time, "(no time)"),
    paint(show(event.name, "(no event name)"), "bold"),
    `${show(event.source, "(no event source)")}${event.sourceInferred ? " (inferred from an ARN)" : ""}`,
    show(event.region, "(no region)"),
    access,
  ];
  const actor = event.actor;
  const identity = [
    actor.arn ? visible(actor.arn) : null,
    actor.accessKeyId ? `access key ${visible(actor.accessKeyId)}` : null,
  ]
    .filter(Boolean)
    .join(", ");
  const lines = [
    head.join("  "),
    `    by ${visible(actor.label)} [${visible(actor.type)}]${identity ? ` ${identity}` : ""}`,
    `    from ${show(event.sourceIp)}, user agent ${event.userAgent === null ? "(none)" : `"${visible(event.userAgent)}"`}`,
  ];
  if (event.error)
    lines.push(
      paint(
        `    failed: ${visible(event.error.code)}${event.error.message ? ` ${visible(event.error.message)}` : ""}`,
        "red",
      ),
    );
  const change = event.change;
  if (change) {
    const style = change.level === "warn" ? "yellow" : "cyan";
    const attempted = change.failed ? "attempted (it failed, nothing changed): " : "";
    lines.push(
      paint(
        `    ${change.level === "warn" ? "!" : "*"} logging change (${change.level}): ${attempted}${visible(change.summary, 2000)}`,
        style,
      ),
    );
  }
  return lines;
}

export function problemLines(problems: ReadProblem[], paint: Paint): string[] {
  if (problems.length === 0) return [];
  return [
    "notes:",
    ...problems.map((problem) =>
      paint(
        `  - ${problem.severity === "error" ? "could not read: " : ""}${visible(problem.message, 2000)}`,
        problem.severity === "error" ? "red" : "dim",
      ),
    ),
  ];
}

export function noteLines(notes: WhereNote[]): string[] {
  if (notes.length === 0) return [];
  return [
    "where is my event?",
    ...notes.map((note) => `  - ${note.title}: ${note.explanation} (${note.docs.join(", ")})`),
  ];
}
