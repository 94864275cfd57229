import Link from "next/link";
import type { CauseChange } from "@/lib/wizard/cause-change";
import { displayName } from "@/lib/text/display-text";
import { formatUtc } from "@/lib/text/format";
import { HistoryIcon } from "../ui/icons";

/** Who made the change behind a cause, and when: the first thing a paged engineer asks after "what is wrong". */
export function CauseChangeNote({ change, historyHref }: { change: CauseChange; historyHref?: string }) {
  return (
    <div
      className="flex gap-2 rounded-lg border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-950"
      data-cause-change
    >
      <HistoryIcon className="mt-0.5 size-4 shrink-0" />
      <p className="min-w-0 [overflow-wrap:anywhere]">
        <strong className="font-semibold">Changed by {displayName(change.actor, 200)}</strong>
        {change.time ? (
          <>
            {" "}
            on <time dateTime={change.time}>{formatUtc(change.time)}</time>
          </>
        ) : (
          " (time not recorded)"
        )}{" "}
        with <code className="font-mono text-xs">{displayName(change.eventName, 60)}</code>:{" "}
        {displayName(change.description, 400)}.
        {change.actorArn && <span className="block font-mono text-xs">{displayName(change.actorArn, 200)}</span>}
        {historyHref && (
          <Link href={historyHref} className="mt-1 block font-medium underline underline-offset-2">
            See the change timeline
          </Link>
        )}
      </p>
    </div>
  );
}
