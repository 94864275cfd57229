import { notFound } from "next/navigation";
import { defaultReportStore } from "@/lib/reports/default-store";
import { createReportResponse } from "@/lib/reports/http/create-report-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Saves a shareable report (the wizard's Share, a runbook's Save as report, or any client with a capture). */
export async function POST(request: Request) {
  return createReportResponse(request, defaultReportStore());
}

/** There is no list of reports, by design: a report is found only through its link. */
export function GET() {
  notFound();
}
