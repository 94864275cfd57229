import type { TimelineEntry } from "../cloudtrail/types";
import { statusLabels } from "../diagnosis/labels";
import { contradictionNote } from "../diagnosis/contradiction";
import type { Finding } from "../diagnosis/types";
import { markdownCode, markdownText, markdownUrl } from "../render/escape";
import { renderMarkdown } from "../render/markdown";
import type { Report } from "./report";
import { reportView } from "./report-view";

/**
 * The Markdown export: the CLI's Markdown report (`renderMarkdown`), then what a saved report adds — the stage
 * warnings that are not verdict causes (which the page shows too), the CloudTrail change history, and where the
 * report came from.
 */
export function reportMarkdown(report: Report, link?: string): string {
  const out = [renderMarkdown(report.diagnosis, { title: report.title, logs: report.logs }).trimEnd()];
  const view = reportView(report.diagnosis);
  // renderMarkdown lists a stage's causes and its could-not-check/info findings; these warnings are the rest.
  const warnings = view.stages.flatMap((section) =>
    section.notes.filter((f) => f.status === "fail" || f.status === "warn"),
  );
  if (warnings.length > 0) {
    out.push("", "## Other warnings", "");
    for (const finding of warnings) out.push(...findingBlock(finding));
  }
  const history = historyLines(report);
  if (history.length > 0) out.push("", "## Changes to logging settings (CloudTrail)", "", ...history);
  out.push("", "## About this report", "");
  out.push(
    `- Saved ${markdownText(report.createdAt)} by Log Doctor ${markdownText(report.engineVersion)}; the account was scanned ${markdownText(report.diagnosis.capturedAt)}.`,
  );
  if (report.expiresAt) out.push(`- Expires ${markdownText(report.expiresAt)}.`);
  out.push(
    report.redacted
      ? "- Account ids, access key ids, IP addresses and principal names are masked (`account-1`, `ip-1`, …); replace them before running a fix."
      : "- Not redacted: it shows account ids, access key ids, IP addresses and principal names as recorded.",
  );
  if (link) out.push(`- ${markdownUrl(link)}`);
  return `${out.join("\n")}\n`;
}

function findingBlock(finding: Finding): string[] {
  const where = [
    finding.api ? `${markdownText(finding.api.name, 80)} (${markdownText(finding.api.id)})` : null,
    finding.stage ? `stage ${markdownText(finding.stage, 80)}` : null,
    finding.region ? markdownText(finding.region) : null,
  ]
    .filter(Boolean)
    .join(" · ");
  const out = [
    `- **${statusLabels[finding.status]}** \`${finding.check}\` — ${where}: ${markdownText(finding.message, 2000)}`,
  ];
  const note = contradictionNote(finding);
  if (note) out.push("", `   > **But:** ${markdownText(note, 2000)}`);
  if (finding.fix) {
    out.push("", `   Fix: ${markdownText(finding.fix.summary, 2000)}`);
    if (finding.fix.cli) out.push("", markdownCode(finding.fix.cli, "sh").replace(/^/gm, "   "));
  }
  out.push("");
  return out;
}

function historyLines(report: Report): string[] {
  const out: string[] = [];
  for (const region of report.timeline ?? []) {
    const entries: { subject: string; entry: TimelineEntry }[] = [
      ...region.account.map((entry) => ({ subject: "account setting", entry })),
      ...region.stages.flatMap((s) =>
        s.entries.map((entry) => ({ subject: `${s.api.name} (${s.api.id}) stage ${s.stage}`, entry })),
      ),
      ...(region.role?.entries ?? []).map((entry) => ({ subject: "logging role", entry })),
    ].sort((a, b) => (a.entry.timeMs ?? 0) - (b.entry.timeMs ?? 0));
    if (entries.length === 0) continue;
    out.push(
      `### ${markdownText(region.region)}`,
      "",
      "| Time | What | Change | Who | From |",
      "|---|---|---|---|---|",
    );
    for (const { subject, entry } of entries) {
      out.push(
        `| ${markdownText(entry.time ?? "?")} | ${markdownText(subject, 120)} | ${entry.level === "warn" ? "**" : ""}${markdownText(entry.summary, 300)}${entry.level === "warn" ? "**" : ""} | ${markdownText(entry.actor.label, 120)} | ${markdownText(entry.sourceIp ?? "", 60)} |`,
      );
    }
    out.push("");
  }
  return out;
}
