import type { Finding, Fix } from "@/lib/diagnosis/types";
import { causeLabel, checkDocs, checkTitle } from "@/lib/checks/registry";
import { displayName, revealInvisible } from "@/lib/text/display-text";
import type { CauseChange } from "@/lib/wizard/cause-change";
import { CauseChangeNote } from "./cause-change-note";
import { ContradictionNote } from "./contradiction-note";
import { EvidenceList } from "./evidence-list";
import { FixPanel } from "./fix-panel";
import { PermissionNote } from "./permission-note";
import { ExternalIcon } from "../ui/icons";
import { StatusBadge } from "./status-badge";
import { cn } from "../ui/cn";

const accent: Record<Finding["status"], string> = {
  fail: "border-l-red-500",
  warn: "border-l-amber-500",
  unknown: "border-l-violet-500",
  info: "border-l-sky-500",
  pass: "border-l-emerald-500",
};

// What is shown is what is copied: invisible characters in a crafted name appear as codes in both.
function visibleFix(fix: Fix): Fix {
  return {
    summary: revealInvisible(fix.summary),
    cli: fix.cli && revealInvisible(fix.cli),
    console: fix.console?.map(revealInvisible),
    cloudformation: fix.cloudformation && revealInvisible(fix.cloudformation),
    terraform: fix.terraform && revealInvisible(fix.terraform),
  };
}

/**
 * A finding: what is wrong (or fine), the CloudTrail change behind it when one is known, the evidence with the call it
 * came from, and the fix with real ids.
 */
export function FindingCard({
  finding,
  change,
  historyHref,
}: {
  finding: Finding;
  change?: CauseChange | null;
  historyHref?: string;
}) {
  if (finding.status === "pass") return <PassedCheck finding={finding} />;
  const docs = checkDocs(finding.check);
  const problem = finding.status === "fail" || finding.status === "warn";
  return (
    <article
      className={cn("rounded-xl border border-l-4 border-slate-200 bg-white shadow-sm", accent[finding.status])}
      data-check={finding.check}
      data-status={finding.status}
    >
      <div className="space-y-4 p-4 sm:p-5">
        <header className="flex flex-wrap items-start gap-x-3 gap-y-2">
          <StatusBadge status={finding.status} />
          <div className="min-w-0 flex-1">
            <h3 className="font-semibold text-slate-900">
              {problem ? causeLabel(finding.check) : checkTitle(finding.check)}
            </h3>
            {problem && <p className="text-xs text-slate-600">Check: {checkTitle(finding.check)}</p>}
            {finding.target && (
              <p className="mt-0.5 font-mono text-xs text-slate-700 [overflow-wrap:anywhere]">
                {displayName(finding.target, 200)}
              </p>
            )}
          </div>
          <code className="hidden font-mono text-xs text-slate-600 sm:block">{finding.check}</code>
        </header>
        <p className="text-sm leading-relaxed text-slate-800 [overflow-wrap:anywhere]">
          {displayName(finding.message, 2000)}
        </p>
        {change && <CauseChangeNote change={change} historyHref={historyHref} />}
        <ContradictionNote finding={finding} />
        <PermissionNote finding={finding} />
        <EvidenceList evidence={finding.evidence} />
        {finding.fix && (
          <div className="space-y-3">
            <h4 className="text-xs font-semibold tracking-wide text-slate-600 uppercase">
              {finding.status === "info" ? "What to do" : "How to fix it"}
            </h4>
            <p className="text-sm font-medium text-slate-900 [overflow-wrap:anywhere]">
              {revealInvisible(finding.fix.summary)}
            </p>
            <FixPanel fix={visibleFix(finding.fix)} />
          </div>
        )}
        {docs && (
          <a
            href={docs}
            target="_blank"
            rel="noreferrer"
            className="inline-flex items-center gap-1 text-sm font-medium text-teal-800 underline-offset-2 hover:underline"
          >
            AWS documentation <ExternalIcon className="size-3.5" />
            <span className="sr-only">(opens in a new tab)</span>
          </a>
        )}
      </div>
    </article>
  );
}

/** A passed check stays small: its title and message, the evidence one click away. */
function PassedCheck({ finding }: { finding: Finding }) {
  return (
    <article
      className="rounded-xl border border-l-4 border-slate-200 border-l-emerald-500 bg-white px-4 py-3 shadow-sm sm:px-5"
      data-check={finding.check}
      data-status="pass"
    >
      <div className="flex flex-wrap items-start gap-x-3 gap-y-1">
        <StatusBadge status="pass" />
        <div className="min-w-0 flex-1">
          <h3 className="font-medium text-slate-900">{checkTitle(finding.check)}</h3>
          <p className="mt-0.5 text-sm text-slate-700 [overflow-wrap:anywhere]">{displayName(finding.message, 1000)}</p>
          {finding.evidence.length > 0 && (
            <details className="mt-2 text-sm">
              <summary className="cursor-pointer font-medium text-slate-700 hover:text-slate-900">Evidence</summary>
              <div className="mt-2">
                <EvidenceList evidence={finding.evidence} />
              </div>
            </details>
          )}
        </div>
        <code className="hidden font-mono text-xs text-slate-600 sm:block">{finding.check}</code>
      </div>
    </article>
  );
}
