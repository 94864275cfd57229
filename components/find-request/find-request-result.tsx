import type { FindRequestResult, KindStatus } from "@/lib/find-request/find-request";
import { cn } from "@/components/ui/cn";
import { formatUtc } from "@/lib/text/format";
import { LogLine } from "./log-line";

const statusText: Record<KindStatus, string> = {
  found: "Found",
  absent: "Not found",
  "stopped-early": "Not found (search stopped early)",
  "could-not-search": "Could not search",
  "not-searchable": "Cannot be searched",
  "not-searched": "Not searched",
};

const statusTone: Record<KindStatus, string> = {
  found: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  absent: "bg-amber-50 text-amber-900 ring-amber-200",
  "stopped-early": "bg-amber-50 text-amber-900 ring-amber-200",
  "could-not-search": "bg-red-50 text-red-800 ring-red-200",
  "not-searchable": "bg-slate-100 text-slate-700 ring-slate-200",
  "not-searched": "bg-slate-100 text-slate-700 ring-slate-200",
};

/** Where the request is and is not, per log kind, with find-request's reasons. */
export function FindRequestResultView({ result, note }: { result: FindRequestResult; note: string }) {
  const foundIn = result.kinds.filter((k) => k.status === "found").map((k) => k.label.toLowerCase());
  return (
    <div className="space-y-3" aria-live="polite">
      <p className="font-semibold text-slate-900" data-testid="find-request-verdict">
        {result.found ? `Found in ${foundIn.join(" and ")}` : "Not found in any log of this stage"}
      </p>
      <p className="text-xs text-slate-600 wrap-anywhere">
        Request {result.requestId}
        {result.window && ` · searched ${formatUtc(result.window.start)} to ${formatUtc(result.window.end)}`}
      </p>
      <ul className="space-y-3">
        {result.kinds.map((kind) => (
          <li
            key={kind.kind}
            className="rounded-lg border border-slate-200 p-3"
            data-log-kind={kind.kind}
            data-status={kind.status}
          >
            <p className="flex flex-wrap items-center gap-2">
              <span className="font-medium text-slate-900">{kind.label}</span>
              <span
                className={cn(
                  "rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset",
                  statusTone[kind.status],
                )}
              >
                {statusText[kind.status]}
              </span>
            </p>
            {kind.logGroupName && (
              <p className="mt-1 text-xs text-slate-600 wrap-anywhere">log group {kind.logGroupName}</p>
            )}
            {kind.lines.length > 0 && (
              <ul className="mt-2 space-y-2">
                {kind.lines.slice(0, 20).map((line, i) => (
                  <LogLine key={i} line={line} />
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
        ))}
      </ul>
      {result.elsewhere.length > 0 && (
        <div>
          <p className="text-sm font-medium text-slate-900">Where else it may be</p>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-slate-700">
            {result.elsewhere.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      )}
      <p className="text-xs text-slate-500">{note}</p>
    </div>
  );
}
