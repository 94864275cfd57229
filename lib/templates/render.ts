import type { Status } from "../diagnosis/types";
import type { LocatedFinding } from "./checks/template-check";
import type { TemplateReport } from "./check-templates";

const order: Status[] = ["fail", "warn", "info", "unknown", "pass"];
const place = (f: LocatedFinding) => (f.where ? `${f.where.file}:${f.where.line}${f.where.resource ? ` (${f.where.resource})` : ""}` : "(input)");
const shown = (report: TemplateReport) => report.findings.filter((f) => f.status !== "pass").sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status));

/** Text for a terminal or a CI log: unreadable files first, then each finding with its place, worst first. */
export function renderTemplateText(report: TemplateReport): string {
  const lines: string[] = ["Log Doctor — template check"];
  for (const input of report.inputs) lines.push(input.error ? `  ✗ ${input.path}: ${input.error}` : `  ✓ ${input.path} (${input.kind}: ${input.stacks.join(", ")})`);
  const findings = shown(report);
  for (const finding of findings.filter((f) => f.status !== "unknown")) {
    lines.push("", `${finding.status.toUpperCase()} ${finding.check} — ${place(finding)}`, `  ${finding.message}`);
    if (finding.fix) lines.push(`  Fix: ${finding.fix.summary}`);
  }
  // Unknowns are what only the account can answer: one line each, after the causes, so a CI log leads with those.
  const unknowns = findings.filter((f) => f.status === "unknown");
  if (unknowns.length > 0) lines.push("", "Not decidable from the input (check live):");
  for (const finding of unknowns) lines.push(`  ${finding.check} — ${place(finding)}: ${finding.message}`);
  lines.push("", summary(report));
  return `${lines.join("\n")}\n`;
}

/** Markdown for a pull-request comment. */
export function renderTemplateMarkdown(report: TemplateReport): string {
  const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
  const lines = ["## Log Doctor — template check", ""];
  for (const input of report.inputs.filter((i) => i.error)) lines.push(`- **${cell(input.path)}** could not be read: ${cell(input.error ?? "")}`);
  lines.push("", "| status | check | where | finding |", "|---|---|---|---|");
  for (const finding of shown(report)) lines.push(`| ${finding.status} | \`${finding.check}\` | \`${cell(place(finding))}\` | ${cell(finding.message)} |`);
  lines.push("", summary(report));
  return `${lines.join("\n")}\n`;
}

function summary(report: TemplateReport): string {
  const count = (status: Status) => report.findings.filter((f) => f.status === status).length;
  const unreadable = report.inputs.filter((i) => i.error).length;
  return `${count("fail")} failed, ${count("warn")} warnings, ${count("unknown")} unknown (check live), ${count("pass")} passed${unreadable ? `, ${unreadable} unreadable` : ""}`;
}

