import { verdictExplanations } from "@/lib/diagnosis/labels";
import type { Verdict } from "@/lib/diagnosis/types";
import { VerdictBadge } from "../diagnosis/status-badge";

const order: Verdict[] = ["missing", "partial", "unknown", "expected", "delivered", "not-supported"];

export function VerdictLegend() {
  return (
    <details className="rounded-xl border border-slate-200 bg-white px-4 py-3 text-sm shadow-sm">
      <summary className="cursor-pointer font-medium text-slate-800">What the verdicts mean</summary>
      <dl className="mt-3 grid gap-2 sm:grid-cols-2">
        {order.map((verdict) => (
          <div key={verdict} className="flex items-start gap-3">
            <dt className="w-28 shrink-0">
              <VerdictBadge verdict={verdict} />
            </dt>
            <dd className="text-slate-700">{verdictExplanations[verdict]}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
