import { notFound } from "next/navigation";
import { defaultReportStore } from "@/lib/reports/default-store";
import { exportReport, isExportFormat } from "@/lib/reports/exports";
import { isReportId } from "@/lib/reports/id";
import { baseUrlFromHeaders, reportUrl } from "@/lib/reports/urls";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string; format: string }> };

/** `/reports/<id>.md` (`?compact=1` for the ticket-sized one), `.json` and `.html` (rewritten here by next.config.ts). */
export async function GET(request: Request, { params }: Params) {
  const { id, format } = await params;
  if (!isReportId(id) || !isExportFormat(format)) notFound();
  const report = await defaultReportStore().get(id);
  if (!report) notFound();
  const compact = new URL(request.url).searchParams.get("compact") === "1";
  const file = exportReport(report, format, reportUrl(baseUrlFromHeaders(request.headers, process.env), report.id), {
    compact,
  });
  return new Response(file.body, { headers: file.headers });
}
