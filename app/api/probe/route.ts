import { probeRoute } from "@/lib/probe/web/probe-route";

export const runtime = "nodejs";
// The answer streams the probe's progress for up to the whole wait.
export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  return probeRoute(request);
}
