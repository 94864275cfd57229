"use client";

import { SaveReportForm } from "@/components/report/save-report-form";

/** "Save as report": stores exactly what this page shows (the server kept the scan) and offers its link. */
export function SaveRunbookReport({ scan }: { scan: string }) {
  return (
    <section aria-label="Save as report" className="rounded-lg border border-slate-200 bg-white px-4 py-3 print:hidden">
      <SaveReportForm body={{ from: "runbook", scan }} submit="Save as report" />
    </section>
  );
}
