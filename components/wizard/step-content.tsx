import { relevanceLabels } from "@/lib/diagnosis/stage-relevance";
import type { WizardStep } from "@/lib/wizard/stage-wizard";
import { FindingCard } from "../diagnosis/finding-card";
import { StatusBadge } from "../diagnosis/status-badge";

const emptyNotes: Record<string, string> = {
  overrides: "No method or route override changes this stage's logging level.",
  "unlogged-requests":
    "No custom domain of this region is left unmapped. Pick what you are missing below to see why API Gateway never logs it.",
  history:
    "No change to this stage's logging settings or to the logging role was found in the history that was collected.",
};

/** One checklist step: its status, why it matters, and every finding with evidence and fix. */
export function StepContent({ step, index, total }: { step: WizardStep; index: number; total: number }) {
  return (
    <section aria-labelledby="step-title" className="space-y-5">
      <div className="space-y-3">
        <p className="text-sm font-medium text-teal-800">
          Step {index + 1} of {total}
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <h2
            id="step-title"
            tabIndex={-1}
            className="scroll-mt-4 text-xl font-semibold tracking-tight text-slate-900 focus:outline-none"
          >
            {step.title}
          </h2>
          <StatusBadge status={step.status} size="md" />
        </div>
        <div className="rounded-lg border border-slate-200 bg-white/70 px-4 py-3">
          <h3 className="text-xs font-semibold tracking-wide text-slate-600 uppercase">Why it matters</h3>
          <p className="mt-1 text-sm leading-relaxed text-slate-700">{step.why}</p>
        </div>
        {step.notApplicable && (
          <p className="rounded-lg border border-slate-200 bg-slate-100 px-4 py-3 text-sm text-slate-800">
            <strong className="font-semibold">Not applicable to this API.</strong> {step.notApplicable}
          </p>
        )}
      </div>
      {step.findings.length > 0 ? (
        <div className="space-y-4">
          {step.findings.map((finding, i) => {
            const notCause = step.notCauses.get(finding);
            return (
              <div key={`${finding.check}-${finding.target ?? ""}-${i}`} className="space-y-1.5">
                {notCause && (
                  <p className="text-xs text-slate-600">
                    <strong className="font-semibold text-slate-800">{relevanceLabels[notCause].title}.</strong>{" "}
                    {relevanceLabels[notCause].note}
                  </p>
                )}
                <FindingCard finding={finding} />
              </div>
            );
          })}
        </div>
      ) : (
        !step.notApplicable && (
          <p className="rounded-xl border border-dashed border-slate-300 bg-white px-5 py-6 text-sm text-slate-700">
            {emptyNotes[step.slug] ?? "No check reported anything for this stage in this step."}
          </p>
        )
      )}
    </section>
  );
}
