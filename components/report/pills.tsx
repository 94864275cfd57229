import { StatusBadge, VerdictBadge } from "@/components/diagnosis/status-badge";
import type { LogKind, Status, Verdict } from "@/lib/diagnosis/types";

// The wizard's badges, so a report reads like the wizard; the data attributes let tests and scripts read a report
// without depending on its wording.

export function StatusPill({ status }: { status: Status }) {
  return (
    <span data-status={status} className="inline-flex">
      <StatusBadge status={status} />
    </span>
  );
}

export function VerdictPill({ verdict, kind }: { verdict: Verdict; kind?: LogKind }) {
  return (
    <span data-verdict={verdict} className="inline-flex">
      <VerdictBadge verdict={verdict} kind={kind} />
    </span>
  );
}
