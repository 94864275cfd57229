import { causeLabel, findingTitle } from "../checks/registry";
import { groupDiagnosis, type StageView } from "../diagnosis/group";
import { bySeverity } from "../diagnosis/severity";
import { apiTypeLabels, statusLabels, verdictLabels } from "../diagnosis/labels";
import { contradictionNote } from "../diagnosis/contradiction";
import type { Diagnosis, Finding } from "../diagnosis/types";
import type { StageLogFacts } from "../diagnosis/stage-log-places";
import { markdownCode, markdownText } from "./escape";
import { markdownLogPlaces } from "./log-places";
import { diagnosisSummary } from "./summary";

/** A report a user pastes into a ticket: verdict table first, then each stage's causes with their fixes. */
export function renderMarkdown(
  diagnosis: Diagnosis,
  options: { title?: string; logs?: readonly StageLogFacts[] | null } = {},
): string {
  const view = groupDiagnosis(diagnosis);
  const out: string[] = [];
  out.push(`# ${markdownText(options.title ?? "Log Doctor diagnosis")}`, "");
  out.push(
    `Account ${markdownText(diagnosis.account ?? "(unknown)")} · captured ${markdownText(diagnosis.capturedAt)} · regions ${diagnosis.regions.map((r) => markdownText(r)).join(", ")}`,
    "",
  );

  out.push(markdownText(diagnosisSummary(diagnosis), 2000), "");

  // Worst first, as the report page: the stage a reader must act on is the first row and the first section.
  const stageViews = bySeverity(
    view.regions.flatMap((r) => r.apis.flatMap((a) => a.stages.map((s) => ({ region: r.region, view: s })))),
    (s) => s.view.stage,
  );
  out.push(
    "| Region | API | Type | Stage | Execution logs | Access logs | First cause |",
    "|---|---|---|---|---|---|---|",
  );
  const rows = bySeverity(
    view.regions.flatMap((r) =>
      r.apis.flatMap(({ api, stages }) =>
        [...(api.stages === null ? [null] : []), ...stages].map((stage) => ({ region: r.region, api, stage })),
      ),
    ),
    (row) => row.stage?.stage ?? null,
  );
  for (const { region, api, stage } of rows) {
    const where = `| ${markdownText(region)} | ${markdownText(api.name, 80)} (${markdownText(api.id)}) | ${apiTypeLabels[api.type]} |`;
    if (stage === null) {
      out.push(`${where} — | stages could not be read | | |`);
      continue;
    }
    const first = stage.causes[0]?.check;
    out.push(
      `${where} ${markdownText(stage.stage.name, 80)} | ${verdictLabels[stage.stage.execution.verdict]} | ${verdictLabels[stage.stage.access.verdict]} | ${first ? markdownText(causeLabel(first)) : ""} |`,
    );
  }

  // Where the logs are, right under the verdicts: the first thing a reader of a Delivered stage wants.
  const places = stageViews.map((s) => ({ region: s.region, apiId: s.view.api.id, stage: s.view.stage.name }));
  if (options.logs) out.push(...markdownLogPlaces(options.logs, places));

  for (const region of view.regions) {
    const wide = region.findings.filter((f) => f.status !== "pass");
    if (wide.length > 0) {
      out.push("", `## ${markdownText(region.region)}: region-wide`, "");
      for (const finding of wide) out.push(...findingBlock(finding));
    }
    for (const { api, findings } of region.apis) {
      for (const finding of findings.filter((f) => f.status !== "pass")) {
        out.push(
          "",
          `## ${markdownText(api.name, 80)} (${markdownText(api.id)}), ${markdownText(region.region)}`,
          "",
          ...findingBlock(finding),
        );
      }
    }
  }
  for (const stage of stageViews) out.push(...stageBlock(stage.region, stage.view));
  if (view.global.length > 0) {
    out.push("", "## Requests API Gateway never logs", "");
    for (const finding of view.global) out.push(...findingBlock(finding));
  }
  return `${out.join("\n")}\n`;
}

function stageBlock(region: string, view: StageView): string[] {
  const { api, stage, causes, other } = view;
  const unknowns = other.filter((f) => f.status === "unknown" || f.status === "info");
  if (causes.length === 0 && unknowns.length === 0) return [];
  const out = [
    "",
    `## ${apiTypeLabels[api.type]} ${markdownText(api.name, 80)} (${markdownText(api.id)}) · stage ${markdownText(stage.name, 80)} · ${markdownText(region)}`,
    "",
  ];
  out.push(
    `- Execution logs: **${verdictLabels[stage.execution.verdict]}**`,
    `- Access logs: **${verdictLabels[stage.access.verdict]}**`,
    "",
  );
  causes.forEach((finding, i) => {
    if (finding.api === null)
      out.push(
        `${i + 1}. **${statusLabels[finding.status]}: ${markdownText(findingTitle(finding))}** (\`${finding.check}\`, region-wide, see ${markdownText(region)} above)`,
        "",
      );
    else out.push(...findingBlock(finding, `${i + 1}. `));
  });
  for (const finding of unknowns) out.push(...findingBlock(finding));
  return out;
}

function findingBlock(finding: Finding, bullet = "- "): string[] {
  const target = finding.target ? ` — ${markdownText(finding.target, 120)}` : "";
  const out = [
    `${bullet}**${statusLabels[finding.status]}: ${markdownText(findingTitle(finding))}** (\`${finding.check}\`)${target}: ${markdownText(finding.message, 2000)}`,
  ];
  const note = contradictionNote(finding);
  if (note) out.push("", `   > **But:** ${markdownText(note, 2000)}`);
  const fix = finding.fix;
  if (fix && (finding.status === "fail" || finding.status === "warn")) {
    out.push("", `   Fix: ${markdownText(fix.summary, 2000)}`);
    if (fix.cli) out.push("", indent(markdownCode(fix.cli, "sh"), "   "));
    if (fix.console?.length) out.push("", ...fix.console.map((step, i) => `   ${i + 1}. ${markdownText(step, 2000)}`));
    if (fix.cloudformation) out.push("", indent(markdownCode(fix.cloudformation, "yaml"), "   "));
  }
  out.push("");
  return out;
}

function indent(text: string, prefix: string): string {
  return text
    .split("\n")
    .map((line) => prefix + line)
    .join("\n");
}
