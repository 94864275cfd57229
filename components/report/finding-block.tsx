import type { Finding } from "@/lib/diagnosis/types";
import { checkDocs, findingTitle } from "@/lib/checks/registry";
import { displayName } from "@/lib/text/display-text";
import { ContradictionNote } from "@/components/diagnosis/contradiction-note";
import { cn } from "@/components/ui/cn";
import { EvidenceList } from "./evidence-list";
import { FixBlock } from "./fix-block";
import { StatusPill } from "./pills";

const accents: Record<Finding["status"], string> = {
  fail: "border-l-red-500",
  warn: "border-l-amber-500",
  unknown: "border-l-violet-500",
  info: "border-l-sky-500",
  pass: "border-l-emerald-500",
};

/** One finding as a report shows it: what is wrong, in which check, the evidence and the fix. */
export function FindingBlock({
  finding,
  redacted,
  className,
}: {
  finding: Finding;
  redacted: boolean;
  className?: string;
}) {
  const link = checkDocs(finding.check);
  return (
    <article
      data-check={finding.check}
      data-status={finding.status}
      className={cn(
        "report-finding space-y-3 rounded-lg border border-l-4 border-slate-200 bg-white p-4 shadow-sm print:shadow-none",
        accents[finding.status],
        className,
      )}
    >
      <header className="flex flex-wrap items-start gap-x-3 gap-y-1">
        <StatusPill status={finding.status} />
        <div className="min-w-0 flex-1">
          <p className="text-sm font-semibold text-slate-900">{findingTitle(finding)}</p>
          <p data-message className="mt-0.5 text-sm leading-relaxed text-slate-900 [overflow-wrap:anywhere]">
            {displayName(finding.message, 2000)}
          </p>
          <p className="mt-0.5 text-xs text-slate-600">
            Check <code className="font-mono">{finding.check}</code>
            {finding.target && (
              <>
                {" · "}
                <span className="font-mono [overflow-wrap:anywhere]">{displayName(finding.target, 200)}</span>
              </>
            )}
          </p>
        </div>
      </header>
      <ContradictionNote finding={finding} />
      <EvidenceList evidence={finding.evidence} />
      {finding.fix && finding.status !== "pass" && <FixBlock fix={finding.fix} redacted={redacted} />}
      {link && (
        <a
          href={link}
          target="_blank"
          rel="noreferrer"
          className="inline-block text-sm font-medium text-teal-800 underline-offset-2 hover:underline"
        >
          AWS documentation<span className="sr-only"> for {finding.check} (opens in a new tab)</span>
        </a>
      )}
    </article>
  );
}
