import { gate } from "@/lib/auth/gate";
import { jsonResponse } from "@/lib/sources/json-response";
import { acceptUpload } from "@/lib/sources/upload";

export const runtime = "nodejs";

export async function POST(request: Request) {
  // This route takes a body, so the proxy does not run for it: the sign-in gate runs here, before the body is read.
  const pending = gate(request);
  const verdict = pending instanceof Promise ? await pending : pending;
  if (!verdict.ok) return verdict.response;
  const result = await acceptUpload(request);
  return jsonResponse(result.body, result.status);
}
