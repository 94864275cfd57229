import { checks } from "../checks/registry";
import type { Status } from "../diagnosis/types";
import { templateChecks } from "./checks/registry";
import type { TemplateReport } from "./check-templates";

const levels: Record<Status, "error" | "warning" | "note" | "none"> = {
  fail: "error",
  warn: "warning",
  unknown: "note",
  info: "note",
  pass: "none",
};

/**
 * SARIF 2.1.0 for code scanning: one rule per check id (with its docs link), one result per finding that is not a pass,
 * located at the file and line of the resource. Unreadable files are tool notifications.
 * https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
 */
export function renderSarif(report: TemplateReport, options: { baseDir?: string } = {}): string {
  const all = [...checks, ...templateChecks];
  const used = [...new Set(report.findings.filter((f) => f.status !== "pass").map((f) => f.check))];
  const rules = used.map((id) => {
    const check = all.find((c) => c.id === id);
    return { id, name: id, shortDescription: { text: check?.title ?? id }, ...(check ? { helpUri: check.docs } : {}) };
  });
  const uri = (file: string) => relative(file, options.baseDir);
  const results = report.findings
    .filter((f) => f.status !== "pass")
    .map((f) => ({
      ruleId: f.check,
      ruleIndex: used.indexOf(f.check),
      level: levels[f.status],
      message: { text: f.fix ? `${f.message} Fix: ${f.fix.summary}` : f.message },
      ...(f.where
        ? {
            locations: [
              {
                physicalLocation: { artifactLocation: { uri: uri(f.where.file) }, region: { startLine: f.where.line } },
                ...(f.where.resource ? { logicalLocations: [{ name: f.where.resource, kind: "resource" }] } : {}),
              },
            ],
          }
        : {}),
    }));
  const notifications = report.inputs
    .filter((i) => i.error)
    .map((i) => ({
      level: "error",
      message: { text: `${i.path}: ${i.error}` },
      locations: [{ physicalLocation: { artifactLocation: { uri: uri(i.path) } } }],
    }));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "log-doctor",
            informationUri: "https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html",
            rules,
          },
        },
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** SARIF wants URIs relative to the repository root (the working directory in CI), with forward slashes. */
function relative(file: string, baseDir = process.cwd()): string {
  const normal = file.replace(/\\/g, "/");
  const base = baseDir.replace(/\\/g, "/").replace(/\/?$/, "/");
  return normal.startsWith(base) ? normal.slice(base.length) : normal;
}
