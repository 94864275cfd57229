import { jsonResponse } from "@/lib/sources/json-response";
import { cancelScanRequest } from "@/lib/sources/scan-api";

export const runtime = "nodejs";

export async function DELETE(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { status, body } = await cancelScanRequest(request, (await params).id);
  return jsonResponse(body, status);
}
