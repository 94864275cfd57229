import type { FindRequestResult, FoundLine, KindResult, KindStatus } from "./find-request";
import { formatAge, type LatestKind, type LatestStatus } from "./latest-events";

const width = 80;
/** A found line can be 1 KB (execution) or more (access); a terminal answer shows its start. */
const maxWrappedLines = 6;
const maxLinesPerKind = 20;

const statusWords: Record<KindStatus, string> = {
  found: "found",
  absent: "not found",
  "stopped-early": "not found (search stopped early)",
  "could-not-search": "could not search",
  "not-searchable": "cannot be searched",
  "not-searched": "not searched",
};

/** The answer for an 80-column terminal: the verdict first, then each log kind with its lines or its reasons. */
export function renderFindRequestText(result: FindRequestResult): string {
  const out: string[] = [];
  out.push(`Request ${result.requestId}`);
  out.push(...wrap(`Stage ${result.stage} of ${result.apiName} (${result.apiId}) in ${result.region}`, "", ""));
  if (result.window) out.push(`Searched ${time(result.window.start)} to ${time(result.window.end)}`);
  out.push("");
  const found = result.kinds.filter((k) => k.status === "found").map((k) => k.label.toLowerCase());
  out.push(...wrap(result.found ? `FOUND in ${found.join(" and ")}.` : "NOT FOUND in any log of this stage.", "", ""));
  for (const kind of result.kinds) out.push("", ...renderKind(kind));
  if (result.elsewhere.length > 0) {
    out.push("", "Where else it may be:");
    for (const reason of result.elsewhere) out.push(...wrap(reason, "  - ", "    "));
  }
  return `${out.join("\n")}\n`;
}

const latestWords: Record<LatestStatus, string> = {
  events: "newest events",
  "no-events": "no events",
  "could-not-read": "could not read",
  "not-searchable": "cannot be read",
  "not-read": "not read",
};

/** The newest events of each log kind with their age, for an 80-column terminal. */
export function renderLatestEventsText(
  where: { region: string; apiId: string; stage: string },
  kinds: LatestKind[],
  now: number,
): string {
  const out = [
    ...wrap(`Latest events of stage ${where.stage} of ${where.apiId} in ${where.region}`, "", ""),
    `As of ${time(now)}`,
  ];
  for (const kind of kinds) {
    const newest = kind.events.at(-1);
    const age = newest?.ageMs != null ? `, the newest ${formatAge(newest.ageMs)}` : "";
    out.push("", `${kind.label}: ${latestWords[kind.status]}${age}`);
    if (kind.logGroupName)
      out.push(...wrap(`log group ${kind.logGroupName}${kind.stream ? `, stream ${kind.stream}` : ""}`, "  ", "  "));
    for (const event of [...kind.events].reverse()) {
      const lines = renderLine(event);
      lines[0] = cut(`${lines[0]}  (${event.ageMs === null ? "age unknown" : formatAge(event.ageMs)})`);
      out.push(...lines);
    }
    for (const reason of kind.why) out.push(...wrap(reason, "  - ", "    "));
  }
  return `${out.join("\n")}\n`;
}

function renderKind(kind: KindResult): string[] {
  const count = kind.status === "found" ? ` (${kind.lines.length} line${kind.lines.length === 1 ? "" : "s"})` : "";
  const lines = [`${kind.label}: ${statusWords[kind.status]}${count}`];
  if (kind.logGroupName)
    lines.push(...wrap(`log group ${kind.logGroupName}${kind.region ? ` (${kind.region})` : ""}`, "  ", "  "));
  for (const line of kind.lines.slice(0, maxLinesPerKind)) lines.push(...renderLine(line));
  if (kind.lines.length > maxLinesPerKind) lines.push(`  … and ${kind.lines.length - maxLinesPerKind} more`);
  for (const reason of kind.why) lines.push(...wrap(reason, "  - ", "    "));
  return lines;
}

export function renderLine(line: FoundLine): string[] {
  const head = `  ${line.timestamp === null ? "(no time)" : time(line.timestamp)}  ${line.stream}`;
  const body = line.fields ? line.fields.map((f) => `${f.name}=${f.value}`).join(" ") : line.message.trim();
  const wrapped = wrap(body, "    ", "    ");
  if (wrapped.length > maxWrappedLines) {
    const kept = wrapped.slice(0, maxWrappedLines);
    kept[maxWrappedLines - 1] = `${kept[maxWrappedLines - 1].slice(0, width - 1)}…`;
    return [cut(head), ...kept];
  }
  return [cut(head), ...wrapped];
}

function time(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace("T", " ")}Z`;
}

function cut(text: string): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

/** Word-wraps to 80 columns; only a word longer than a whole line (a JSON blob) is broken. */
export function wrap(text: string, first: string, rest: string): string[] {
  const lines: string[] = [];
  let current = first;
  let empty = true;
  const push = () => {
    lines.push(current.trimEnd());
    current = rest;
    empty = true;
  };
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    let piece = word;
    if (!empty && current.length + 1 + piece.length > width) push();
    // Only a word longer than a whole line gets here with the line still too short for it.
    while (current.length + piece.length > width) {
      const room = width - current.length;
      current += piece.slice(0, room);
      piece = piece.slice(room);
      push();
    }
    if (piece === "") continue;
    current += empty ? piece : ` ${piece}`;
    empty = false;
  }
  if (!empty || lines.length === 0) lines.push(current.trimEnd());
  return lines;
}
