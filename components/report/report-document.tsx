import type { RegionTimeline } from "@/lib/cloudtrail/types";
import { displayName, displayRegion } from "@/lib/text/display-text";
import { boundedView, omittedNote, PAGE_LIMITS } from "@/lib/reports/bounded-view";
import type { ReportView } from "@/lib/reports/report-view";
import { regionAnchor, stageAnchor } from "./anchors";
import { ChangeHistory } from "./change-history";
import { FindingBlock } from "./finding-block";
import { stageLogPlaces, type StageLogFacts } from "@/lib/diagnosis/stage-log-places";
import { LogPlaces } from "../diagnosis/log-places";
import { StageSection } from "./stage-section";
import { VerdictTable } from "./verdict-table";

/** The body of a report: verdicts first, then region-wide problems, problems of whole APIs, each stage, history. */
export function ReportDocument({
  view: whole,
  timeline,
  redacted,
  logs = null,
  capturedAt,
}: {
  view: ReportView;
  timeline: RegionTimeline[] | null;
  redacted: boolean;
  /** Every stage's log places (lib/diagnosis/stage-log-places), when the report kept them. */
  logs?: readonly StageLogFacts[] | null;
  capturedAt?: string;
}) {
  const { view, omitted } = boundedView(whole);
  // Stages with a section show their places there; the rest (healthy ones above all) get theirs here.
  const sectioned = new Set(view.stages.map((s) => `${s.region}/${s.api.id}/${s.stage.name}`));
  const shown = new Set(view.rows.flatMap((r) => (r.stage ? [`${r.region}/${r.api.id}/${r.stage.name}`] : [])));
  const quiet = (logs ?? [])
    .filter(
      (s) => shown.has(`${s.region}/${s.apiId}/${s.stage}`) && !sectioned.has(`${s.region}/${s.apiId}/${s.stage}`),
    )
    .slice(0, PAGE_LIMITS.stages);
  const regionAnchors = new Map(view.regions.map((r, i) => [r.region, regionAnchor(i)]));
  return (
    <div className="space-y-10">
      <section aria-labelledby="verdicts-title" className="space-y-3">
        <h2 id="verdicts-title" className="text-lg font-semibold text-slate-900">
          Verdicts
        </h2>
        <VerdictTable view={view} />
        <OmittedNote text={omittedNote(view.rows.length, omitted.rows, "verdict rows")} />
      </section>

      {view.regions.map(({ region, findings }, i) => (
        <section
          key={region}
          id={regionAnchor(i)}
          aria-labelledby={`${regionAnchor(i)}-title`}
          className="space-y-3"
          data-region-section={region}
        >
          <h2 id={`${regionAnchor(i)}-title`} className="text-lg font-semibold text-slate-900">
            {displayRegion(region)}: region-wide problems
          </h2>
          <p className="text-sm text-slate-600">
            These affect every REST and WebSocket API of the region, so they come first.
          </p>
          {findings.map((finding, j) => (
            <FindingBlock key={j} finding={finding} redacted={redacted} />
          ))}
        </section>
      ))}

      {view.apis.map(({ region, api, findings }) => (
        <section
          key={`${region}/${api.id}`}
          aria-label={`API ${displayName(api.id, 40)} in ${displayRegion(region)}`}
          className="space-y-3"
        >
          <h2 className="text-lg font-semibold text-slate-900 [overflow-wrap:anywhere]">
            {displayName(api.name, 80)} ({displayName(api.id, 40)}), {displayRegion(region)}
          </h2>
          {findings.map((finding, j) => (
            <FindingBlock key={j} finding={finding} redacted={redacted} />
          ))}
        </section>
      ))}
      <OmittedNote text={omittedNote(view.apis.length, omitted.apis, "APIs with problems of their own")} />

      {view.stages.length > 0 && (
        <div className="space-y-8">
          <h2 className="text-lg font-semibold text-slate-900">Causes and fixes per stage</h2>
          {view.stages.map((section, i) => (
            <StageSection
              key={i}
              section={section}
              anchor={stageAnchor(i)}
              regionAnchor={regionAnchors.get(section.region)}
              redacted={redacted}
              logs={logs}
              capturedAt={capturedAt}
            />
          ))}
        </div>
      )}
      <OmittedNote text={omittedNote(view.stages.length, omitted.stages, "stages with causes or notes")} />

      {quiet.length > 0 && (
        <section aria-labelledby="quiet-logs-title" className="space-y-6" data-testid="quiet-stage-logs">
          <h2 id="quiet-logs-title" className="text-lg font-semibold text-slate-900">
            Where the logs are for the other stages
          </h2>
          {quiet.map((facts, i) => (
            <div key={i} className="space-y-2" data-api={facts.apiId} data-stage={facts.stage}>
              <h3 className="text-base font-semibold text-slate-900 [overflow-wrap:anywhere]">
                <span className="font-mono text-sm">{displayName(facts.apiId, 40)}</span> · stage{" "}
                <span className="font-mono">{displayName(facts.stage, 80)}</span> · {displayRegion(facts.region)}
              </h3>
              <LogPlaces
                places={stageLogPlaces(facts)}
                capturedAt={capturedAt ?? new Date(facts.capturedAtMs).toISOString()}
                headingLevel={3}
                id={`quiet-logs-${i}`}
              />
            </div>
          ))}
        </section>
      )}

      {view.global.length > 0 && (
        <section aria-labelledby="never-logged-title" className="space-y-3">
          <h2 id="never-logged-title" className="text-lg font-semibold text-slate-900">
            Requests API Gateway never logs
          </h2>
          {view.global.map((finding, j) => (
            <FindingBlock key={j} finding={finding} redacted={redacted} />
          ))}
        </section>
      )}

      {timeline && <ChangeHistory timeline={timeline} />}
    </div>
  );
}

function OmittedNote({ text }: { text: string | null }) {
  return text ? (
    <p className="rounded-lg border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900" role="note">
      {text}
    </p>
  ) : null;
}
