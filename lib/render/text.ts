import { groupDiagnosis, type StageView } from "../diagnosis/group";
import { apiTypeLabels, statusLabels, verdictLabels } from "../diagnosis/labels";
import { contradictionNote } from "../diagnosis/contradiction";
import type { Diagnosis, Finding, LogVerdict, Status } from "../diagnosis/types";
import type { StageLogFacts } from "../diagnosis/stage-log-places";
import { visible } from "./escape";
import { textLogPlaces } from "./log-places";

type Paint = (text: string, style: "red" | "yellow" | "green" | "dim" | "bold" | "cyan") => string;
const codes = { red: 31, yellow: 33, green: 32, dim: 2, bold: 1, cyan: 36 } as const;
const colour: Paint = (text, style) => `\u001b[${codes[style]}m${text}\u001b[0m`;
const plain: Paint = (text) => text;

const statusStyle: Record<Status, "red" | "yellow" | "green" | "dim" | "cyan"> = {
  fail: "red",
  warn: "yellow",
  pass: "green",
  unknown: "dim",
  info: "cyan",
};

/** The CLI's text report: per API and stage, verdicts first, then causes in checklist order with their fix. */
export function renderText(
  diagnosis: Diagnosis,
  options: { colour?: boolean; logs?: readonly StageLogFacts[] | null } = {},
): string {
  const paint = options.colour ? colour : plain;
  const view = groupDiagnosis(diagnosis);
  const lines: string[] = [];
  lines.push(
    paint(
      `Log Doctor — account ${diagnosis.account === null ? "(unknown)" : visible(diagnosis.account, 40)}, captured ${visible(diagnosis.capturedAt, 60)}`,
      "bold",
    ),
  );

  for (const region of view.regions) {
    lines.push("", paint(`■ ${visible(region.region, 40)}`, "bold"));
    const wide = region.findings.filter((f) => f.status !== "pass");
    if (wide.length > 0) {
      lines.push("  Region-wide:");
      for (const finding of wide) lines.push(...findingLines(finding, "    ", paint));
    }
    if (region.apis.length === 0) lines.push("  No API Gateway APIs found in this region.");
    for (const { api, stages, findings } of region.apis) {
      lines.push("", `  ${apiTypeLabels[api.type]} ${visible(api.name)} (${visible(api.id)})`);
      for (const finding of findings.filter((f) => f.status !== "pass"))
        lines.push(...findingLines(finding, "    ", paint));
      if (api.stages === null) lines.push("    Stages could not be read.");
      else if (stages.length === 0) lines.push("    No stages.");
      for (const stage of stages)
        lines.push(
          ...stageLines(stage, paint),
          ...textLogPlaces(options.logs, region.region, api.id, stage.stage.name, "      "),
        );
    }
  }
  if (view.global.length > 0) {
    lines.push("", paint("■ Requests API Gateway never logs", "bold"));
    for (const finding of view.global) lines.push(...findingLines(finding, "  ", paint));
  }
  const count = (status: Status) => diagnosis.findings.filter((f) => f.status === status).length;
  lines.push(
    "",
    `Summary: ${count("fail")} fail, ${count("warn")} warn, ${count("unknown")} could not check, ${count("info")} info.`,
  );
  return `${lines.join("\n")}\n`;
}

function stageLines(view: StageView, paint: Paint): string[] {
  const lines = [`    stage ${visible(view.stage.name)}`];
  lines.push(`      execution logs: ${verdictText(view.stage.execution, paint)}`);
  lines.push(`      access logs:    ${verdictText(view.stage.access, paint)}`);
  view.causes.forEach((finding, index) => {
    // Region-wide causes are printed with their fix once, above; here they are only named in order.
    if (finding.api === null)
      lines.push(
        `      ${index + 1}. ${paint(statusLabels[finding.status], statusStyle[finding.status])} ${finding.check} (region-wide, see above)`,
      );
    else lines.push(...findingLines(finding, "      ", paint, `${index + 1}. `));
  });
  for (const finding of view.other.filter((f) => f.status === "unknown" || f.status === "info"))
    lines.push(...findingLines(finding, "      ", paint));
  return lines;
}

function verdictText(verdict: LogVerdict, paint: Paint): string {
  const style =
    verdict.verdict === "delivered"
      ? "green"
      : verdict.verdict === "missing"
        ? "red"
        : verdict.verdict === "partial"
          ? "yellow"
          : "dim";
  const label = paint(verdictLabels[verdict.verdict].toUpperCase(), style);
  return verdict.causes.length > 0 ? `${label}  (${verdict.causes.join(", ")})` : label;
}

function findingLines(finding: Finding, indent: string, paint: Paint, bullet = "- "): string[] {
  const target = finding.target ? ` [${visible(finding.target, 120)}]` : "";
  const lines = [
    `${indent}${bullet}${paint(statusLabels[finding.status], statusStyle[finding.status])} ${finding.check}${target}: ${visible(finding.message, 2000)}`,
  ];
  const note = contradictionNote(finding);
  if (note) lines.push(`${indent}   ${paint(`but: ${visible(note, 2000)}`, "yellow")}`);
  const fix = finding.fix;
  if (fix && (finding.status === "fail" || finding.status === "warn")) {
    lines.push(`${indent}   fix: ${visible(fix.summary, 2000)}`);
    if (fix.cli) for (const command of fix.cli.split("\n")) lines.push(`${indent}     $ ${visible(command, 4000)}`);
  }
  return lines;
}
