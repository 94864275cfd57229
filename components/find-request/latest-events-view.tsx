import { formatAge } from "@/lib/find-request/format-age";
import type { LatestKind, LatestStatus } from "@/lib/find-request/latest-events";
import { LogLine } from "./log-line";

const statusText: Record<LatestStatus, string> = {
  events: "newest events",
  "no-events": "no events",
  "could-not-read": "could not read",
  "not-searchable": "cannot be read",
  "not-read": "not read",
};

/** The newest events of each log kind, newest first, each with its age: do logs flow at all? */
export function LatestEventsView({ kinds, now, note }: { kinds: LatestKind[]; now: number; note: string }) {
  return (
    <div className="space-y-3" aria-live="polite" data-testid="latest-events">
      <p className="text-xs text-slate-600">As of {new Date(now).toISOString().slice(0, 16).replace("T", " ")} UTC</p>
      <ul className="space-y-3">
        {kinds.map((kind) => {
          const newest = kind.events.at(-1);
          return (
            <li
              key={kind.kind}
              className="rounded-lg border border-slate-200 p-3"
              data-log-kind={kind.kind}
              data-status={kind.status}
            >
              <p className="font-medium text-slate-900">
                {kind.label}: {statusText[kind.status]}
                {newest?.ageMs != null && (
                  <span className="font-normal text-slate-700">, the newest {formatAge(newest.ageMs)}</span>
                )}
              </p>
              {kind.logGroupName && (
                <p className="mt-1 text-xs text-slate-600 wrap-anywhere">
                  log group {kind.logGroupName}
                  {kind.stream && `, stream ${kind.stream}`}
                </p>
              )}
              {kind.events.length > 0 && (
                <ul className="mt-2 space-y-2">
                  {[...kind.events].reverse().map((event, i) => (
                    <LogLine key={i} line={event} age={event.ageMs === null ? "age unknown" : formatAge(event.ageMs)} />
                  ))}
                </ul>
              )}
              {kind.why.length > 0 && (
                <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
                  {kind.why.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      <p className="text-xs text-slate-500">{note}</p>
    </div>
  );
}
