import type { Evidence } from "@/lib/diagnosis/types";
import { formatValue, revealInvisible, shorten } from "@/lib/text/display-text";

/** Each piece of evidence: the exact field and value, and the AWS call it was read from. */
export function EvidenceList({ evidence }: { evidence: Evidence[] }) {
  if (evidence.length === 0) return null;
  return (
    <div>
      <h4 className="text-xs font-semibold tracking-wide text-slate-600 uppercase">Evidence</h4>
      <ul className="mt-2 space-y-2">
        {evidence.map((item, i) => (
          <li key={i} className="rounded-lg border border-slate-200 bg-slate-50 px-3 py-2">
            <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-0.5">
              <code className="min-w-0 font-mono text-[13px] font-medium text-slate-900 [overflow-wrap:anywhere]">
                {shorten(revealInvisible(item.field), 300)}
              </code>
              <span className="text-xs text-slate-600">
                from <code className="font-mono">{shorten(revealInvisible(item.call), 120)}</code>
              </span>
            </div>
            <pre
              tabIndex={0}
              aria-label={`Value of ${shorten(item.field, 80)}`}
              className="mt-1.5 max-h-64 overflow-y-auto rounded-md bg-white px-2.5 py-1.5 font-mono text-[13px] whitespace-pre-wrap text-slate-900 ring-1 ring-slate-200 [overflow-wrap:anywhere] focus-visible:outline-2 focus-visible:outline-teal-700"
            >
              {formatValue(item.value)}
            </pre>
          </li>
        ))}
      </ul>
    </div>
  );
}
