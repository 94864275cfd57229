import { z } from "zod";
import { displayName, type Identity } from "../auth/identity";
import { REGION_PATTERN } from "../aws-names/regions";
import { readCappedText, sizeLabel } from "../http/capped-body";
import { audit } from "../ops/audit";
import { listAwsProfiles } from "./aws-profiles";
import { liveCollector } from "./collector";
import { cancelScan, getScan, readScan, startScan, type ScanSnapshot } from "./live-scan";
import { isStoredSourceId } from "./id";
import { busyMessage, maxLiveScansPerUser, takeLiveScanSlot } from "./live-scan-slots";
import { isSameOrigin } from "./same-origin";
import type { ScanJobStore } from "./scan-store";
import { defaultScanStore } from "./scan-stores";

/** How often a replica that does not run a scan reads its snapshot from the store. */
const POLL_MS = 1000;
/** A scan request is a profile name and at most 30 region names: a few hundred bytes. */
export const MAX_SCAN_REQUEST_BYTES = 16 * 1024;

const scanRequestSchema = z.object({
  profile: z.string().max(64).optional(),
  regions: z
    .array(z.string().regex(REGION_PATTERN, "is not an AWS region name"))
    .min(1, "Pick at least one region.")
    .max(30),
});

type Json = { status: number; body: unknown };

/** POST /api/scans: starts a scan of a profile named in the server's AWS config (never a credential from the browser). */
export async function startScanRequest(
  request: Request,
  identity: Identity | null = null,
  store: ScanJobStore = defaultScanStore(),
): Promise<Json> {
  if (!isSameOrigin(request))
    return { status: 403, body: { error: "Scans can be started from Log Doctor's own page only." } };
  const collector = liveCollector();
  if (!collector.available) return { status: 503, body: { error: collector.reason } };
  const text = await readCappedText(request, MAX_SCAN_REQUEST_BYTES);
  if (text === null)
    return {
      status: 413,
      body: { error: `The request is too large: a scan request can be at most ${sizeLabel(MAX_SCAN_REQUEST_BYTES)}.` },
    };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { status: 400, body: { error: "The request is not JSON." } };
  }
  const parsed = scanRequestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      status: 400,
      body: { error: issue.path.length ? `${issue.path.join(".")} ${issue.message}` : issue.message },
    };
  }
  const { profile, regions } = parsed.data;
  if (profile && !listAwsProfiles().some((p) => p.name === profile))
    return {
      status: 400,
      body: { error: `There is no profile named ${JSON.stringify(profile)} in this server's AWS config.` },
    };
  const release = takeLiveScanSlot();
  if (!release) return { status: 429, body: { error: busyMessage() } };
  // Anonymous loopback use has no name: all of it counts as one user.
  const owner = identity ? displayName(identity) : null;
  const limit = maxLiveScansPerUser();
  let started: Awaited<ReturnType<typeof startScan>>;
  try {
    started = await startScan({ profile: profile || undefined, regions: [...new Set(regions)] }, collector, {
      owner,
      limit,
      release,
      store,
    });
  } catch (error) {
    release();
    return { status: 503, body: { error: `The scan could not be recorded: ${(error as Error).message}` } };
  }
  if (!started.ok) {
    release();
    if (started.reason === "shutting-down")
      return { status: 503, body: { error: "The server is shutting down; start the scan again in a minute." } };
    return { status: 429, body: { error: ownerLimitMessage(limit) } };
  }
  const { job } = started;
  audit("live-diagnosis", owner ?? undefined, {
    scan: job.id,
    profile: profile || "default",
    regions: [...new Set(regions)].join(","),
  });
  return { status: 201, body: { id: job.id, href: `/scan/${job.id}` } };
}

function ownerLimitMessage(limit: number): string {
  return `You already have ${limit} live scan${limit === 1 ? "" : "s"} running, as many as one user may run at once (LOG_DOCTOR_MAX_LIVE_SCANS_PER_USER); wait for one to finish or cancel it.`;
}

/** DELETE /api/scans/:id: stops the scan on whichever replica runs it. */
export async function cancelScanRequest(
  request: Request,
  id: string,
  store: ScanJobStore = defaultScanStore(),
): Promise<Json> {
  if (!isSameOrigin(request))
    return { status: 403, body: { error: "Scans can be cancelled from Log Doctor's own page only." } };
  const snapshot = await cancelScan(id, store);
  if (!snapshot) return { status: 404, body: { error: "No such scan." } };
  return { status: 202, body: snapshot };
}

/**
 * GET /api/scans/:id/events: Server-Sent Events, one `snapshot` per change, closed when the scan ends. This process
 * streams its own job's changes; a scan another replica runs (or one that ended before a restart) is read from the
 * store about once a second.
 */
export async function scanEvents(
  request: Request,
  id: string,
  store: ScanJobStore = defaultScanStore(),
): Promise<Response> {
  const local = isStoredSourceId(id) ? getScan(id) : undefined;
  const first = local?.snapshot() ?? (await readScan(id, store));
  if (!first) return Response.json({ error: "No such scan." }, { status: 404 });
  const follow = local
    ? (send: (snapshot: ScanSnapshot) => void) => local.subscribe(send)
    : (send: (snapshot: ScanSnapshot) => void) => pollStore(first, store, send);
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
      const unsubscribe = first.status === "running" ? follow(send) : () => {};
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
      send(first);
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-store, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    },
  });
}

/** Sends the stored snapshot whenever it changed (or turned final, a dead scan included) until it is final or gone. */
function pollStore(first: ScanSnapshot, store: ScanJobStore, send: (snapshot: ScanSnapshot) => void): () => void {
  let last = JSON.stringify(first);
  let stopped = false;
  const poll = async () => {
    // A failed read (the database briefly away) is tried again on the next beat.
    const snapshot = await readScan(first.id, store).catch(() => undefined);
    if (stopped || snapshot === undefined) return;
    if (snapshot === null) return send({ ...first, status: "failed", error: "This scan is no longer available." });
    const text = JSON.stringify(snapshot);
    if (text !== last) {
      last = text;
      send(snapshot);
    }
  };
  const timer = setInterval(() => void poll(), POLL_MS);
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
