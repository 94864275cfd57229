import { reportMarkdown } from "./markdown-export";
import type { Report } from "./report";

export type ExportFormat = "md" | "json";

export interface ExportFile {
  body: string;
  headers: Record<string, string>;
}

const contentTypes: Record<ExportFormat, string> = {
  md: "text/markdown; charset=utf-8",
  json: "application/json; charset=utf-8",
};

export function isExportFormat(value: string): value is ExportFormat {
  return value === "md" || value === "json";
}

/** `/reports/<id>.md` and `/reports/<id>.json`: a download named after the report, never cached by a shared cache. */
export function exportReport(report: Report, format: ExportFormat, link?: string): ExportFile {
  const body = format === "md" ? reportMarkdown(report, link) : `${JSON.stringify(report, null, 2)}\n`;
  return {
    body,
    headers: {
      "Content-Type": contentTypes[format],
      "Content-Disposition": `attachment; filename="log-doctor-report-${report.id}.${format}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "X-Robots-Tag": "noindex, nofollow",
    },
  };
}
