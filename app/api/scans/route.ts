import { jsonResponse } from "@/lib/sources/json-response";
import { startScanRequest } from "@/lib/sources/scan-api";

export const runtime = "nodejs";

export async function POST(request: Request) {
  const { status, body } = await startScanRequest(request);
  return jsonResponse(body, status);
}
