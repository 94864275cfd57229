import { scanEvents } from "@/lib/sources/scan-api";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return scanEvents(request, (await params).id);
}
