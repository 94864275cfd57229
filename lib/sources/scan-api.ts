import { z } from "zod";
import { displayName, type Identity } from "../auth/identity";
import { REGION_PATTERN } from "../aws-names/regions";
import { readCappedText, sizeLabel } from "../http/capped-body";
import { audit } from "../ops/audit";
import { listAwsProfiles } from "./aws-profiles";
import { liveCollector } from "./collector";
import { getScan, runningScans, startScan, type ScanSnapshot } from "./live-scan";
import { isStoredSourceId } from "./id";
import { busyMessage, takeLiveScanSlot } from "./live-scan-slots";
import { isSameOrigin } from "./same-origin";

const MAX_RUNNING = 2;
/** A scan request is a profile name and at most 30 region names: a few hundred bytes. */
export const MAX_SCAN_REQUEST_BYTES = 16 * 1024;

const scanRequestSchema = z.object({
  profile: z.string().max(64).optional(),
  regions: z.array(z.string().regex(REGION_PATTERN, "is not an AWS region name")).min(1, "Pick at least one region.").max(30),
});

type Json = { status: number; body: unknown };

/** POST /api/scans: starts a scan of a profile named in the server's AWS config (never a credential from the browser). */
export async function startScanRequest(request: Request, identity: Identity | null = null): Promise<Json> {
  if (!isSameOrigin(request)) return { status: 403, body: { error: "Scans can be started from Log Doctor's own page only." } };
  const collector = liveCollector();
  if (!collector.available) return { status: 503, body: { error: collector.reason } };
  const text = await readCappedText(request, MAX_SCAN_REQUEST_BYTES);
  if (text === null) return { status: 413, body: { error: `The request is too large: a scan request can be at most ${sizeLabel(MAX_SCAN_REQUEST_BYTES)}.` } };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { status: 400, body: { error: "The request is not JSON." } };
  }
  const parsed = scanRequestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { status: 400, body: { error: issue.path.length ? `${issue.path.join(".")} ${issue.message}` : issue.message } };
  }
  const { profile, regions } = parsed.data;
  if (profile && !listAwsProfiles().some((p) => p.name === profile)) return { status: 400, body: { error: `There is no profile named ${JSON.stringify(profile)} in this server's AWS config.` } };
  if (runningScans() >= MAX_RUNNING) return { status: 429, body: { error: "Two scans are already running; wait for one to finish." } };
  const release = takeLiveScanSlot();
  if (!release) return { status: 429, body: { error: busyMessage() } };
  const job = startScan({ profile: profile || undefined, regions: [...new Set(regions)] }, collector, release);
  audit("live-diagnosis", identity ? displayName(identity) : undefined, { scan: job.id, profile: profile || "default", regions: [...new Set(regions)].join(",") });
  return { status: 201, body: { id: job.id, href: `/scan/${job.id}` } };
}

export function cancelScanRequest(request: Request, id: string): Json {
  if (!isSameOrigin(request)) return { status: 403, body: { error: "Scans can be cancelled from Log Doctor's own page only." } };
  const job = isStoredSourceId(id) ? getScan(id) : undefined;
  if (!job) return { status: 404, body: { error: "No such scan." } };
  job.cancel();
  return { status: 202, body: job.snapshot() };
}

/** GET /api/scans/:id/events: Server-Sent Events, one `snapshot` per change, closed when the scan ends. */
export function scanEvents(request: Request, id: string): Response {
  const job = isStoredSourceId(id) ? getScan(id) : undefined;
  if (!job) return Response.json({ error: "No such scan." }, { status: 404 });
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const write = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close();
        }
      };
      const send = (snapshot: ScanSnapshot) => {
        write(`event: snapshot\ndata: ${JSON.stringify(snapshot)}\n\n`);
        if (snapshot.status !== "running") close();
      };
      const heartbeat = setInterval(() => write(": keep-alive\n\n"), 15_000);
      const unsubscribe = job.subscribe(send);
      let closed = false;
      const close = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // Already closed by the client going away.
        }
      };
      cleanup = close;
      request.signal.addEventListener("abort", close, { once: true });
      send(job.snapshot());
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, { headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-store, no-transform", connection: "keep-alive", "x-accel-buffering": "no" } });
}
