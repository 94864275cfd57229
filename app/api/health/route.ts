import { healthResponse } from "@/lib/ops/health";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function GET() {
  return healthResponse();
}
