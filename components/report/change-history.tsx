import type { RegionTimeline, TimelineEntry } from "@/lib/cloudtrail/types";
import { displayName, displayRegion } from "@/lib/text/display-text";

/** Rows per region on the page: the newest ones; a busy account's 90 days of changes stay in the downloads. */
const MAX_ROWS_PER_REGION = 1_000;

interface Row {
  subject: string;
  entry: TimelineEntry;
}

function rowsOf(region: RegionTimeline): Row[] {
  return [
    ...region.account.map((entry) => ({ subject: "account setting", entry })),
    ...region.stages.flatMap((s) =>
      s.entries.map((entry) => ({ subject: `${s.api.name} (${s.api.id}) stage ${s.stage}`, entry })),
    ),
    ...(region.role?.entries ?? []).map((entry) => ({ subject: "logging role", entry })),
  ].sort((a, b) => (a.entry.timeMs ?? 0) - (b.entry.timeMs ?? 0));
}

/** Who changed logging settings, when and from where, per region (CloudTrail), oldest first. */
export function ChangeHistory({ timeline }: { timeline: RegionTimeline[] }) {
  const regions = timeline
    .map((region) => {
      const rows = rowsOf(region);
      return {
        region: region.region,
        rows: rows.slice(-MAX_ROWS_PER_REGION),
        omitted: Math.max(0, rows.length - MAX_ROWS_PER_REGION),
      };
    })
    .filter((r) => r.rows.length > 0);
  if (regions.length === 0) return null;
  return (
    <section aria-labelledby="history-title" className="space-y-3">
      <h2 id="history-title" className="text-lg font-semibold text-slate-900">
        Changes to logging settings (CloudTrail)
      </h2>
      {regions.map(({ region, rows, omitted }) => (
        <div
          key={region}
          className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm print:shadow-none"
        >
          <table className="w-full text-sm" aria-label={`Changes in ${displayRegion(region)}`}>
            <caption className="px-3 pt-2 text-left font-mono text-sm font-semibold text-slate-800">
              {displayRegion(region)}
              {omitted > 0 && (
                <span className="ml-2 font-sans font-normal text-slate-600">
                  showing the newest {rows.length.toLocaleString("en-US")} of{" "}
                  {(rows.length + omitted).toLocaleString("en-US")} changes; the downloads hold all of them
                </span>
              )}
            </caption>
            <thead className="border-b border-slate-200">
              <tr className="text-left text-xs tracking-wide text-slate-600 uppercase">
                <th scope="col" className="px-3 py-2">
                  Time
                </th>
                <th scope="col" className="px-3 py-2">
                  What
                </th>
                <th scope="col" className="px-3 py-2">
                  Change
                </th>
                <th scope="col" className="px-3 py-2">
                  Who
                </th>
                <th scope="col" className="px-3 py-2">
                  From
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map(({ subject, entry }, i) => (
                <tr key={i} data-level={entry.level} className="align-top break-inside-avoid">
                  <td className="px-3 py-2 font-mono text-xs whitespace-nowrap">
                    {entry.time === null || entry.time === undefined ? "?" : displayName(entry.time, 40)}
                  </td>
                  <td className="px-3 py-2 [overflow-wrap:anywhere]">{displayName(subject, 120)}</td>
                  <td
                    className={`px-3 py-2 [overflow-wrap:anywhere] ${entry.level === "warn" ? "font-medium text-red-800" : ""}`}
                  >
                    {displayName(entry.summary, 300)}
                  </td>
                  <td className="px-3 py-2 [overflow-wrap:anywhere]">{displayName(entry.actor.label, 120)}</td>
                  <td className="px-3 py-2 font-mono text-xs [overflow-wrap:anywhere]">
                    {displayName(entry.sourceIp ?? "", 60)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
