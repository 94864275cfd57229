import { join } from "node:path";
import type { LocatedFinding } from "./checks/template-check";
import type { TemplateReport } from "./check-templates";

export const testdata = (name: string) => join(__dirname, "testdata", name);

/** The findings of one check, as `status resource:line target` lines: short to read in a failing assertion. */
export function summarize(report: TemplateReport | LocatedFinding[], check: string): string[] {
  const findings = Array.isArray(report) ? report : report.findings;
  return findings
    .filter((f) => f.check === check)
    .map((f) => `${f.status} ${f.where?.resource ?? "-"}:${f.where?.line ?? "-"}${f.target ? ` ${f.target}` : ""}`);
}
