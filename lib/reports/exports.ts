import { renderCompactMarkdown } from "../render/compact-markdown";
import { reportHtml } from "./html/report-html";
import { reportMarkdown } from "./markdown-export";
import type { Report } from "./report";

export type ExportFormat = "md" | "json" | "html";

export interface ExportFile {
  body: string;
  headers: Record<string, string>;
}

const contentTypes: Record<ExportFormat, string> = {
  md: "text/markdown; charset=utf-8",
  json: "application/json; charset=utf-8",
  html: "text/html; charset=utf-8",
};

export function isExportFormat(value: string): value is ExportFormat {
  return value === "md" || value === "json" || value === "html";
}

/**
 * `/reports/<id>.md` (`?compact=1`: the ticket-sized variant), `.json` and `.html`: a download named after the
 * report, never cached by a shared cache.
 */
export function exportReport(
  report: Report,
  format: ExportFormat,
  link?: string,
  options: { compact?: boolean } = {},
): ExportFile {
  const compact = format === "md" && options.compact === true;
  const body =
    format === "html"
      ? reportHtml(report, link)
      : format === "json"
        ? `${JSON.stringify(report, null, 2)}\n`
        : compact
          ? compactReportMarkdown(report, link)
          : reportMarkdown(report, link);
  return {
    body,
    headers: {
      "Content-Type": contentTypes[format],
      "Content-Disposition": `attachment; filename="log-doctor-report-${report.id}${compact ? "-ticket" : ""}.${format}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "X-Robots-Tag": "noindex, nofollow",
      // Downloads only: should a browser render one anyway, nothing in it may load or run.
      "Content-Security-Policy":
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; sandbox",
    },
  };
}

function compactReportMarkdown(report: Report, link: string | undefined): string {
  const body = renderCompactMarkdown(report.diagnosis, { title: report.title, link }).trimEnd();
  const note = report.redacted
    ? "Account ids, IP addresses and principal names are masked (`account-1`, `ip-1`, …): replace them before running a fix."
    : "Not redacted.";
  return `${body}\n\n${note}\n`;
}
