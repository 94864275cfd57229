import type { Evidence } from "@/lib/diagnosis/types";
import { displayName } from "@/lib/text/display-text";

function valueText(value: unknown): string {
  return typeof value === "string"
    ? value
    : value === undefined
      ? "(absent)"
      : (JSON.stringify(value, null, 2) ?? String(value));
}

/** The exact fields and values a finding rests on, and the AWS call each came from; folded on screen, open in print. */
export function EvidenceList({ evidence }: { evidence: Evidence[] }) {
  if (evidence.length === 0) return null;
  return (
    <details className="report-evidence text-sm">
      <summary className="cursor-pointer font-medium text-slate-700 hover:text-slate-900">
        Evidence ({evidence.length})
      </summary>
      <ul className="mt-2 space-y-2">
        {evidence.map((item, i) => (
          <li key={i} className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2">
            <p className="flex flex-wrap justify-between gap-x-4">
              <code className="font-mono text-[13px] font-medium [overflow-wrap:anywhere]">
                {displayName(item.field, 300)}
              </code>
              <span className="text-xs text-slate-600">
                from <code className="font-mono">{displayName(item.call, 120)}</code>
              </span>
            </p>
            <pre className="mt-1 max-h-64 overflow-auto font-mono text-[13px] whitespace-pre-wrap text-slate-900 [overflow-wrap:anywhere] print:max-h-none">
              {displayName(valueText(item.value), 4000)}
            </pre>
          </li>
        ))}
      </ul>
    </details>
  );
}
