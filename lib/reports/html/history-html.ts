import type { RegionTimeline } from "../../cloudtrail/types";
import { displayName, displayRegion } from "../../text/display-text";
import { html, type Markup } from "./html";

/** The CloudTrail change history of the HTML download: who changed logging settings, when and from where. */
export function historyHtml(timeline: RegionTimeline[] | null): Markup | null {
  const regions = (timeline ?? [])
    .map((region) => ({
      region: region.region,
      rows: [
        ...region.account.map((entry) => ({ subject: "account setting", entry })),
        ...region.stages.flatMap((s) =>
          s.entries.map((entry) => ({ subject: `${s.api.name} (${s.api.id}) stage ${s.stage}`, entry })),
        ),
        ...(region.role?.entries ?? []).map((entry) => ({ subject: "logging role", entry })),
      ].sort((a, b) => (a.entry.timeMs ?? 0) - (b.entry.timeMs ?? 0)),
    }))
    .filter((r) => r.rows.length > 0);
  if (regions.length === 0) return null;
  return html`<h2>Changes to logging settings (CloudTrail)</h2>
    ${regions.map(
      ({ region, rows }) =>
        html`<div class="table-wrap">
          <table aria-label="Changes in ${displayRegion(region)}">
            <caption>
              <code>${displayRegion(region)}</code>
            </caption>
            <thead>
              <tr>
                <th>Time</th>
                <th>What</th>
                <th>Change</th>
                <th>Who</th>
                <th>From</th>
              </tr>
            </thead>
            <tbody>
              ${rows.map(
                ({ subject, entry }) =>
                  html`<tr>
                    <td>${entry.time ?? "?"}</td>
                    <td>${displayName(subject, 200)}</td>
                    <td>
                      ${entry.level === "warn" ? html`<strong>${displayName(entry.summary, 400)}</strong>` : displayName(entry.summary, 400)}
                    </td>
                    <td>${displayName(entry.actor.label, 200)}</td>
                    <td>${displayName(entry.sourceIp ?? "", 80)}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>`,
    )}`;
}
