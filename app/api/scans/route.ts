import { gate } from "@/lib/auth/gate";
import { jsonResponse } from "@/lib/sources/json-response";
import { startScanRequest } from "@/lib/sources/scan-api";

export const runtime = "nodejs";

export async function POST(request: Request) {
  // This route takes a body, so the proxy does not run for it: the sign-in gate runs here, before the body is read.
  const pending = gate(request);
  const verdict = pending instanceof Promise ? await pending : pending;
  if (!verdict.ok) return verdict.response;
  const { status, body } = await startScanRequest(request, verdict.identity);
  return jsonResponse(body, status);
}
