import { AlertIcon, CrossIcon, InfoIcon } from "@/components/ui/icons";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { displayName } from "@/lib/text/display-text";
import { plural } from "@/lib/text/format";
import { fileSummary, formatBytes } from "@/lib/trail-explainer/format";
import type { TrailFileView } from "@/lib/trail-explainer/trail-session";

/** One file or paste: its summary line as the CLI prints it, progress while it is read, and what could not be read. */
export function TrailFileCard({ file, onRemove }: { file: TrailFileView; onRemove: () => void }) {
  const name = displayName(file.name, 120);
  const reading = file.status !== "done";
  return (
    <li
      className={cn(
        "rounded-xl border bg-white p-4 shadow-sm",
        file.unreadable ? "border-red-200" : "border-slate-200",
      )}
      aria-busy={reading}
    >
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <div className="min-w-0 flex-1">
          <h3 id={`file-${file.id}`} className="font-semibold text-slate-900 [overflow-wrap:anywhere]">
            {name}
          </h3>
          <p className="mt-0.5 text-sm text-slate-700">
            {formatBytes(file.bytes)}
            {file.unreadable === null && (
              <>
                {" "}
                ·{" "}
                {reading
                  ? `${file.status === "queued" ? "waiting" : "reading"}, ${plural(file.records, "event")} so far`
                  : fileSummary(file)}
              </>
            )}
          </p>
        </div>
        <Button variant="ghost" size="sm" onClick={onRemove} aria-label={`Remove ${name}`}>
          <CrossIcon className="size-3.5" />
          {reading ? "Stop" : "Remove"}
        </Button>
      </div>
      {reading && (
        <progress
          className="mt-3 h-1.5 w-full overflow-hidden rounded-full accent-teal-700"
          max={file.bytes || 1}
          value={file.bytesRead}
          aria-label={`Reading ${name}`}
        />
      )}
      {file.unreadable !== null ? (
        <div role="alert" className="mt-3 rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900">
          <p className="font-semibold">
            Not CloudTrail records: nothing in this {file.origin === "paste" ? "text" : "file"} could be read.
          </p>
          <p className="mt-1 [overflow-wrap:anywhere]">{displayName(file.unreadable, 600)}</p>
          <p className="mt-1 text-red-800">
            Try a CloudTrail log file from S3, <code className="font-mono">aws cloudtrail lookup-events</code> output,
            or a single event.
          </p>
        </div>
      ) : (
        <Problems file={file} />
      )}
      {file.notKept > 0 && (
        <p className="mt-3 text-sm text-amber-900">
          {plural(file.notKept, "later event was", "later events were")} counted but not kept for the list: the page
          already holds as many as a tab can safely keep. Every change to logging was kept.
        </p>
      )}
    </li>
  );
}

function Problems({ file }: { file: TrailFileView }) {
  if (file.problems.length === 0) return null;
  const more = file.problemCount - file.problems.length;
  return (
    <ul className="mt-3 space-y-1.5" aria-label={`Notes on reading ${displayName(file.name, 80)}`}>
      {file.problems.map((problem, i) => {
        const error = problem.severity === "error";
        const Icon = error ? AlertIcon : InfoIcon;
        return (
          <li
            key={i}
            className={cn(
              "flex gap-2 rounded-lg px-3 py-1.5 text-sm",
              error ? "bg-red-50 text-red-900" : "bg-slate-50 text-slate-700",
            )}
          >
            <Icon className={cn("mt-0.5 size-4", error ? "text-red-700" : "text-slate-500")} />
            <span className="min-w-0 [overflow-wrap:anywhere]">
              <span className="font-medium">{error ? "Skipped: " : "Note: "}</span>
              {displayName(problem.message, 600)}
            </span>
          </li>
        );
      })}
      {more > 0 && <li className="px-3 text-sm text-slate-600">…and {plural(more, "more note")}.</li>}
    </ul>
  );
}
