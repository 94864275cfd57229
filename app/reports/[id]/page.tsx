import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReportDocument } from "@/components/report/report-document";
import { ReportHeader } from "@/components/report/report-header";
import { loadReport } from "@/lib/reports/load-report";
import { reportView } from "@/lib/reports/report-view";
import { ReportActions } from "./page-client";
import "@/components/report/print.css";

export const runtime = "nodejs";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const report = await loadReport((await params).id);
  return { title: report ? report.title : "Report not found", robots: { index: false, follow: false } };
}

/** `/reports/<id>`: a saved diagnosis, read-only, for anyone with the link; unknown, malformed and expired ids 404. */
export default async function ReportPage({ params }: Props) {
  const report = await loadReport((await params).id);
  if (!report) notFound();
  const view = reportView(report.diagnosis);
  return (
    <div className="space-y-8">
      <ReportHeader report={report} summary={view.summary} actions={<ReportActions id={report.id} />} />
      <ReportDocument
        view={view}
        timeline={report.timeline}
        redacted={report.redacted}
        logs={report.logs}
        capturedAt={report.diagnosis.capturedAt}
      />
    </div>
  );
}
