import Link from "next/link";
import type { WizardStep } from "@/lib/wizard/stage-wizard";
import { AlertIcon, CheckIcon, CrossIcon, InfoIcon, MinusIcon, QuestionIcon } from "../ui/icons";
import { statusLabel } from "../diagnosis/status-badge";
import { cn } from "../ui/cn";

const dot: Record<WizardStep["status"], { className: string; Icon: (p: { className?: string }) => React.ReactNode }> = {
  fail: { className: "bg-red-600 text-white", Icon: CrossIcon },
  warn: { className: "bg-amber-400 text-amber-950", Icon: AlertIcon },
  unknown: { className: "bg-violet-600 text-white", Icon: QuestionIcon },
  info: { className: "bg-sky-600 text-white", Icon: InfoIcon },
  pass: { className: "bg-emerald-600 text-white", Icon: CheckIcon },
  clear: { className: "bg-emerald-100 text-emerald-800", Icon: CheckIcon },
  "not-applicable": { className: "bg-slate-200 text-slate-600", Icon: MinusIcon },
};

/** The checklist as a progress header: every step with its status, the current one marked; each links to its step. */
export function WizardProgress({
  steps,
  current,
  hrefOf,
}: {
  steps: WizardStep[];
  current: string | null;
  hrefOf: (slug: string) => string;
}) {
  return (
    <nav aria-label="Checklist steps">
      <ol className="grid grid-cols-2 gap-1.5 sm:grid-cols-4 lg:grid-cols-8">
        {steps.map((step, index) => {
          const active = step.slug === current;
          const { className, Icon } = dot[step.status];
          return (
            <li key={step.slug} className="min-w-0">
              <Link
                href={hrefOf(step.slug)}
                aria-current={active ? "step" : undefined}
                className={cn(
                  "flex h-full flex-col gap-1 rounded-lg border px-2.5 py-2 text-left text-sm transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-teal-700",
                  active
                    ? "border-teal-700 bg-teal-50 ring-1 ring-teal-700"
                    : "border-slate-200 bg-white hover:border-slate-300 hover:bg-slate-50",
                )}
              >
                <span className="flex items-center gap-2">
                  <span className={cn("flex size-5 shrink-0 items-center justify-center rounded-full", className)}>
                    <Icon className="size-3" />
                  </span>
                  <span className="text-xs text-slate-600">Step {index + 1}</span>
                </span>
                <span className={cn("leading-tight font-medium", active ? "text-teal-900" : "text-slate-800")}>
                  {step.short}
                  <span className="sr-only">: {statusLabel(step.status)}</span>
                </span>
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
