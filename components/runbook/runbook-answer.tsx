import { displayName } from "@/lib/text/display-text";
import type { StageAnswer, Tone } from "@/lib/runbook/headline";
import { cn } from "@/components/ui/cn";
import { VerdictPill } from "../report/pills";

const tones: Record<Tone, string> = {
  flowing: "border-emerald-300 bg-emerald-50 text-emerald-900",
  missing: "border-red-300 bg-red-50 text-red-900",
  partial: "border-amber-300 bg-amber-50 text-amber-950",
  unknown: "border-violet-300 bg-violet-50 text-violet-900",
  quiet: "border-sky-300 bg-sky-50 text-sky-900",
};

/** The runbook's first answer, in large type: are the logs flowing, and if not, because of what. */
export function RunbookAnswer({
  answers,
  overall,
}: {
  answers: StageAnswer[];
  overall: { tone: Tone; title: string };
}) {
  return (
    <section
      aria-labelledby="answer-title"
      className={cn("space-y-4 rounded-xl border-2 p-4 sm:p-6", tones[overall.tone])}
      data-tone={overall.tone}
    >
      <h2 id="answer-title" className="text-2xl font-bold tracking-tight [overflow-wrap:anywhere] sm:text-4xl">
        {overall.title}
      </h2>
      {answers.map(({ api, stage, title, kinds, tone }) => (
        <div key={`${api.id}/${stage.name}`} className="space-y-2" data-stage={stage.name} data-tone={tone}>
          {answers.length > 1 && (
            <h3 className="text-lg font-semibold [overflow-wrap:anywhere] sm:text-xl">
              Stage <span className="font-mono">{displayName(stage.name, 80)}</span>: {title}
            </h3>
          )}
          <ul className="space-y-1.5 text-base">
            {kinds.map((kind) => (
              <li key={kind.kind} className="flex flex-wrap items-baseline gap-x-2 text-slate-900">
                <span className="font-medium">{kind.kind === "execution" ? "Execution logs" : "Access logs"}</span>
                <VerdictPill verdict={kind.verdict} kind={kind.kind} />
                <span className="min-w-0 flex-1 [overflow-wrap:anywhere]">
                  {kind.because ? <>because {displayName(kind.because.message, 600)}</> : kind.explanation}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
