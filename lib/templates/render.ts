import type { Status } from "../diagnosis/types";
import { markdownText, visible } from "../render/escape";
import type { LocatedFinding } from "./checks/template-check";
import type { TemplateReport } from "./check-templates";

const order: Status[] = ["fail", "warn", "info", "unknown", "pass"];
const place = (f: LocatedFinding) =>
  f.where ? `${f.where.file}:${f.where.line}${f.where.resource ? ` (${f.where.resource})` : ""}` : "(input)";
const shown = (report: TemplateReport) =>
  report.findings.filter((f) => f.status !== "pass").sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status));
/** check-templates.ts ends every unknown with the live diagnosis that answers it. */
const liveHint = /\s*Check it live: `([^`]+)`\.$/;

/**
 * Text for a terminal or a CI log, wrapped to `width` (80 unless the terminal says otherwise): unreadable files first,
 * then each cause with its place, worst first. Every value from the input goes through visible(), since a template's
 * names and paths are the author's text, not ours.
 */
export function renderTemplateText(report: TemplateReport, options: { width?: number } = {}): string {
  const width = Math.max(40, options.width ?? 80);
  const lines: string[] = ["Log Doctor — template check"];
  for (const input of report.inputs) {
    const text = input.error
      ? `✗ ${visible(input.path)}: ${visible(input.error)}`
      : `✓ ${visible(input.path)} (${[input.kind ?? "template", ...input.stacks.filter((stack) => stack !== input.path)].map((t) => visible(t)).join(": ")})`;
    lines.push(...wrap(text, width, "  ", "    "));
  }
  const findings = shown(report);
  for (const finding of findings.filter((f) => f.status !== "unknown")) {
    lines.push(
      "",
      `${finding.status.toUpperCase()} ${finding.check}`,
      ...wrap(`at ${visible(place(finding))}`, width, "  ", "    "),
    );
    lines.push(...wrap(visible(finding.message, 2000), width, "  ", "  "));
    if (finding.fix) lines.push(...wrap(`Fix: ${visible(finding.fix.summary, 2000)}`, width, "  ", "    "));
  }
  // Unknowns are what only the account can answer: one line each under the live command that answers them, after the
  // causes, so a CI log leads with those. Their reasons are in the JSON, Markdown and SARIF outputs.
  const unknowns = findings.filter((f) => f.status === "unknown");
  if (unknowns.length > 0) lines.push("", "Not decidable from the input; check live:");
  const byCommand = new Map<string, LocatedFinding[]>();
  for (const finding of unknowns) {
    const command = liveHint.exec(finding.message)?.[1] ?? "log-doctor diagnose";
    byCommand.set(command, [...(byCommand.get(command) ?? []), finding]);
  }
  for (const [command, group] of byCommand) {
    lines.push(...wrap(`$ ${visible(command)}`, width, "  ", "      "));
    const byPlace = new Map<string, string[]>();
    for (const finding of group) byPlace.set(place(finding), [...(byPlace.get(place(finding)) ?? []), finding.check]);
    for (const [where, checks] of byPlace)
      lines.push(...wrap(`${visible(where)}: ${[...new Set(checks)].join(", ")}`, width, "    ", "      "));
  }
  lines.push("", summary(report));
  return `${lines.join("\n")}\n`;
}

/** Word wrap with a first-line and a hanging indent; a word longer than the line (a path) is kept whole. */
export function wrap(text: string, width: number, first: string, rest: string): string[] {
  const out: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(/ +/)) {
    if (!empty && line.length + 1 + word.length > width) {
      out.push(line);
      line = rest + word;
    } else line += (empty ? "" : " ") + word;
    empty = false;
  }
  out.push(line);
  return out;
}

/** Markdown for a pull-request comment. */
export function renderTemplateMarkdown(report: TemplateReport): string {
  // markdownText: a file name or logical id is the template author's text and must not become Markdown or HTML.
  const cell = (text: string) => markdownText(text, 2000);
  const lines = ["## Log Doctor — template check", ""];
  for (const input of report.inputs.filter((i) => i.error))
    lines.push(`- **${cell(input.path)}** could not be read: ${cell(input.error ?? "")}`);
  lines.push("", "| status | check | where | finding |", "|---|---|---|---|");
  for (const finding of shown(report))
    lines.push(`| ${finding.status} | \`${finding.check}\` | ${cell(place(finding))} | ${cell(finding.message)} |`);
  lines.push("", summary(report));
  return `${lines.join("\n")}\n`;
}

function summary(report: TemplateReport): string {
  const count = (status: Status) => report.findings.filter((f) => f.status === status).length;
  const unreadable = report.inputs.filter((i) => i.error).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${count("fail")} failed, ${plural(count("warn"), "warning")}, ${count("unknown")} unknown (check live), ${count("pass")} passed${unreadable ? `, ${unreadable} unreadable` : ""}`;
}
