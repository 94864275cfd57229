import { jsonResponse } from "@/lib/sources/json-response";
import { acceptUpload } from "@/lib/sources/upload";

export const runtime = "nodejs";

export async function POST(request: Request) {
  const result = await acceptUpload(request);
  return jsonResponse(result.body, result.status);
}
