import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Capture, CaptureCall, Service } from "../../capture/schema";
import { allowedEntryFor } from "../allowlist";
import { bucketIdOf, quotaKeyOf, type Quota, type QuotaKey } from "../throttle/quotas";
import { TokenBucket } from "../throttle/token-bucket";
import { FaultPlan, type ReplayFaults } from "./faults";
import { operationOfRequest } from "./identify-operation";
import { RecordedLogSearches } from "./log-searches";
import { indexRecordedCalls } from "./recorded-index";
import { requestKey, type WireRequest } from "./request-key";
import { operationSchemaOf, type OperationSchema } from "./schema-values";
import { errorResponse, outputResponse, type WireResponse } from "./wire-response";
import { matchRegionOf, serviceOfRequest, type WireService } from "./wire-services";

/** The error a request gets when the capture has no recorded call for it; round-trip tests look for this name. */
export const notRecordedErrorName = "LogDoctorReplayNotRecorded";

export interface ReplayServerOptions {
  capture: Capture;
  /** Quotas to enforce per account and region, answered like the service does (429 for API Gateway). */
  quotas?: Partial<Record<QuotaKey, Quota>>;
  faults?: ReplayFaults;
}

export interface ReplayStats {
  requests: number;
  /** Requests per `service:Operation`. */
  calls: Record<string, number>;
  /** Throttling answers sent, by quota or injected. */
  throttled: number;
  quotaThrottled: number;
  serverErrors: number;
  accessDenied: number;
  notRecorded: number;
}

export interface ReplayServer {
  url: string;
  stats: ReplayStats;
  stop(): Promise<void>;
}

/**
 * Serves a Capture over the real AWS wire protocols on 127.0.0.1, so unmodified SDK clients pointed at it (an
 * endpoint override) get back exactly what was recorded. Requests are routed by the service and region of
 * their SigV4 credential scope and matched to recorded calls by operation and input, page tokens included.
 */
export async function startReplayServer(options: ReplayServerOptions): Promise<ReplayServer> {
  const index = await indexRecordedCalls(options.capture);
  const logSearches = new RecordedLogSearches(options.capture);
  const faults = new FaultPlan(options.faults);
  const buckets = new Map<string, TokenBucket>();
  const stats: ReplayStats = {
    requests: 0,
    calls: {},
    throttled: 0,
    quotaThrottled: 0,
    serverErrors: 0,
    accessDenied: 0,
    notRecorded: 0,
  };
  let requestCount = 0;

  const answer = (request: WireRequest): WireResponse => {
    const requestId = `00000000-0000-4000-8000-${String(++requestCount).padStart(12, "0")}`;
    const scope = credentialScope(request.headers.authorization);
    const wire = scope && serviceOfRequest(scope.signingName, request.path);
    if (!scope || !wire) {
      return { status: 403, headers: {}, body: JSON.stringify({ message: "unsigned or unknown service" }) };
    }
    const operation = operationOfRequest(wire, request) ?? "Unknown";
    stats.requests += 1;
    stats.calls[`${wire.service}:${operation}`] = (stats.calls[`${wire.service}:${operation}`] ?? 0) + 1;

    if (faults.denies(wire.service, operation)) {
      stats.accessDenied += 1;
      const { code, status } = wire.accessDenied;
      return errorResponse(wire, code, `not authorized to perform ${operation} (injected)`, requestId, status);
    }
    const quota = options.quotas?.[quotaKeyOf(wire.service, operation)];
    if (quota) {
      const id = bucketIdOf(wire.service, operation, scope.region);
      const bucket = buckets.get(id) ?? new TokenBucket(quota.rate, quota.burst);
      buckets.set(id, bucket);
      const waitMs = bucket.take();
      if (waitMs > 0) {
        stats.quotaThrottled += 1;
        return throttle(wire, requestId, { "retry-after": String(Math.max(1, Math.ceil(waitMs / 1000))) });
      }
    }
    const key = requestKey(wire.service, matchRegionOf(wire.service, operation, scope.region), request);
    const fault = faults.next(key);
    if (fault === "throttle") return throttle(wire, requestId);
    if (fault === "server-error") {
      stats.serverErrors += 1;
      return errorResponse(wire, "ServiceUnavailableException", "injected server error", requestId, 503);
    }

    const call =
      index.get(key) ?? (operation === "FilterLogEvents" ? logSearches.answer(scope.region, request.body) : undefined);
    if (!call) {
      stats.notRecorded += 1;
      const message = `the capture has no ${wire.service}:${operation} call in ${scope.region} with this input`;
      return errorResponse(wire, notRecordedErrorName, message, requestId, 400);
    }
    return recordedAnswer(wire, call, requestId);
  };

  const throttle = (wire: WireService, requestId: string, headers: Record<string, string> = {}): WireResponse => {
    stats.throttled += 1;
    return errorResponse(wire, wire.throttle.code, "Rate exceeded", requestId, wire.throttle.status, headers);
  };

  const server = createServer((req, res) => {
    void handle(req, res, answer, faults.latencyMs);
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    stats,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

const operationSchemas = new Map<string, OperationSchema>();

function recordedAnswer(wire: WireService, call: CaptureCall, requestId: string): WireResponse {
  if (call.error) return errorResponse(wire, call.error.name, call.error.message, requestId, call.error.httpStatusCode);
  const key = `${call.service}:${call.operation}`;
  let schema = operationSchemas.get(key);
  if (!schema) {
    schema = operationSchemaOf(allowedEntryFor(call.service as Service, call.operation)!.Command);
    operationSchemas.set(key, schema);
  }
  return outputResponse(wire, schema, call.output, requestId);
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  answer: (request: WireRequest) => WireResponse,
  latencyMs: number,
): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
  const url = new URL(req.url ?? "/", "http://replay");
  const query: Record<string, string[]> = {};
  for (const [key, value] of url.searchParams) (query[key] ??= []).push(value);
  let response: WireResponse;
  try {
    response = answer({
      method: req.method ?? "GET",
      path: url.pathname,
      query,
      headers: req.headers,
      body: Buffer.concat(chunks).toString("utf8"),
    });
  } catch (error) {
    response = { status: 500, headers: {}, body: JSON.stringify({ message: `replay failed: ${String(error)}` }) };
  }
  res.writeHead(response.status, { ...response.headers, "content-length": Buffer.byteLength(response.body) });
  res.end(response.body);
}

/** `Credential=<key>/<date>/<region>/<service>/aws4_request` from a SigV4 Authorization header. */
function credentialScope(authorization: unknown): { region: string; signingName: string } | undefined {
  const match =
    typeof authorization === "string" && authorization.match(/Credential=[^/]+\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/);
  return match ? { region: match[1], signingName: match[2] } : undefined;
}
