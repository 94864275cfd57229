import { searchLogs, type LogSearch } from "../../aws/search-logs";
import type { CaptureCall } from "../../capture/schema";
import { analyze } from "../../engine/analyze";
import { locate, type FoundLine } from "../../find-request/find-request";
import { MAX_LOG_REQUEST_BYTES, parseWhere, type LogWhere } from "../../find-request/web/request-body";
import { resolveSource } from "../../find-request/web/resolve-source";
import { readSameOriginJson } from "../../http/same-origin-json";
import { readModel } from "../../model/read-model";
import { busyMessage, takeLiveScanSlot } from "../../sources/live-scan-slots";
import { loadDiagnosis } from "../../sources/sources";
import { jsonResponse } from "../../sources/json-response";
import { arrivalPhrase, arrivalSummary, inOrder } from "../render-probe-text";
import { defaultProbeTimeoutMs, ProbeSendError, sendProbe, type ProbeRequest, type ProbeResponse } from "../send-probe";
import { watchArrival, type ArrivalStatus } from "../watch-arrival";
import { probeOffer } from "./probe-offer";
import { recordedSearch } from "./recorded-search";

/** One line of the answer's NDJSON stream, in the order they come. */
export type ProbeEvent =
  | { type: "sent"; status: number; requestId: string | null; header: string | null; bodyStart: string }
  | { type: "watching"; elapsedMs: number; waitMs: number; pending: string[] }
  | { type: "done"; summary: string; waitedMs: number; polls: number; kinds: ProbeKindView[] }
  | { type: "failed"; message: string };

export interface ProbeKindView {
  kind: string;
  label: string;
  status: ArrivalStatus;
  /** "arrived after ~2 s", "not arrived — <reason>", as the command line says it. */
  phrase: string;
  logGroupName: string | null;
  why: string[];
  lines: FoundLine[];
}

/** Tests swap what leaves the server (the request, the searches) and the clock. */
export interface ProbeRouteDeps {
  sendRequest?: (request: ProbeRequest) => Promise<ProbeResponse>;
  search?: (profile: string | undefined, searches: LogSearch[]) => Promise<CaptureCall[]>;
  now?: () => number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  env?: Record<string, string | undefined>;
}

/** As on the command line: each poll searches a few minutes of two groups, so a few pages are plenty. */
const probeSearchPages = 3;

/**
 * POST /api/probe: the stage page's "Send a test request", after the user confirmed it. Same-origin only, body
 * capped; it sends only what the page showed (the URL must match the server's own offer, which is recomputed
 * here), through lib/probe's sendProbe and watchArrival, and streams NDJSON progress (ProbeEvent) until the wait
 * ends. Refusals before anything is sent are plain JSON errors.
 */
export async function probeRoute(request: Request, deps: ProbeRouteDeps = {}): Promise<Response> {
  const env = deps.env ?? process.env;
  const fail = (status: number, error: string) => jsonResponse({ error }, status);
  const input = await readSameOriginJson(
    request,
    MAX_LOG_REQUEST_BYTES,
    "A test request can be sent from Log Doctor's own pages only.",
  );
  if (!input.ok) return fail(input.status, input.error);
  const json = input.json;
  const where = parseWhere(json);
  if (!where.ok) return fail(400, where.message);
  const fields = json as Record<string, unknown>;
  if (fields.confirmed !== true) return fail(400, "A test request is sent only when confirmed.");
  if (where.value.source === "runbook") return fail(400, "A test request is sent from a diagnosis's stage page only.");

  const source = await resolveSource(where.value, env);
  if (source.mode === "refused") return fail(source.status, source.message);
  if (!locate(readModel(source.capture), where.value)) {
    return fail(
      404,
      `API ${where.value.apiId} in ${where.value.region} has no stage ${JSON.stringify(where.value.stage)} in this diagnosis.`,
    );
  }
  const loaded = await loadDiagnosis(where.value.source);
  if (!loaded) return fail(404, "This diagnosis is no longer available: uploads and scans are kept for 24 hours.");
  const offer = probeOffer({ kind: loaded.info.kind, capture: source.capture, ...where.value }, env);
  if (!offer.available) return fail(409, offer.reason);
  if (offer.mode !== source.mode) return fail(409, "This diagnosis's logs cannot be watched here.");
  if (fields.url !== offer.url) return fail(409, "The page is out of date: reload it to see what would be sent.");

  const release = source.mode === "live" ? takeLiveScanSlot() : () => undefined;
  if (!release) return fail(429, busyMessage());

  const realNow = deps.now ?? Date.now;
  const startedAt = realNow();
  // A recording's clock runs from its capture time, so its recorded searches answer for the same moments.
  const now = source.mode === "recorded" ? () => source.now + (realNow() - startedAt) : realNow;
  const search =
    source.mode === "recorded"
      ? recordedSearch(source.capture)
      : (searches: LogSearch[]) =>
          (deps.search ?? ((profile, s) => searchLogs({ profile, searches: s, maxPages: probeSearchPages })))(
            source.profile,
            searches,
          );
  const sleep = deps.sleep ?? abortableSleep;
  const signal = request.signal;
  const capture = source.capture;

  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const emit = (event: ProbeEvent) => controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
      try {
        await run(where.value, emit);
      } catch (error) {
        if (!signal.aborted)
          emit({
            type: "failed",
            message: error instanceof ProbeSendError ? error.message : `The probe stopped: ${(error as Error).message}`,
          });
      } finally {
        release();
        controller.close();
      }
    },
  });

  async function run(target: LogWhere, emit: (event: ProbeEvent) => void) {
    if (!offer.available) return;
    const sentAt = now();
    const response = await (deps.sendRequest ?? sendProbe)({
      method: offer.method,
      url: offer.url,
      timeoutMs: defaultProbeTimeoutMs,
    });
    emit({
      type: "sent",
      status: response.status,
      requestId: response.requestId?.id ?? null,
      header: response.requestId?.header ?? null,
      bodyStart: response.bodyStart.slice(0, 300),
    });
    if (!response.requestId) {
      emit({
        type: "failed",
        message: `The answer (HTTP ${response.status}) carries no API Gateway request id (neither x-amzn-RequestId nor apigw-requestid): it did not come from API Gateway (a proxy or a firewall on the way?), so there is nothing to look for in the logs.`,
      });
      return;
    }
    const waitMs = offer.waitS * 1000;
    const arrival = await watchArrival(
      {
        scanned: capture,
        model: readModel(capture),
        diagnosis: analyze(capture).diagnosis,
        where: target,
        requestId: response.requestId,
        sentAt,
        waitMs,
      },
      {
        search,
        now,
        sleep: (ms) => sleep(ms, signal),
        onPoll: (elapsedMs, pending) => emit({ type: "watching", elapsedMs, waitMs, pending }),
      },
    );
    emit({
      type: "done",
      summary: arrivalSummary(arrival.kinds),
      waitedMs: arrival.waitedMs,
      polls: arrival.polls,
      kinds: inOrder(arrival.kinds).map((k) => ({
        kind: k.kind,
        label: k.label,
        status: k.status,
        phrase: arrivalPhrase(k),
        logGroupName: k.logGroupName,
        why: k.why,
        lines: k.lines.slice(0, 5),
      })),
    });
  }

  return new Response(body, {
    status: 200,
    headers: {
      "content-type": "application/x-ndjson; charset=utf-8",
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}

/** Stops waiting (and so the probe's polling) as soon as the page that asked goes away. */
function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new Error("the page went away"));
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new Error("the page went away"));
    };
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
