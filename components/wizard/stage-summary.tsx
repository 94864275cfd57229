import Link from "next/link";
import { verdictExplanations } from "@/lib/diagnosis/labels";
import { permissionToAsk } from "@/lib/diagnosis/permission-to-ask";
import { relevanceLabels } from "@/lib/diagnosis/stage-relevance";
import type { Finding, LogVerdict } from "@/lib/diagnosis/types";
import { causeLabel } from "@/lib/checks/registry";
import type { CauseChange } from "@/lib/wizard/cause-change";
import { stepOfCheck } from "@/lib/wizard/steps";
import { FindingCard } from "../diagnosis/finding-card";
import { LogPlaces } from "../diagnosis/log-places";
import type { LogPlace } from "@/lib/diagnosis/stage-log-places";
import { ChevronRightIcon } from "../ui/icons";
import { StatusBadge, VerdictBadge } from "../diagnosis/status-badge";

function VerdictCard({ kind, verdict }: { kind: string; verdict: LogVerdict }) {
  return (
    <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex items-center justify-between gap-2">
        <h3 className="font-semibold text-slate-900">{kind} logs</h3>
        <VerdictBadge verdict={verdict.verdict} size="md" />
      </div>
      <p className="mt-2 text-sm text-slate-700">{capitalize(verdictExplanations[verdict.verdict])}.</p>
      {verdict.causes.length > 0 && (
        <p className="mt-2 text-sm text-slate-600">Because of: {verdict.causes.map(causeLabel).join("; ")}.</p>
      )}
    </div>
  );
}

/** The stage at a glance: both verdicts, the root cause with its fix, other causes and what could not be checked. */
const capitalize = (text: string) => `${text[0].toUpperCase()}${text.slice(1)}`;

export function StageSummary({
  execution,
  access,
  causes,
  unknowns,
  context,
  hygiene,
  hrefOf,
  walk,
  logs,
  changeOf = () => null,
}: {
  execution: LogVerdict;
  access: LogVerdict;
  causes: Finding[];
  unknowns: Finding[];
  /** Region-wide problems that are not causes of this stage's verdicts. */
  context: Finding[];
  /** The stage's own problems no verdict rests on. */
  hygiene: Finding[];
  hrefOf: (step: string) => string;
  walk: React.ReactNode;
  /** Where the stage's logs are (null: the analysis kept no log places), shown first when nothing is wrong. */
  logs: { places: LogPlace[]; capturedAt: string } | null;
  /** The CloudTrail change behind a cause, when the history names one. */
  changeOf?: (cause: Finding) => CauseChange | null;
}) {
  const historyHref = hrefOf("history");
  const [root, ...others] = causes;
  const places = logs && <LogPlaces places={logs.places} capturedAt={logs.capturedAt} />;
  return (
    <div className="space-y-8">
      <section id="root-cause" aria-labelledby="root-cause-title" className="scroll-mt-6 space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="root-cause-title" className="text-lg font-semibold text-slate-900">
            {root ? "Root cause and fix" : "No cause found"}
          </h2>
          {walk}
        </div>
        {root ? (
          <FindingCard finding={root} change={changeOf(root)} historyHref={historyHref} />
        ) : (
          <p className="rounded-xl border border-slate-200 bg-white px-5 py-4 text-sm text-slate-700 shadow-sm">
            No check failed or warned for this stage. Walk the checklist to see each check&apos;s evidence.
          </p>
        )}
      </section>
      {!root && places}
      <section aria-labelledby="verdicts" className="space-y-3">
        <h2 id="verdicts" className="text-lg font-semibold text-slate-900">
          Verdicts
        </h2>
        <div className="grid gap-3 md:grid-cols-2">
          <VerdictCard kind="Execution" verdict={execution} />
          <VerdictCard kind="Access" verdict={access} />
        </div>
      </section>
      {root && places}
      <OtherCauses causes={others} hrefOf={hrefOf} changeOf={changeOf} historyHref={historyHref} />
      <FindingList id="could-not-check" title="Could not check" findings={unknowns} hrefOf={hrefOf} />
      <FindingList
        id="region-context"
        title={relevanceLabels.context.title}
        note={relevanceLabels.context.note}
        findings={context}
        hrefOf={hrefOf}
      />
      <FindingList
        id="hygiene"
        title={relevanceLabels.hygiene.title}
        note={relevanceLabels.hygiene.note}
        findings={hygiene}
        hrefOf={hrefOf}
      />
    </div>
  );
}

/** Every other cause in full, fix included: a stage with three fails needs three fixes, not one and two links. */
function OtherCauses({
  causes,
  hrefOf,
  changeOf,
  historyHref,
}: {
  causes: Finding[];
  hrefOf: (step: string) => string;
  changeOf: (cause: Finding) => CauseChange | null;
  historyHref: string;
}) {
  if (causes.length === 0) return null;
  return (
    <section aria-labelledby="other-causes" className="space-y-3">
      <h2 id="other-causes" className="text-lg font-semibold text-slate-900">
        Other causes
      </h2>
      {causes.map((cause, i) => {
        const step = stepOfCheck(cause.check);
        return (
          <div key={i} className="space-y-1.5">
            {step && (
              <Link
                href={hrefOf(step.slug)}
                className="inline-flex items-center gap-0.5 text-sm font-medium text-teal-800 hover:underline"
              >
                Step: {step.short} <span className="sr-only">, for {causeLabel(cause.check)}</span>
                <ChevronRightIcon className="size-3.5" />
              </Link>
            )}
            <FindingCard finding={cause} change={changeOf(cause)} historyHref={historyHref} />
          </div>
        );
      })}
    </section>
  );
}

/** One labelled list of findings, each linking to its step; nothing when empty. */
function FindingList({
  id,
  title,
  note,
  findings,
  hrefOf,
}: {
  id: string;
  title: string;
  note?: string;
  findings: Finding[];
  hrefOf: (step: string) => string;
}) {
  if (findings.length === 0) return null;
  return (
    <section aria-labelledby={id} className="space-y-3">
      <div>
        <h2 id={id} className="text-lg font-semibold text-slate-900">
          {title}
        </h2>
        {note && <p className="text-sm text-slate-600">{note}</p>}
      </div>
      <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white shadow-sm">
        {findings.map((finding, i) => {
          const step = stepOfCheck(finding.check);
          const ask = permissionToAsk(finding);
          return (
            <li key={i} className="flex flex-wrap items-center gap-3 px-4 py-3">
              <StatusBadge status={finding.status} />
              <span className="min-w-[12rem] flex-1 font-medium text-slate-900">
                {causeLabel(finding.check)}
                {ask && (
                  <span className="block text-xs font-normal text-slate-600">
                    Ask for <code className="font-mono">{ask.action}</code>
                  </span>
                )}
              </span>
              {step && (
                <Link
                  href={hrefOf(step.slug)}
                  className="inline-flex items-center gap-0.5 text-sm font-medium text-teal-800 hover:underline"
                >
                  {step.short} <span className="sr-only">step for {causeLabel(finding.check)}</span>
                  <ChevronRightIcon className="size-3.5" />
                </Link>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
