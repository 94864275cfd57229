import { memo } from "react";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { ExplainedEvent } from "@/lib/cloudtrail";
import { displayName } from "@/lib/text/display-text";
import { formatEventTime } from "@/lib/trail-explainer/format";
import { ActorSummary } from "./actor-summary";
import { LoggingChange } from "./logging-change";

function Access({ event }: { event: ExplainedEvent }) {
  if (event.readOnly === null) return <Badge tone="outline">Read or write unknown</Badge>;
  const by = event.readOnlyInferred ? " (by its name)" : "";
  return event.readOnly ? <Badge tone="slate">Read-only{by}</Badge> : <Badge tone="outline">Write{by}</Badge>;
}

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="grid min-w-0 gap-x-4 gap-y-0.5 sm:grid-cols-[6.5rem_minmax(0,1fr)]">
      <dt className="text-xs font-medium tracking-wide text-slate-600 uppercase sm:pt-0.5">{term}</dt>
      <dd className="min-w-0 [overflow-wrap:anywhere]">{children}</dd>
    </div>
  );
}

/**
 * One CloudTrail event: when, what, who, from where, whether it failed, and what it did to logging. Every value
 * comes from the record, so all of it is shown as text, invisible characters as codes and long values cut.
 */
export const TrailEventItem = memo(function TrailEventItem({
  event,
  id,
  fileName,
}: {
  event: ExplainedEvent;
  id: string;
  fileName: string | null;
}) {
  const titleId = `event-${id}`;
  const accent = event.change
    ? event.change.level === "warn"
      ? "border-l-amber-500"
      : "border-l-sky-500"
    : event.error
      ? "border-l-red-400"
      : "border-l-slate-300";
  return (
    <li>
      <article
        aria-labelledby={titleId}
        className={cn("space-y-3 rounded-xl border border-l-4 border-slate-200 bg-white p-4 shadow-sm sm:p-5", accent)}
      >
        <header className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
          <div className="min-w-0 flex-1">
            <h3 id={titleId} className="font-mono text-base font-semibold text-slate-900 [overflow-wrap:anywhere]">
              {event.name === null ? "(no event name)" : displayName(event.name, 200)}
            </h3>
            <p className="mt-0.5 text-sm text-slate-600 [overflow-wrap:anywhere]">
              {event.source === null ? "no event source" : displayName(event.source, 120)}
              {event.sourceInferred && " (read from an ARN in the request)"} ·{" "}
              {event.region === null ? "no region" : displayName(event.region, 40)}
              {fileName && <> · {displayName(fileName, 80)}</>}
            </p>
          </div>
          <div className="flex flex-wrap items-center gap-1.5">
            {event.error && <Badge tone="red">Failed: {displayName(event.error.code, 60)}</Badge>}
            <Access event={event} />
          </div>
        </header>
        <dl className="space-y-2 text-sm">
          <Row term="When">
            {event.time === null ? (
              "time not recorded"
            ) : (
              <time dateTime={event.time.slice(0, 40)}>{formatEventTime(displayName(event.time, 60))}</time>
            )}
          </Row>
          <Row term="Who">
            <ActorSummary actor={event.actor} />
          </Row>
          <Row term="From">
            <span className="font-mono text-slate-900">
              {event.sourceIp === null ? "no source IP" : displayName(event.sourceIp, 120)}
            </span>
            <span className="block text-xs text-slate-600">
              {event.userAgent === null ? "no user agent" : displayName(event.userAgent, 300)}
            </span>
          </Row>
          {event.error?.message && (
            <Row term="Error">
              <span className="text-red-900">{displayName(event.error.message, 600)}</span>
            </Row>
          )}
        </dl>
        {event.change && <LoggingChange change={event.change} />}
      </article>
    </li>
  );
});
