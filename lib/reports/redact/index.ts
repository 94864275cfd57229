import type { NewReport } from "../report";
import { planRedaction } from "./principals";
import { Redactor } from "./redactor";

/**
 * The report with account ids, access key ids, IP addresses (v4 and v6), IAM unique ids and principal names (IAM
 * users, role sessions, federated and Identity Center users) masked — in the diagnosis, the capture, the timeline,
 * the log places and the title alike, one mask per value across all of them. Run before storing: the database never holds them.
 */
export function redactReport(report: NewReport): NewReport {
  const content = {
    title: report.title,
    diagnosis: report.diagnosis,
    timeline: report.timeline,
    logs: report.logs ?? null,
    capture: report.capture,
  };
  const redactor = new Redactor(planRedaction(content, report.diagnosis));
  const redacted = redactor.value(content) as typeof content;
  return { ...report, ...redacted, redacted: true };
}

export { Redactor } from "./redactor";
export { planRedaction } from "./principals";
