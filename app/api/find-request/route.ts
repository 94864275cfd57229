import { findRequestRoute } from "@/lib/find-request/web/log-requests";
import { jsonResponse } from "@/lib/sources/json-response";

export const runtime = "nodejs";

export async function POST(request: Request) {
  const { status, body } = await findRequestRoute(request);
  return jsonResponse(body, status);
}
