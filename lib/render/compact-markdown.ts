import { causeLabel } from "../checks/registry";
import { groupDiagnosis, type StageView } from "../diagnosis/group";
import { apiTypeLabels, statusLabels, verdictLabels } from "../diagnosis/labels";
import { bySeverity } from "../diagnosis/severity";
import type { Diagnosis, Finding } from "../diagnosis/types";
import { markdownCode, markdownText, markdownUrl } from "./escape";
import { inlineCode } from "./log-places";
import { diagnosisSummary } from "./summary";

/**
 * The ticket-sized Markdown: the link first, the one-sentence summary, then only the stages with a failing cause,
 * each with one fix — its first fail in checklist order, which is the one with the widest effect (the region's
 * chain, then a whole log kind, then one method). A region-wide fix is written once and the stages point to it.
 * Access-log variables and ids are code spans, so GitHub and Jira render them literally.
 */
export function renderCompactMarkdown(diagnosis: Diagnosis, options: { title?: string; link?: string } = {}): string {
  const ticket = ticketText(diagnosis);
  const view = groupDiagnosis(diagnosis);
  const out = [`# ${markdownText(options.title ?? "Log Doctor diagnosis")}`, ""];
  if (options.link) out.push(`Full report: ${markdownUrl(options.link)}`, "");
  out.push(ticket(diagnosisSummary(diagnosis)), "");

  const failing = bySeverity(
    view.regions.flatMap((r) =>
      r.apis.flatMap((a) => a.stages.map((stage) => ({ region: r.region, stage, fix: firstFail(stage) }))),
    ),
    (s) => s.stage.stage,
  ).filter((s): s is { region: string; stage: StageView; fix: Finding } => s.fix !== undefined);
  if (failing.length === 0) {
    out.push("No stage has a failing check.", "");
    return out.join("\n");
  }

  const regionFixes = [...new Set(failing.map((s) => s.fix).filter((f) => f.api === null))];
  if (regionFixes.length > 0) {
    out.push("## Region-wide fixes", "");
    for (const finding of regionFixes)
      out.push(...fixLines(finding, ticket, `${markdownText(finding.region ?? "")}: `));
  }
  out.push(`## Failing stages (${failing.length})`, "");
  for (const { region, stage, fix } of failing) {
    const { api } = stage;
    out.push(
      `### ${apiTypeLabels[api.type]} ${markdownText(api.name, 80)} (${inlineCode(api.id)}) · stage ${inlineCode(stage.stage.name)} · ${markdownText(region)}`,
      "",
    );
    out.push(
      `Execution logs **${verdictLabels[stage.stage.execution.verdict]}** · access logs **${verdictLabels[stage.stage.access.verdict]}**`,
      "",
    );
    if (fix.api === null)
      out.push(
        `- **${statusLabels[fix.status]}: ${markdownText(causeLabel(fix.check))}**: region-wide, see the fix above.`,
        "",
      );
    else out.push(...fixLines(fix, ticket));
  }
  return out.join("\n");
}

function firstFail(stage: StageView): Finding | undefined {
  return stage.causes.find((f) => f.status === "fail");
}

function fixLines(finding: Finding, ticket: (text: string) => string, prefix = ""): string[] {
  const out = [
    `- ${prefix}**${statusLabels[finding.status]}: ${markdownText(causeLabel(finding.check))}** (\`${finding.check}\`): ${ticket(finding.message)}`,
  ];
  if (finding.fix) {
    out.push("", `  Fix: ${ticket(finding.fix.summary)}`);
    if (finding.fix.cli) out.push("", markdownCode(finding.fix.cli, "sh").replace(/^/gm, "  "));
  }
  out.push("");
  return out;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Text for a ticket: Markdown-escaped, except `$context…` variables, ARNs, request ids, log group names and the API ids,
 * which become code spans (escaped text would show its backslashes in Jira, and `$context.requestId` is something
 * to copy).
 */
export function ticketText(diagnosis: Diagnosis): (text: string) => string {
  const ids = [...new Set(diagnosis.apis.map((a) => a.id))].filter((id) => /^[A-Za-z0-9]+$/.test(id)).map(escapeRegExp);
  const token = new RegExp(
    [
      String.raw`\$context\.[A-Za-z0-9_.]*[A-Za-z0-9_]`,
      String.raw`arn:aws[a-z-]*:[^\s,;()"'<>]*[^\s,;()"'<>.]`,
      String.raw`\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b`,
      // Log group names: a path, or the execution-log group API Gateway names after the API.
      String.raw`(?<![\w.])(?:/[\w.#/-]*[\w#-]|API-Gateway-Execution-Logs_[\w/-]*[\w-])`,
      ...(ids.length > 0 ? [String.raw`(?<![\w/.-])(?:${ids.join("|")})(?![\w/-])`] : []),
    ].join("|"),
    "g",
  );
  return (text: string) => {
    let out = "";
    let at = 0;
    for (const match of text.matchAll(token)) {
      out += markdownText(text.slice(at, match.index), 2000) + inlineCode(match[0]);
      at = match.index + match[0].length;
    }
    return out + markdownText(text.slice(at), 2000);
  };
}
