import { causeLabel } from "@/lib/checks/registry";
import { apiTypeLabels } from "@/lib/diagnosis/labels";
import { displayName, displayRegion } from "@/lib/text/display-text";
import type { ReportView } from "@/lib/reports/report-view";
import { stageAnchors } from "./anchors";
import { VerdictPill } from "./pills";

const th = "px-3 py-2 text-left text-xs font-semibold tracking-wide text-slate-600 uppercase";
const td = "px-3 py-2 align-top";

/** Every API stage of the report with its two verdicts and the first cause, linking to the stage's section. */
export function VerdictTable({ view }: { view: ReportView }) {
  const anchors = stageAnchors(view);
  return (
    // `relative`: the cells' sr-only labels are absolutely positioned; without a positioned scroll box they escape it
    // and widen the page at 390 px.
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm print:shadow-none">
      <table className="w-full text-sm" aria-label="Verdicts per API stage">
        <thead className="border-b border-slate-200 bg-slate-50">
          <tr>
            <th scope="col" className={th}>
              Region
            </th>
            <th scope="col" className={th}>
              API
            </th>
            <th scope="col" className={th}>
              Type
            </th>
            <th scope="col" className={th}>
              Stage
            </th>
            <th scope="col" className={th}>
              Execution logs
            </th>
            <th scope="col" className={th}>
              Access logs
            </th>
            <th scope="col" className={th}>
              First cause
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {view.rows.map(({ region, api, stage, firstCause }, i) => {
            const anchor = stage && anchors.get(`${region}\u0000${api.id}\u0000${stage.name}`);
            return (
              <tr
                key={i}
                data-region={region}
                data-api={api.id}
                data-stage={stage?.name ?? ""}
                className="break-inside-avoid"
              >
                <td className={`${td} font-mono text-xs whitespace-nowrap`}>{displayRegion(region)}</td>
                <td className={`${td} [overflow-wrap:anywhere]`}>
                  {displayName(api.name, 80)}{" "}
                  <span className="font-mono text-xs text-slate-600">({displayName(api.id, 40)})</span>
                </td>
                <td className={td}>{apiTypeLabels[api.type]}</td>
                <td className={`${td} min-w-28 font-mono text-xs [overflow-wrap:anywhere]`}>
                  {stage ? displayName(stage.name, 80) : "—"}
                </td>
                {stage ? (
                  <>
                    <td className={td}>
                      <VerdictPill verdict={stage.execution.verdict} kind="execution" />
                    </td>
                    <td className={td}>
                      <VerdictPill verdict={stage.access.verdict} kind="access" />
                    </td>
                  </>
                ) : (
                  <td className={`${td} text-slate-600`} colSpan={2}>
                    stages could not be read
                  </td>
                )}
                <td className={td}>
                  {firstCause &&
                    (anchor ? (
                      <a
                        href={`#${anchor}`}
                        data-check={firstCause}
                        className="text-teal-800 underline underline-offset-2"
                      >
                        {causeLabel(firstCause)}
                      </a>
                    ) : (
                      <span data-check={firstCause}>{causeLabel(firstCause)}</span>
                    ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
