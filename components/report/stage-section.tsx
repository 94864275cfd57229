import { causeLabel } from "@/lib/checks/registry";
import { apiTypeLabels } from "@/lib/diagnosis/labels";
import { displayName, displayRegion } from "@/lib/text/display-text";
import type { StageSection as Section } from "@/lib/reports/report-view";
import { findStageLogs, stageLogPlaces, type StageLogFacts } from "@/lib/diagnosis/stage-log-places";
import { LogPlaces } from "../diagnosis/log-places";
import { FindingBlock } from "./finding-block";
import { StatusPill, VerdictPill } from "./pills";

/** A stage's verdicts, then its causes in checklist order, then what else was found about it. */
export function StageSection({
  section,
  anchor,
  regionAnchor,
  redacted,
  logs,
  capturedAt,
}: {
  section: Section;
  anchor: string;
  regionAnchor: string | undefined;
  redacted: boolean;
  /** Every stage's log places, when the report kept them. */
  logs?: readonly StageLogFacts[] | null;
  capturedAt?: string;
}) {
  const { api, stage, region, causes, notes } = section;
  const facts = findStageLogs(logs, region, api.id, stage.name);
  return (
    <section
      id={anchor}
      aria-labelledby={`${anchor}-title`}
      data-api={api.id}
      data-stage={stage.name}
      className="space-y-3 break-inside-avoid-page"
    >
      <h3 id={`${anchor}-title`} className="text-base font-semibold text-slate-900 [overflow-wrap:anywhere]">
        {apiTypeLabels[api.type]} {displayName(api.name, 80)}{" "}
        <span className="font-mono text-sm text-slate-600">({displayName(api.id, 40)})</span> · stage{" "}
        <span className="font-mono">{displayName(stage.name, 80)}</span> · {displayRegion(region)}
      </h3>
      <p className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-700">
        <span>
          Execution logs <VerdictPill verdict={stage.execution.verdict} />
        </span>
        <span>
          Access logs <VerdictPill verdict={stage.access.verdict} />
        </span>
      </p>
      {facts && (
        <LogPlaces
          places={stageLogPlaces(facts)}
          capturedAt={capturedAt ?? new Date(facts.capturedAtMs).toISOString()}
          headingLevel={3}
          id={`${anchor}-logs`}
        />
      )}
      {causes.length > 0 && (
        <ol className="space-y-3" aria-label="Causes, in checklist order">
          {causes.map((finding, i) =>
            finding.api === null ? (
              <li
                key={i}
                className="flex flex-wrap items-center gap-2 rounded-lg border border-dashed border-slate-300 px-4 py-2 text-sm text-slate-700"
              >
                <StatusPill status={finding.status} />{" "}
                <span className="font-medium text-slate-900">{causeLabel(finding.check)}</span> — a region-wide cause,
                {regionAnchor ? (
                  <a href={`#${regionAnchor}`} className="text-teal-800 underline">
                    see {displayRegion(region)} above
                  </a>
                ) : (
                  <span>see {displayRegion(region)} above</span>
                )}
              </li>
            ) : (
              <li key={i}>
                <FindingBlock finding={finding} redacted={redacted} />
              </li>
            ),
          )}
        </ol>
      )}
      {notes.length > 0 && (
        <div className="space-y-3">
          <h4 className="text-sm font-semibold text-slate-700">
            Also found (not causes of this stage&apos;s missing logs)
          </h4>
          {notes.map((finding, i) => (
            <FindingBlock key={i} finding={finding} redacted={redacted} />
          ))}
        </div>
      )}
    </section>
  );
}
