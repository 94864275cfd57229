import { Badge, type BadgeTone } from "@/components/ui/badge";
import { statusLabels, verdictLabels } from "@/lib/diagnosis/labels";
import type { LogKind, Status, Verdict } from "@/lib/diagnosis/types";

const statusTones: Record<Status, BadgeTone> = { fail: "red", warn: "amber", unknown: "violet", info: "sky", pass: "green" };
const verdictTones: Record<Verdict, BadgeTone> = { missing: "red", partial: "amber", unknown: "violet", delivered: "green", expected: "sky", "not-supported": "slate" };

/** A finding's status in words (FAIL, WARN, COULD NOT CHECK…), never colour alone. */
export function StatusPill({ status }: { status: Status }) {
  return (
    <Badge tone={statusTones[status]} data-status={status}>
      {statusLabels[status]}
    </Badge>
  );
}

/** A verdict in words; `kind` names the log kind for screen readers where the column header is not read. */
export function VerdictPill({ verdict, kind }: { verdict: Verdict; kind?: LogKind }) {
  return (
    <Badge tone={verdictTones[verdict]} data-verdict={verdict}>
      {kind && <span className="sr-only">{kind} logs: </span>}
      {verdictLabels[verdict]}
    </Badge>
  );
}
