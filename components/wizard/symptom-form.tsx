import type { Finding } from "@/lib/diagnosis/types";
import { symptomOptions } from "@/lib/wizard/symptoms";
import { FindingCard } from "../diagnosis/finding-card";
import { Button } from "../ui/button";

/**
 * "What are you missing?" as a plain GET form: the answers live in the URL (`?symptom=413&symptom=429`), so they
 * survive navigation and sharing and work without JavaScript.
 */
export function SymptomForm({ action, selected }: { action: string; selected: readonly string[] }) {
  return (
    <form method="get" action={action} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <fieldset>
        <legend className="font-semibold text-slate-900">What are you missing?</legend>
        <p className="mt-1 text-sm text-slate-600">
          Pick the requests you expected in the logs; we explain why API Gateway never logs them and where to look
          instead.
        </p>
        <div className="mt-3 grid gap-2 sm:grid-cols-2">
          {symptomOptions.map((option) => (
            <label
              key={option.name}
              className="flex cursor-pointer items-start gap-2.5 rounded-lg border border-slate-200 px-3 py-2 text-sm hover:bg-slate-50 has-[:checked]:border-teal-700 has-[:checked]:bg-teal-50"
            >
              <input
                type="checkbox"
                name="symptom"
                value={option.name}
                defaultChecked={selected.includes(option.name)}
                className="mt-0.5 size-4 accent-teal-700"
              />
              <span>
                <span className="block font-medium text-slate-900">{option.label}</span>
                <span className="block text-slate-600">{option.hint}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <Button type="submit" className="mt-4">
        Explain these
      </Button>
    </form>
  );
}

/** The question and, below it, the explanations of what the user picked. */
export function SymptomSection({
  action,
  selected,
  explanations,
}: {
  action: string;
  selected: readonly string[];
  explanations: Finding[];
}) {
  return (
    <section aria-label="What are you missing?" className="space-y-4">
      <SymptomForm action={action} selected={selected} />
      {explanations.map((finding) => (
        <FindingCard key={finding.check} finding={finding} />
      ))}
    </section>
  );
}
