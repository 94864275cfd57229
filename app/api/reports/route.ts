import { notFound } from "next/navigation";
import { gate } from "@/lib/auth/gate";
import { defaultReportStore } from "@/lib/reports/default-store";
import { createReportResponse } from "@/lib/reports/http/create-report-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Saves a shareable report (the wizard's Share, a runbook's Save as report, or any client with a capture). */
export async function POST(request: Request) {
  // This route takes a body, so the proxy does not run for it: the sign-in gate runs here, before the body is read.
  const pending = gate(request);
  const verdict = pending instanceof Promise ? await pending : pending;
  if (!verdict.ok) return verdict.response;
  return createReportResponse(request, defaultReportStore(), verdict.identity);
}

/** There is no list of reports, by design: a report is found only through its link. */
export function GET() {
  notFound();
}
